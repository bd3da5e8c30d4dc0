/**
 * The malicious-query corpus against the real gateway in production mode, over HTTP,
 * in front of the real subgraphs. Every request here must be refused with a clear
 * status and extensions.code, and must not cause a single subgraph request: the test
 * harness counts the HTTP requests each subgraph receives.
 */
import type { Database } from "@atlas/db";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { DEFAULT_LIMITS } from "@atlas/gateway/src/config";
import { getIntrospectionQuery } from "graphql";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";

let db: Database;
let fed: Federation;
let dev: Gateway;
let devUrl: string;

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db, { gateway: { production: true } });
  // The same subgraphs behind a development gateway: what production mode takes away.
  dev = await createGateway({ subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret, production: false });
  devUrl = await dev.listen(0);
});
afterAll(async () => {
  await dev?.stop();
  await fed?.stop();
  await db?.close();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

async function send(url: string, init: RequestInit & { search?: string } = {}): Promise<Answer> {
  const res = await fetch(url + (init.search ?? ""), init);
  const text = await res.text();
  let json: Answer["json"] = null;
  try {
    json = JSON.parse(text) as Answer["json"];
  } catch {
    /* not JSON: the assertions below say so */
  }
  return { status: res.status, headers: res.headers, text, json };
}

const postJson = (body: unknown, url = fed.gatewayUrl): Promise<Answer> =>
  send(url, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

/** Sends, then checks that no subgraph saw a request meanwhile. */
async function refused(request: () => Promise<Answer>): Promise<Answer> {
  const before = fed.subgraphRequests();
  const answer = await request();
  expect(fed.subgraphRequests()).toEqual(before);
  return answer;
}

function expectCode(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.json?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expect(answer.json?.data ?? null).toBeNull();
  // Production answers carry no stack traces and no internal addresses.
  expect(answer.text).not.toMatch(/stacktrace|\bat .+\.(?:js|ts):\d+|127\.0\.0\.1|localhost/);
  expect(answer.headers.get("x-request-id")).toBeTruthy();
}

/** country → leaders → roles → country → … : valid at any depth (depth counts field levels, the leaf included). */
function nested(depth: number): string {
  const fields = ["country", "leaders", "roles"];
  const leaves = ["code", "id", "kind"];
  let open = "";
  let close = "";
  for (let i = 0; i < depth - 1; i++) {
    open += i === 0 ? `country(code: "AZ") { ` : `${fields[i % 3]} { `;
    close += " }";
  }
  const leaf = depth === 1 ? "__typename" : leaves[(depth - 2) % 3];
  return `{ ${open}${leaf}${close} }`;
}

describe("the counters and the limits let real queries through", () => {
  it("a query at the depth limit reaches the subgraphs and answers", async () => {
    const before = fed.totalSubgraphRequests();
    const r = await postJson({ query: nested(DEFAULT_LIMITS.maxDepth) });
    expect(r.status).toBe(200);
    expect(r.json?.errors).toBeUndefined();
    expect(fed.totalSubgraphRequests()).toBeGreaterThan(before);
  });

  it("a GET query with the preflight header answers", async () => {
    const r = await send(fed.gatewayUrl, { search: `?query=${encodeURIComponent('{ country(code: "AZ") { code } }')}`, headers: { "apollo-require-preflight": "true" } });
    expect(r.status).toBe(200);
    expect(r.json?.data).toEqual({ country: { code: "AZ" } });
  });
});

describe("refused before any subgraph is called", () => {
  it("over-deep nesting is QUERY_TOO_DEEP", async () => {
    const r = await refused(() => postJson({ query: nested(DEFAULT_LIMITS.maxDepth + 1) }));
    expectCode(r, 400, "QUERY_TOO_DEEP");
    expect(r.json!.errors![0]!.message).toMatch(/depth limit of 8 exceeded, found 9/);
    // Far deeper: the cost limit fires too; the depth error is among them.
    const deep = await refused(() => postJson({ query: nested(60) }));
    expect(deep.status).toBe(400);
    expect(deep.json!.errors!.map((e) => e.extensions?.code)).toContain("QUERY_TOO_DEEP");
  });

  it("an alias flood is TOO_MANY_ALIASES", async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: country(code: "AZ") { code }`).join(" ");
    expectCode(await refused(() => postJson({ query: `{ ${aliases} }` })), 400, "TOO_MANY_ALIASES");
  });

  it("a token flood is TOO_MANY_TOKENS (parsing stops at the limit)", async () => {
    const r = await refused(() => postJson({ query: `{ country(code: "AZ") { ${"code ".repeat(5000)} } }` }));
    expectCode(r, 400, "TOO_MANY_TOKENS");
    expect(r.json!.errors![0]!.message).toBe("Token limit of 1000 exceeded; parsing stopped.");
  });

  it("a directive flood is TOO_MANY_DIRECTIVES", async () => {
    expectCode(await refused(() => postJson({ query: `{ country(code: "AZ") { ${"code @include(if: true) ".repeat(30)} } }` })), 400, "TOO_MANY_DIRECTIVES");
  });

  it("an expensive query within the depth limit is QUERY_TOO_COSTLY", async () => {
    const query = `{ countries(first: 100) { nodes { code name leaders { name roles { title country { code name } } } agreements { title parties { code agreements { id } } } } } }`;
    const r = await refused(() => postJson({ query }));
    expectCode(r, 400, "QUERY_TOO_COSTLY");
  });

  it("a fragment bomb (each fragment spreads the next twice) is QUERY_TOO_COSTLY", async () => {
    const fragments = Array.from({ length: 25 }, (_, i) => `fragment F${i + 1} on Country { ...F${i} ...F${i} }`).join("\n");
    const query = `{ country(code: "AZ") { ...F25 } }\nfragment F0 on Country { code name }\n${fragments}`;
    expectCode(await refused(() => postJson({ query })), 400, "QUERY_TOO_COSTLY");
  });

  it("circular fragments are GRAPHQL_VALIDATION_FAILED", async () => {
    const query = `{ country(code: "AZ") { ...A } } fragment A on Country { leaders { ...B } } fragment B on Person { roles { country { ...A } } }`;
    const r = await refused(() => postJson({ query }));
    expectCode(r, 400, "GRAPHQL_VALIDATION_FAILED");
    expect(r.json!.errors!.map((e) => e.message).join("\n")).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it("a huge string argument is STRING_TOO_LONG, in the document or in a variable", async () => {
    const huge = "A".repeat(50_000);
    expectCode(await refused(() => postJson({ query: `{ country(code: "${huge}") { code } }` })), 400, "STRING_TOO_LONG");
    expectCode(await refused(() => postJson({ query: `query ($c: ID!) { country(code: $c) { code } }`, variables: { c: huge } })), 400, "STRING_TOO_LONG");
    expectCode(await refused(() => postJson({ query: `query ($s: String) { countries(search: $s) { totalCount } }`, variables: { s: "x".repeat(DEFAULT_LIMITS.maxStringLength + 1) } })), 400, "STRING_TOO_LONG");
  });

  it("a body over the size cap is PAYLOAD_TOO_LARGE", async () => {
    const r = await refused(() => postJson({ query: `{ country(code: "AZ") { code } }`, variables: { pad: "x".repeat(200_000) } }));
    expectCode(r, 413, "PAYLOAD_TOO_LARGE");
  });

  it("a batched array is refused: batching is off", async () => {
    const batch = Array.from({ length: 500 }, () => ({ query: `{ country(code: "AZ") { code } }` }));
    const r = await refused(() => postJson(batch));
    expectCode(r, 400, "BAD_REQUEST");
    expect(r.json!.errors![0]!.message).toMatch(/batching disabled/i);
  });

  it("introspection (__schema) is refused in production", async () => {
    const r = await refused(() => postJson({ query: `{ __schema { types { name fields { name } } } }` }));
    expectCode(r, 400, "GRAPHQL_VALIDATION_FAILED");
    expect(r.json!.errors![0]!.extensions?.validationErrorCode).toBe("INTROSPECTION_DISABLED");
  });

  it("__type probes are refused in production", async () => {
    const r = await refused(() => postJson({ query: `{ __type(name: "Country") { fields { name } } }` }));
    expectCode(r, 400, "GRAPHQL_VALIDATION_FAILED");
    expect(r.json!.errors![0]!.extensions?.validationErrorCode).toBe("INTROSPECTION_DISABLED");
  });

  it("field and enum suggestions are not given in production", async () => {
    for (const query of [`{ countri(code: "AZ") { code } }`, `{ country(code: "AZ") { nam } }`, `{ country(code: "AZ") { name(lang: ARA) } }`]) {
      const r = await refused(() => postJson({ query }));
      expectCode(r, 400, "GRAPHQL_VALIDATION_FAILED");
      expect(r.text).not.toMatch(/Did you mean/);
      // The development gateway does suggest, so the probe above can tell.
      const devAnswer = await postJson({ query }, devUrl);
      expect(devAnswer.text).toMatch(/Did you mean/);
    }
  });

  it("a mutation over GET is refused", async () => {
    const r = await refused(() => send(fed.gatewayUrl, { search: `?query=${encodeURIComponent("mutation { __typename }")}`, headers: { "apollo-require-preflight": "true" } }));
    expectCode(r, 405, "BAD_REQUEST");
    expect(r.headers.get("allow")).toBe("POST");
  });

  it("a GET without a content type or preflight header answers: no ambient credentials to forge (docs/clients.md)", async () => {
    const r = await send(fed.gatewayUrl, { search: `?query=${encodeURIComponent('{ country(code: "AZ") { code } }')}` });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ data: { country: { code: "AZ" } } });
  });

  it("a simple (non-preflighted) POST is refused as possible CSRF", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const r = await refused(() => send(fed.gatewayUrl, { method: "POST", headers: { "content-type": contentType }, body: JSON.stringify({ query: `{ country(code: "AZ") { code } }` }) }));
      expectCode(r, 400, "BAD_REQUEST");
      expect(r.json!.errors![0]!.message).toMatch(/Cross-Site Request Forgery/);
    }
  });

  it("malformed JSON is BAD_REQUEST, without echoing it", async () => {
    const r = await refused(() => postJson(`{"query": "{ country(code: \\"AZ\\") { code } }"`));
    expectCode(r, 400, "BAD_REQUEST");
  });
});

describe("production mode", () => {
  it("serves no GraphiQL page and no GraphiQL assets", async () => {
    const page = await send(fed.gatewayUrl, { headers: { accept: "text/html" } });
    expect(page.text).not.toMatch(/GraphiQL/);
    const asset = await send(fed.gatewayUrl.replace(/\/graphql$/, "/graphiql/graphiql.min.js"));
    expect(asset.status).toBe(404);
  });

  it("the development gateway still allows introspection (the contrast the production tests rely on), GraphiQL's full query included", async () => {
    const r = await postJson({ query: `{ __type(name: "Country") { name } }` }, devUrl);
    expect(r.json?.data).toEqual({ __type: { name: "Country" } });
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const schema = await postJson({ query: full }, devUrl);
    expect(schema.status).toBe(200);
    expect(schema.json?.errors).toBeUndefined();
    expect((schema.json?.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(20);
  });
});
