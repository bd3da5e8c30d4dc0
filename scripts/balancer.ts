/**
 * The front of `npm start -- --replicas N`: one port, connections handed to the gateway
 * replicas in turn (layer 4, as a cloud load balancer in TCP mode does). A replica that
 * refuses the connection is skipped for the next one; an HTTP keep-alive connection stays
 * with its replica, so `curl` (a new connection each time) alternates between them.
 */
import net from "node:net";

export interface Balancer {
  close(): Promise<void>;
}

export function startBalancer(port: number, host: string, backends: readonly number[], log: (line: string) => void): Promise<Balancer> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    const tryBackend = (attempt: number): void => {
      if (attempt >= backends.length) {
        client.destroy();
        return;
      }
      const target = backends[next++ % backends.length]!;
      const upstream = net.connect(target, "127.0.0.1");
      let connected = false;
      upstream.once("connect", () => {
        connected = true;
        client.pipe(upstream).pipe(client);
        client.on("error", () => upstream.destroy());
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
      upstream.on("error", () => {
        if (connected) client.destroy();
        else tryBackend(attempt + 1);
      });
    };
    tryBackend(0);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      log(`balancer on ${host}:${port} → replicas on ${backends.join(", ")}`);
      resolve({
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
