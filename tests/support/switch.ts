/**
 * A TCP switch in front of a real subgraph, for tests of a hung or unreachable one
 * without stopping the process: "pass" forwards bytes both ways, "hang" accepts
 * connections and never answers (what a SIGSTOPped process looks like to the gateway),
 * and switching back to "pass" lets new connections through again.
 */
import net from "node:net";

export type SwitchMode = "pass" | "hang";

export interface SubgraphSwitch {
  /** The URL to give the gateway instead of the subgraph's. */
  url: string;
  mode: SwitchMode;
  /** Connections accepted so far (each one the gateway opened). */
  connections(): number;
  close(): Promise<void>;
}

export async function subgraphSwitch(targetUrl: string): Promise<SubgraphSwitch> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const state = { mode: "pass" as SwitchMode };
  const server = net.createServer((client) => {
    accepted++;
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    if (state.mode === "hang") return; // read nothing, answer nothing
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    upstream.on("close", () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    get mode() {
      return state.mode;
    },
    set mode(m: SwitchMode) {
      state.mode = m;
      // Kept-alive connections would otherwise carry on (or stay hung) in the old mode.
      for (const s of sockets) s.destroy();
    },
    connections: () => accepted,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
