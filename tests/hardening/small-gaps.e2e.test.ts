/**
 * Issue 11, "small gaps to close": client mistakes that answered HTTP 500, suggestions
 * that leaked through variable errors, LIKE wildcards and unstorable characters in
 * search arguments, declared oversize bodies read before the 413, and the web app's
 * source maps. Everything goes through the real gateway in production mode over HTTP,
 * in front of the real subgraphs; a development gateway on the same subgraphs shows the
 * contrast where production mode takes something away.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { MAX_ECHOED_NAME } from "@atlas/gateway/src/limits";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { foldForSearch } from "@atlas/runtime";
import { freshDatabase, seededDb, type TestDatabase } from "../support/db";
import { startFederation, type Federation } from "../support/federation";

// The web app's build, as the explorer router serves it (EXPLORER_DIR): a bundle and its source map.
const webDir = mkdtempSync(join(tmpdir(), "atlas-web-"));
mkdirSync(join(webDir, "assets"));
writeFileSync(join(webDir, "index.html"), "<!doctype html><title>atlas</title><script type=module src=/assets/app-x1.js></script>");
writeFileSync(join(webDir, "assets", "app-x1.js"), "console.log(1);\n//# sourceMappingURL=app-x1.js.map\n");
writeFileSync(join(webDir, "assets", "app-x1.js.map"), JSON.stringify({ version: 3, sources: ["../src/secret-notes.tsx"], sourcesContent: ["// internal"], mappings: "" }));

let db: Database;
let fed: Federation;
let dev: Gateway;
let devUrl: string;
const savedExplorerDir = process.env.EXPLORER_DIR;

beforeAll(async () => {
  process.env.EXPLORER_DIR = webDir;
  db = seededDb();
  fed = await startFederation(db, { gateway: { production: true } });
  dev = await createGateway({ subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret, production: false });
  devUrl = await dev.listen(0);
});
afterAll(async () => {
  await dev?.stop();
  await fed?.stop();
  await db?.close();
  if (savedExplorerDir === undefined) delete process.env.EXPLORER_DIR;
  else process.env.EXPLORER_DIR = savedExplorerDir;
  rmSync(webDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] } | null;
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: Answer["json"] = null;
  try {
    json = JSON.parse(text) as Answer["json"];
  } catch {
    /* not JSON: the assertions say so */
  }
  return { status: res.status, headers: res.headers, text, json };
}

