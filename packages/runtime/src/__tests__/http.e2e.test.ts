/**
 * hardenHttpServer (http.ts) on a real server and client: an idle kept-alive connection
 * outlives Node's default 5 s, and the server says how long it keeps one, so a client (the
 * gateway's pool, a load balancer) lets go first instead of writing to a socket being closed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { hardenHttpServer, KEEP_ALIVE_TIMEOUT_MS } from "../http";

jest.setTimeout(30_000);

it("keeps an idle connection past Node's default 5 s and advertises Keep-Alive: timeout=65", async () => {
  const server = hardenHttpServer(http.createServer((_req, res) => res.end("ok")));
  let connections = 0;
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (): Promise<{ status: number; keepAlive: string }> =>
    new Promise((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      http
        .get({ host: "127.0.0.1", port, path: "/", agent }, (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, keepAlive: String(res.headers["keep-alive"]) }));
        })
        .on("error", reject);
    });
  try {
    expect(KEEP_ALIVE_TIMEOUT_MS).toBe(65_000);
    expect(await get()).toEqual({ status: 200, keepAlive: "timeout=65" });
    await new Promise((r) => setTimeout(r, 6_000)); // past Node's default keepAliveTimeout (5 s)
    expect(await get()).toEqual({ status: 200, keepAlive: "timeout=65" });
    expect(connections).toBe(1);
  } finally {
    agent.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
