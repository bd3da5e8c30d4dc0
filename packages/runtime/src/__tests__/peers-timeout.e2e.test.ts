/**
 * A write's call to a peer subgraph (peers.ts) against a real HTTP server: a peer that never
 * answers fails the call at its timeout with SUBGRAPH_UNAVAILABLE, and a peer that answers leaves
 * no timer behind holding the request's scope (call-timeout.ts).
 */
import { Peers } from "../peers";
import { graphqlServer, scopeOutlivesCall } from "./scope-release";

/** A peer that answers (closing the connection: no kept-alive socket holds a scope), or never does. */
const peer = (answer: boolean) =>
  graphqlServer((res) => {
    if (answer) res.writeHead(200, { "content-type": "application/json", connection: "close" }).end('{"data":{"ok":true}}');
  });

it("fails a call to a peer that never answers at its timeout, as SUBGRAPH_UNAVAILABLE", async () => {
  const server = await peer(false);
  try {
    const peers = new Peers({ urls: { sources: server.url }, timeoutMs: 300 });
    const started = Date.now();
    await expect(peers.request("sources", "{ ok }", {})).rejects.toMatchObject({
      message: expect.stringContaining("it did not answer in time"),
      extensions: { code: "SUBGRAPH_UNAVAILABLE" },
    });
    expect(Date.now() - started).toBeLessThan(5000);
  } finally {
    await server.close();
  }
});

it("lets go of the request's scope once the peer has answered", async () => {
  const server = await peer(true);
  try {
    const peers = new Peers({ urls: { sources: server.url }, timeoutMs: 60_000 });
    expect(await scopeOutlivesCall(async () => expect(await peers.request("sources", "{ ok }", {})).toEqual({ ok: true }))).toBe(false);
  } finally {
    await server.close();
  }
});
