/**
 * A subgraph call's timeout (data-source.ts callTimers) against a real HTTP server: it covers the
 * answer's body, and it goes with the call. Before, AbortSignal.timeout's timer outlived every
 * call by the whole SUBGRAPH_TIMEOUT_MS, and with it the async context it was made in (a traced
 * call's spans): thousands of finished calls under load.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { enterScope } from "@atlas/db/src/scope";
import { SubgraphDataSource, subgraphAgent } from "../data-source";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Answers every POST with JSON; with `stallBody`, sends the headers and half the body, then nothing. */
async function subgraph(stallBody = false): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const body = JSON.stringify({ data: { ok: true } });
      res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
      if (stallBody) res.write(body.slice(0, 5));
      else res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const agent = subgraphAgent({ maxSocketsPerSubgraph: 4, maxTimeoutMs: 30_000 });
const oneSocket = subgraphAgent({ maxSocketsPerSubgraph: 1, maxTimeoutMs: 30_000 });
afterAll(() => Promise.all([agent.close(), oneSocket.close()]));

/** One call the way @apollo/gateway's sendRequest makes it: the fetcher, then parseBody. */
async function ask(ds: SubgraphDataSource, url: string): Promise<unknown> {
  const res = await ds.fetcher(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ ok }"}' });
  return ds.parseBody(res);
}

it("fails a call whose subgraph sends its headers and then stalls the body, at the call's timeout", async () => {
  const server = await subgraph(true);
  try {
    const ds = new SubgraphDataSource("people", server.url, { timeoutMs: 300, dispatcher: agent });
    const started = Date.now();
    await expect(ask(ds, server.url)).rejects.toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(5000);
  } finally {
    await server.close();
  }
});

it("lets go of a finished call's async context: nothing the request scope holds outlives the call", async () => {
  const server = await subgraph();
  try {
    // A timeout far longer than the test: a timer left to run out would hold the scope to the end.
    // One connection, opened outside any scope: a socket keeps the async context it was opened in.
    const ds = new SubgraphDataSource("people", server.url, { timeoutMs: 60_000, dispatcher: oneSocket });
    expect(await ask(ds, server.url)).toEqual({ data: { ok: true } });
    const held = await enterScope({ requestId: "r-1" }, async () => {
      const marker = { span: "what a traced call's context holds" };
      const ref = new WeakRef(marker);
      await enterScope({ requestId: "r-1", otel: marker }, async () => expect(await ask(ds, server.url)).toEqual({ data: { ok: true } }));
      return ref;
    });
    // One collection, before any finalizer has run: the old timer was let go only by the finalizer
    // of its signal (or when it fired), so with it the context was still held here.
    await new Promise((resolve) => setTimeout(resolve, 20));
    gc();
    expect(held.deref()).toBeUndefined();
  } finally {
    await server.close();
  }
});
