/**
 * A subgraph call's timeout (data-source.ts, @atlas/runtime call-timeout.ts) against a real HTTP server: it covers the
 * answer's body, and it goes with the call. Before, AbortSignal.timeout's timer outlived every
 * call by the whole SUBGRAPH_TIMEOUT_MS, and with it the async context it was made in (a traced
 * call's spans): thousands of finished calls under load.
 */
import { graphqlServer, scopeOutlivesCall } from "@atlas/runtime/src/__tests__/scope-release";
import { SubgraphDataSource, subgraphAgent } from "../data-source";

/** Answers every POST with JSON; with `stallBody`, sends the headers and half the body, then nothing. */
const subgraph = (stallBody = false) =>
  graphqlServer((res) => {
    const body = JSON.stringify({ data: { ok: true } });
    res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
    if (stallBody) res.write(body.slice(0, 5));
    else res.end(body);
  });

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
    expect(await scopeOutlivesCall(async () => expect(await ask(ds, server.url)).toEqual({ data: { ok: true } }))).toBe(false);
  } finally {
    await server.close();
  }
});
