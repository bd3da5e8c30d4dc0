/**
 * The gateway's subgraph transport (data-source.ts) against a real TCP server that resets
 * connections the way a subgraph closing a kept-alive socket does: a query whose connection
 * is reset before any answer is sent once more and answered; a mutation is not sent again;
 * one retry at most; each retry is counted in atlas_gateway_subgraph_retries_total.
 */
import net from "node:net";
import { SubgraphDataSource, subgraphAgent } from "../data-source";
import { gatewayMetrics } from "../metrics";

/** An HTTP/1.1 GraphQL endpoint that resets the first `resets` connections on their first bytes. */
async function resettingServer(resets: number): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let accepted = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    const n = ++accepted;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let seen = "";
    socket.on("data", (chunk: Buffer) => {
      if (n <= resets) {
        socket.resetAndDestroy(); // RST: what a client sees when the server closed a socket it had just written to
        return;
      }
      seen += chunk.toString("latin1");
      const head = seen.indexOf("\r\n\r\n");
      const length = Number(/content-length: *(\d+)/i.exec(seen)?.[1] ?? NaN);
      if (head < 0 || seen.length < head + 4 + length) return;
      seen = "";
      const body = JSON.stringify({ data: { ok: true } });
      socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nkeep-alive: timeout=65\r\n\r\n${body}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    connections: () => accepted,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const agent = subgraphAgent({ maxSocketsPerSubgraph: 4, maxTimeoutMs: 5000 });
afterAll(() => agent.close());

function source(url: string): { ds: SubgraphDataSource; retries: () => Promise<number> } {
  const metrics = gatewayMetrics();
  const ds = metrics.instrument(new SubgraphDataSource("people", url, { timeoutMs: 5000, dispatcher: agent }));
  const retries = async (): Promise<number> => {
    const metric = await metrics.registry.getSingleMetric("atlas_gateway_subgraph_retries_total")!.get();
    return metric.values.find((v) => v.labels.subgraph === "people")?.value ?? NaN;
  };
  return { ds, retries };
}

const call = (ds: SubgraphDataSource, url: string, query: string): ReturnType<SubgraphDataSource["fetcher"]> =>
  ds.fetcher(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });

/** Runs `fn` against a server that resets its first `resets` connections, then closes it. */
async function withResettingServer(resets: number, fn: (server: { url: string; connections: () => number }) => Promise<void>): Promise<void> {
  const server = await resettingServer(resets);
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

it("sends a query again, once, when its connection is reset before any answer, and counts it", () =>
  withResettingServer(1, async (server) => {
    const { ds, retries } = source(server.url);
    expect(await retries()).toBe(0);
    const res = await call(ds, server.url, "query People__people__0 { ok }");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { ok: true } });
    expect(server.connections()).toBe(2);
    expect(await retries()).toBe(1);
  }));

it("gives up after one retry: a subgraph that keeps resetting fails the call", () =>
  withResettingServer(5, async (server) => {
    const { ds, retries } = source(server.url);
    await expect(call(ds, server.url, "{ ok }")).rejects.toThrow();
    expect(server.connections()).toBe(2);
    expect(await retries()).toBe(1);
  }));

it("never sends a mutation again: the subgraph may have applied it", () =>
  withResettingServer(1, async (server) => {
    const { ds, retries } = source(server.url);
    await expect(call(ds, server.url, "mutation Record__people__0 { ok }")).rejects.toThrow();
    expect(server.connections()).toBe(1);
    expect(await retries()).toBe(0);
  }));
