/**
 * The subgraph data source speaks for the caller: it signs the authenticated caller
 * into x-atlas-caller and never passes on one it did not sign.
 */
import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { CALLER_HEADER, signCaller, verifyCaller, type Caller } from "@atlas/runtime";
import { Agent } from "undici";
import { SubgraphDataSource, type GatewayContext } from "../data-source";

const SECRET = "a-subgraph-secret-for-this-test";
const curator: Caller = { id: "key:abcdefghijkl", name: "Leila", role: "curator" };
const forged = signCaller({ id: "key:mallory00000", name: "Mallory", role: "admin" }, "a-secret-mallory-guessed-wrong");

let agent: Agent;
beforeAll(() => {
  agent = new Agent();
});
afterAll(async () => {
  await agent.close();
});

/** The headers willSendRequest leaves on a request that arrived carrying `incoming`. */
function send(secret: string | undefined, context: GatewayContext, incoming: Record<string, string>): Headers {
  const source = new SubgraphDataSource("countries", "http://127.0.0.1:9/graphql", { timeoutMs: 1000, dispatcher: agent, secret });
  const headers = new Headers(incoming);
  const options = {
    kind: "incoming operation",
    request: { query: "{ __typename }", http: { method: "POST", url: "http://127.0.0.1:9/graphql", headers } },
    context,
    incomingRequestContext: {},
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
  source.willSendRequest(options);
  return headers;
}

describe("SubgraphDataSource and x-atlas-caller", () => {
  it("signs the authenticated caller with the subgraph secret, replacing a forged header", () => {
    const headers = send(SECRET, { requestId: "r1", caller: curator }, { [CALLER_HEADER]: forged });
    const sent = headers.get(CALLER_HEADER);
    expect(sent).not.toBe(forged);
    expect(verifyCaller(sent ?? undefined, SECRET)).toEqual(curator);
    expect(headers.get("x-subgraph-secret")).toBe(SECRET);
    expect(headers.get("x-request-id")).toBe("r1");
  });

  it("drops a forged header when the request is anonymous", () => {
    const headers = send(SECRET, { requestId: "r2" }, { [CALLER_HEADER]: forged, "X-Atlas-Caller": forged });
    expect(headers.has(CALLER_HEADER)).toBe(false);
  });

  it("sends no caller without a secret (nobody could verify it)", () => {
    const headers = send(undefined, { caller: curator }, { [CALLER_HEADER]: forged });
    expect(headers.has(CALLER_HEADER)).toBe(false);
  });
});