const postJson = (body: unknown, url = fed.gatewayUrl, headers: Record<string, string> = {}): Promise<Answer> =>
  send(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

/** Sends, then checks that no subgraph saw a request meanwhile. */
async function refused(request: () => Promise<Answer>, federation = fed): Promise<Answer> {
  const before = federation.subgraphRequests();
  const answer = await request();
  expect(federation.subgraphRequests()).toEqual(before);
  return answer;
}

function expectCode(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.json?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expect(answer.json?.data ?? null).toBeNull();
  expect(answer.text).not.toMatch(/stacktrace|\bat .+\.(?:js|ts):\d+|127\.0\.0\.1|localhost/);
}

const TWO_OPERATIONS = `query A { country(code: "AZ") { code } } query B { country(code: "RU") { code } }`;

describe("choosing the operation: client mistakes are 400, not 500", () => {
  it("the control: a named operation of a two-operation document answers", async () => {
    const r = await postJson({ query: TWO_OPERATIONS, operationName: "B" });
    expect(r.status).toBe(200);
    expect(r.json?.data).toEqual({ country: { code: "RU" } });
  });

  it("several operations and no operationName is OPERATION_NAME_REQUIRED", async () => {
    const r = await refused(() => postJson({ query: TWO_OPERATIONS }));
    expectCode(r, 400, "OPERATION_NAME_REQUIRED");
    expect(r.json!.errors![0]!.message).toMatch(/operationName/);
    expectCode(await refused(() => postJson({ query: TWO_OPERATIONS, operationName: null })), 400, "OPERATION_NAME_REQUIRED");
  });

  it("an operationName the document does not define is OPERATION_NOT_FOUND, in a one- or two-operation document", async () => {
    const r = await refused(() => postJson({ query: TWO_OPERATIONS, operationName: "C" }));
    expectCode(r, 400, "OPERATION_NOT_FOUND");
    expect(r.json!.errors![0]!.message).toBe('Unknown operation named "C".');
    expectCode(await refused(() => postJson({ query: `query A { country(code: "AZ") { code } }`, operationName: "B" })), 400, "OPERATION_NOT_FOUND");
    expectCode(await refused(() => postJson({ query: `{ country(code: "AZ") { code } }`, operationName: "" })), 400, "OPERATION_NOT_FOUND");
  });

  it("a 90 KB operation name is not echoed back: the message repeats its first characters and its length", async () => {
    const name = "X".repeat(90_000);
    const r = await refused(() => postJson({ query: `query A { country(code: "AZ") { code } }`, operationName: name }));
    expectCode(r, 400, "OPERATION_NOT_FOUND");
    const message = r.json!.errors![0]!.message;
    expect(message).toBe(`Unknown operation named "${"X".repeat(MAX_ECHOED_NAME)}"… (90000 characters).`);
    expect(r.text.length).toBeLessThan(500);
  });

  it("a subscription (the atlas has none) is GRAPHQL_VALIDATION_FAILED; so is a mutation field that does not exist", async () => {
    for (const query of [`subscription { countryChanged { code } }`, `subscription { __typename }`, `subscription S { __typename }`]) {
      const r = await refused(() => postJson({ query }));
      expectCode(r, 400, "GRAPHQL_VALIDATION_FAILED");
      expect(r.json!.errors![0]!.message).toMatch(/no subscription operations/);
    }
    expectCode(await refused(() => postJson({ query: `mutation { nope }` })), 400, "GRAPHQL_VALIDATION_FAILED");
  });
});

describe("no suggestions in production, variable errors included", () => {
  const probes: [string, Record<string, unknown>][] = [
    // An enum value in a variable: graphql-js coerces it at execution and suggests "AR".
    [`query ($l: Lang) { country(code: "AZ") { name(lang: $l) } }`, { l: "ARA" }],
    // A misspelt field of an input object in a variable: it suggests "title".
    [`mutation ($i: AgreementInput!) { createAgreement(input: $i, idempotencyKey: "k") { id } }`, { i: { kind: "TRADE", titel: "x", status: "IN_FORCE", parties: ["AZ"] } }],
  ];

  it.each(probes)("%s: 400 BAD_USER_INPUT without \"Did you mean\" (the development gateway suggests)", async (query, variables) => {
    const r = await refused(() => postJson({ query, variables }));
    expectCode(r, 400, "BAD_USER_INPUT");
    expect(r.text).not.toMatch(/Did you mean/);
    expect(r.json!.errors![0]!.message).toMatch(/^Variable "\$[a-z]+" got invalid value/);
    const devAnswer = await postJson({ query, variables }, devUrl);
    expect(devAnswer.text).toMatch(/Did you mean/);
  });

  it("nor in validation errors, whichever kind (field, argument, enum literal)", async () => {
    for (const query of [`{ countrie(code: "AZ") { code } }`, `{ country(cod: "AZ") { code } }`, `{ country(code: "AZ") { name(lang: ENN) } }`]) {
      const r = await refused(() => postJson({ query }));
      expectCode(r, 400, "GRAPHQL_VALIDATION_FAILED");
      expect(r.text).not.toMatch(/Did you mean/);
    }
  });
});

type Total = Record<string, { totalCount: number }>;
const SEARCHES = [
  ["countries", "search"],
  ["people", "search"],
  ["corridors", "search"],
  ["indicators", "metric"],
] as const;

describe("search and filter arguments on the shared corpus", () => {
  const total = async (field: string, argument: string, value: unknown): Promise<Answer> =>
    postJson({ query: `query ($v: String) { ${field}(${argument}: $v) { totalCount } }`, variables: { v: value } });

  it.each(SEARCHES.filter(([f]) => f !== "indicators"))("%s: %% and _ are literal, not wildcards (the corpus has no name holding one)", async (field, argument) => {
    const all = await total(field, argument, null);
    expect((all.json!.data as Total)[field]!.totalCount).toBeGreaterThan(10);
    for (const value of ["%", "_", "a%", "%a", "a_", "_a", "%%", "\\", "!", "!%"]) {
      const r = await total(field, argument, value);
      expect({ value, status: r.status, errors: r.json?.errors, total: (r.json?.data as Total | undefined)?.[field]?.totalCount }).toEqual({ value, status: 200, errors: undefined, total: 0 });
    }
  });

  it.each(SEARCHES)("%s(%s:) refuses a NUL character and a lone surrogate: at the gateway (400, no subgraph called), and in the subgraph naming the argument", async (field, argument) => {
    for (const [value, reason] of [
      ["a\u0000zzz", /NUL character/],
      ["\u0000", /NUL character/],
      ["\ud800", /lone UTF-16 surrogate/],
      ["abc\udc00", /lone UTF-16 surrogate/],
    ] as const) {
      const r = await refused(() => total(field, argument, value));
      expectCode(r, 400, "BAD_USER_INPUT");
      expect(r.json!.errors![0]!.message).toMatch(/\$\.v contains/);
      expect(r.json!.errors![0]!.message).toMatch(reason);
      // The subgraph's own check, for anything that reaches it without the gateway's.
      const direct = await fed.querySubgraph(field === "people" ? "people" : field, `query ($v: String) { ${field}(${argument}: $v) { totalCount } }`, { v: value });
      const e = direct.errors?.[0];
      expect({ code: e?.extensions?.code, argumentName: e?.extensions?.argumentName, path: e?.path }).toEqual({ code: "BAD_USER_INPUT", argumentName: argument, path: [field] });
      expect(e!.message).toContain(`"${argument}"`);
      expect(e!.message).toMatch(reason);
      expect(direct.data ?? null).toBeNull();
    }
  });

  it("well-formed text still searches: a surrogate pair, Arabic spelling variants, a plain word", async () => {
    const r = await postJson({
      query: `query ($e: String, $a: String, $w: String) { emoji: countries(search: $e) { totalCount } arabic: countries(search: $a) { totalCount } word: countries(search: $w) { nodes { code } } }`,
      variables: { e: "\ud83c\udde6", a: "أذربيجان", w: "azerb" },
    });
    expect(r.json?.errors).toBeUndefined();
    const data = r.json!.data as { emoji: { totalCount: number }; arabic: { totalCount: number }; word: { nodes: { code: string }[] } };
    expect(data.emoji.totalCount).toBe(0);
    expect(data.arabic.totalCount).toBeGreaterThan(0);
    expect(data.word.nodes.map((n) => n.code)).toEqual(["AZ"]);
  });
});

/** A raw HTTP/1.1 request: headers declaring `declared` bytes, then `sent` of them; resolves with what came back, and when. */
function declareBody(url: string, declared: number, sent: string, headers: Record<string, string> = {}): Promise<{ head: string; body: string; ms: number; closed: boolean }> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(Number(port), hostname);
    let raw = "";
    let settled = false;
    const finish = (closed: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const split = raw.indexOf("\r\n\r\n");
      resolve({ head: split < 0 ? raw : raw.slice(0, split), body: split < 0 ? "" : raw.slice(split + 4), ms: Date.now() - started, closed });
      socket.destroy();
    };
    // Generous: before the fix the answer came only when the 30 s request timeout struck.
    const timer = setTimeout(() => finish(false), 5000);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      raw += chunk;
      // A kept-alive connection: done once the declared response body is in. One the server
      // said it closes: done when it does (the 5 s timer says when it did not).
      const split = raw.indexOf("\r\n\r\n");
      const head = raw.slice(0, split);
      const length = /\r\ncontent-length: (\d+)/i.exec(head);
      const complete = split >= 0 && length && Buffer.byteLength(raw.slice(split + 4)) >= Number(length[1]);
      if (complete && !/\r\nconnection: close/i.test(head)) finish(false);
    });
    socket.on("end", () => finish(true));
    socket.on("close", () => finish(true));
    socket.on("error", (e) => (raw ? finish(true) : reject(e)));
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
    socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n${extra}\r\n${sent}`);
  });
}

describe("strings no store keeps faithfully never reach a subgraph", () => {
  it("a NUL or a lone surrogate in any variable or literal, mutation or query, is 400 BAD_USER_INPUT at the gateway", async () => {
    for (const body of [
      { query: `mutation ($r: String!) { retractIndicator(id: "az-ru-trade-turnover-2023", version: 1, reason: $r) { id } }`, variables: { r: "r\u0000x" } },
      { query: `query ($id: ID!) { indicator(id: $id) { id } }`, variables: { id: "\ud800" } },
      { query: `query ($id: ID!) { indicator(id: $id) { id } }`, variables: { id: "ok", extra: { list: ["fine", "bad\u0000"] } } },
      { query: `{ indicator(id: "\\u0000") { id } }` },
    ]) {
      const r = await refused(() => postJson(body));
      expectCode(r, 400, "BAD_USER_INPUT");
      expect(r.json!.errors![0]!.message).toMatch(/NUL character|lone UTF-16 surrogate/);
    }
  });
});

describe("a declared Content-Length over the limit is refused at once", () => {
  it("anonymous, declaring 10 MB and sending 20 bytes: 413 PAYLOAD_TOO_LARGE at once, the connection closed, no subgraph called", async () => {
    const before = fed.subgraphRequests();
    const r = await declareBody(fed.gatewayUrl, 10_000_000, `{"query":"{ countri`);
    expect(r.head).toMatch(/^HTTP\/1\.1 413 /);
    expect(r.head).toMatch(/\r\nconnection: close/i);
    expect(JSON.parse(r.body)).toEqual({ errors: [{ message: `Request body too large: 10000000 bytes declared, the limit is ${100 * 1024}`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    expect(r.closed).toBe(true);
    expect(r.ms).toBeLessThan(2000);
    expect(fed.subgraphRequests()).toEqual(before);
  });

  it("one byte over the limit is refused at once; a body of exactly the limit is read (this one is malformed JSON: 400)", async () => {
    const over = await declareBody(fed.gatewayUrl, 100 * 1024 + 1, "{");
    expect(over.head).toMatch(/^HTTP\/1\.1 413 /);
    const start = `{"query":"{ country(code: \\"AZ\\") { code } }","pad":"`;
    const body = start + "x".repeat(100 * 1024 - start.length); // unterminated
    const at = await declareBody(fed.gatewayUrl, body.length, body);
    expect(at.head).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(at.body).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("a body over the limit actually sent (200 KB, 3 MB) is still 413 PAYLOAD_TOO_LARGE", async () => {
    for (const size of [200_000, 3_000_000]) {
      const r = await refused(() => postJson({ query: `{ country(code: "AZ") { code } }`, variables: { pad: "x".repeat(size) } }));
      expectCode(r, 413, "PAYLOAD_TOO_LARGE");
    }
  });
});

describe("source maps of the web app", () => {
  const origin = (url: string): string => url.replace(/\/graphql$/, "");

  it("production serves the bundle but not its source map (404), however the name is written", async () => {
    const bundle = await send(`${origin(fed.gatewayUrl)}/assets/app-x1.js`);
    expect(bundle.status).toBe(200);
    for (const path of ["/assets/app-x1.js.map", "/assets/app-x1.js%2emap", "/assets/app-x1.js%2Emap", "/assets/APP-X1.JS.MAP", "/assets/app-x1.js.map?x=1"]) {
      const r = await send(`${origin(fed.gatewayUrl)}${path}`);
      expect({ path, status: r.status, code: r.json?.errors?.[0]?.extensions?.code }).toEqual({ path, status: 404, code: "NOT_FOUND" });
      expect(r.text).not.toMatch(/secret-notes|sourcesContent/);
    }
    const head = await fetch(`${origin(fed.gatewayUrl)}/assets/app-x1.js.map`, { method: "HEAD" });
    expect(head.status).toBe(404);
  });

  it("the development gateway serves it (the contrast)", async () => {
    const r = await send(`${origin(devUrl)}/assets/app-x1.js.map`);
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/secret-notes/);
  });
});

describe("on a store of our own: literal matches, and the curator's body limit", () => {
  let store: TestDatabase;
  let own: Database;
  let ownFed: Federation;
  let curatorKey = "";

  beforeAll(async () => {
    store = await freshDatabase("gaps");
    own = createDb(store.url);
    const names: Record<string, string[]> = {
      XA: ["100% Island", "Fifty Percent"],
      XB: ["Under_score Land"],
      XC: ["Underxscore Land"],
      XD: ["Back\\slash Land", "Bang! Land"],
      XE: ["Second_Under"],
    };
    for (const [code, list] of Object.entries(names)) {
      await own.prisma.country.create({ data: { code, iso3: `${code}X`, nameEn: list[0]!, nameAr: list[0]!, names: { create: list.map((name) => ({ name, folded: foldForSearch(name) })) } } });
    }
    await own.prisma.person.create({ data: { id: "p-under", nameEn: "Al_Person", nameAr: "Al_Person", names: { create: [{ name: "Al_Person", folded: foldForSearch("Al_Person") }] } } });
    await own.prisma.person.create({ data: { id: "p-plain", nameEn: "Alx Person", nameAr: "Alx Person", names: { create: [{ name: "Alx Person", folded: foldForSearch("Alx Person") }] } } });
    await own.prisma.corridor.create({ data: { id: "c-pct", kind: "TRANSPORT", nameEn: "Route 50%", status: "ACTIVE", names: { create: [{ name: "Route 50%", folded: foldForSearch("Route 50%") }] } } });
    await own.prisma.corridor.create({ data: { id: "c-plain", kind: "TRANSPORT", nameEn: "Route 500", status: "ACTIVE", names: { create: [{ name: "Route 500", folded: foldForSearch("Route 500") }] } } });
    curatorKey = (await new ApiKeys(own).createKey({ name: "gaps test curator", role: "curator", createdBy: "test" })).key;
    ownFed = await startFederation(own, { gateway: { production: true, db: own } });
  }, 120_000);
  afterAll(async () => {
    await ownFed?.stop();
    await own?.close();
    await store?.drop();
  });

  const ids = async (field: string, search: string): Promise<string[]> => {
    const key = field === "countries" ? "code" : "id";
    const r = await postJson({ query: `query ($s: String) { ${field}(search: $s) { totalCount nodes { ${key} } } }`, variables: { s: search } }, ownFed.gatewayUrl);
    expect(r.json?.errors).toBeUndefined();
    const conn = (r.json!.data as Record<string, { totalCount: number; nodes: Record<string, string>[] }>)[field]!;
    expect(conn.totalCount).toBe(conn.nodes.length);
    return conn.nodes.map((n) => n[key]!);
  };

  it.each([
    ["countries", "%", ["XA"]],
    ["countries", "0% i", ["XA"]],
    ["countries", "r_s", ["XB"]], // as a wildcard, _ also matched "underxscore"
    ["countries", "_", ["XB", "XE"]],
    ["countries", "under", ["XB", "XC", "XE"]], // no metacharacter: Prisma's contains, as before
    ["countries", "k\\s", ["XD"]],
    ["countries", "\\", ["XD"]],
    ["countries", "g!", ["XD"]], // the escape character itself is literal too
    ["countries", "UNDER_SCORE", ["XB"]], // folded: case does not matter
    ["people", "al_", ["p-under"]], // as a wildcard, also "alx person"
    ["people", "al", ["p-plain", "p-under"]],
    ["corridors", "50%", ["c-pct"]], // as a wildcard, also "route 500"
    ["corridors", "%", ["c-pct"]],
    ["corridors", "route 50", ["c-pct", "c-plain"]],
  ])("%s(search: %j) matches literally: %j", async (field, search, expected) => {
    expect(await ids(field, search)).toEqual(expected);
  });

  it("pages through a literal match with a stable total", async () => {
    type Page = { countries: { totalCount: number; nodes: { code: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const query = `query ($a: String) { countries(search: "_", first: 1, after: $a) { totalCount nodes { code } pageInfo { endCursor hasNextPage } } }`;
    const first = (await postJson({ query }, ownFed.gatewayUrl)).json!.data as Page;
    expect(first.countries).toMatchObject({ totalCount: 2, nodes: [{ code: "XB" }], pageInfo: { hasNextPage: true } });
    const second = (await postJson({ query, variables: { a: first.countries.pageInfo.endCursor } }, ownFed.gatewayUrl)).json!.data as Page;
    expect(second.countries).toMatchObject({ totalCount: 2, nodes: [{ code: "XE" }], pageInfo: { hasNextPage: false } });
  });

  it("a curator's limit applies to a curator: 500 KB declared is read (refused later for its string), 3 MB declared is refused at once", async () => {
    const auth = { authorization: `Bearer ${curatorKey}` };
    const big = JSON.stringify({ query: `query ($p: String) { countries(search: $p) { totalCount } }`, variables: { p: "x".repeat(500_000) } });
    const asCurator = await declareBody(ownFed.gatewayUrl, Buffer.byteLength(big), big, auth);
    expect(asCurator.head).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(asCurator.body).errors[0].extensions.code).toBe("STRING_TOO_LONG");
    const anonymous = await declareBody(ownFed.gatewayUrl, Buffer.byteLength(big), big);
    expect(anonymous.head).toMatch(/^HTTP\/1\.1 413 /);
    const huge = await declareBody(ownFed.gatewayUrl, 3 * 1024 * 1024, "{", auth);
    expect(huge.head).toMatch(/^HTTP\/1\.1 413 /);
    expect(JSON.parse(huge.body).errors[0].message).toBe(`Request body too large: ${3 * 1024 * 1024} bytes declared, the limit is ${2 * 1024 * 1024}`);
    expect(huge.ms).toBeLessThan(2000);
  });
});
