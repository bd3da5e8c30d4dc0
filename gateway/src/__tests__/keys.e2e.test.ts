/**
 * API keys end to end, on a fresh migrated store of the suite's kind (SQLite, or
 * PostgreSQL in CI's second pass): the key store, the gateway over real HTTP (anonymous,
 * bad keys, REQUIRE_API_KEY, what reaches a subgraph), and the `npm run keys` CLI.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { createDb, type Database } from "@atlas/db";
import { CALLER_HEADER, signCaller, verifyCaller } from "@atlas/runtime";
import { freshDatabase, seededDb, type TestDatabase } from "../../../tests/support/db";
import { startFederation, type Federation } from "../../../tests/support/federation";
import { ApiKeys } from "../keys";
import { createGateway, type Gateway } from "../server";

const root = join(__dirname, "../../..");
const KEY = /atlas_([a-z2-7]{12})_([A-Za-z0-9_-]{43})/;
const sha256hex = (s: string): string => createHash("sha256").update(s).digest("hex");

let store: TestDatabase;
let keysDb: Database;
let keys: ApiKeys;

beforeAll(async () => {
  store = await freshDatabase("keys");
  keysDb = createDb(store.url);
  keys = new ApiKeys(keysDb);
});
afterAll(async () => {
  await keysDb?.close();
  await store?.drop();
});

describe("the key store", () => {
  it("creates a key of the form atlas_<id>_<secret> with 256 bits of secret, and stores only its hash", async () => {
    const { key, info } = await keys.createKey({ name: "Leila", role: "curator", createdBy: "test" });
    const [, id, secret] = KEY.exec(key)!;
    expect(key).toBe(`atlas_${id}_${secret}`);
    expect(Buffer.from(secret!, "base64url")).toHaveLength(32);
    expect(info).toMatchObject({ id, name: "Leila", role: "curator", createdBy: "test", revokedAt: null, revokedBy: null });
    expect(info.createdAt).toBeInstanceOf(Date);
    expect(info).not.toHaveProperty("secretHash");

    const row = await keysDb.prisma.apiKey.findUniqueOrThrow({ where: { id: id! } });
    expect(row.secretHash).toBe(sha256hex(secret!));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(key);

    const other = await keys.createKey({ name: "Leila", role: "curator", createdBy: "test" });
    expect(other.info.id).not.toBe(id);
    expect(KEY.exec(other.key)![2]).not.toBe(secret);
  });

  it("refuses a key without a name or with an unknown role", async () => {
    await expect(keys.createKey({ name: "  ", role: "reader", createdBy: "test" })).rejects.toThrow(/needs a name/);
    await expect(keys.createKey({ name: "x", role: "root" as never, createdBy: "test" })).rejects.toThrow(/unknown role/);
  });

  it("lists keys without secrets or hashes, revokes without deleting, keeps the first revocation", async () => {
    const { key, info } = await keys.createKey({ name: "listed", role: "reader", createdBy: "test" });
    const secret = KEY.exec(key)![2]!;
    const listed = (await keys.listKeys()).find((k) => k.id === info.id);
    expect(listed).toEqual(info);
    const all = JSON.stringify(await keys.listKeys());
    expect(all).not.toContain(secret);
    expect(all).not.toContain(sha256hex(secret));
    expect(all).not.toContain("secretHash");

    const revoked = await keys.revokeKey(info.id, "admin-test");
    expect(revoked).toMatchObject({ id: info.id, revokedBy: "admin-test" });
    expect(revoked!.revokedAt).toBeInstanceOf(Date);
    const again = await keys.revokeKey(info.id, "someone-else");
    expect(again).toEqual(revoked);
    expect((await keys.listKeys()).find((k) => k.id === info.id)).toEqual(revoked);
    expect(await keysDb.prisma.apiKey.count({ where: { id: info.id } })).toBe(1);
    expect(await keys.revokeKey("nosuchkey000", "admin-test")).toBeUndefined();
  });
});

describe("authenticate", () => {
  let key: string;
  let id: string;
  beforeAll(async () => {
    const created = await keys.createKey({ name: "Aysel (curator)", role: "curator", createdBy: "test" });
    key = created.key;
    id = created.info.id;
  });

  it("accepts a good key, with any case of the scheme, in one indexed query", async () => {
    const caller = { kind: "caller", caller: { id: `key:${id}`, name: "Aysel (curator)", role: "curator" } };
    const before = keysDb.statements.total;
    expect(await keys.authenticate(`Bearer ${key}`)).toEqual(caller);
    expect(keysDb.statements.total - before).toBe(1);
    expect(await keys.authenticate(`bearer ${key}`)).toEqual(caller);
    expect(await keys.authenticate(`BEARER  ${key} `)).toEqual(caller);
  });

  it("is anonymous without a header", async () => {
    expect(await keys.authenticate(undefined)).toEqual({ kind: "anonymous" });
  });

  it("refuses an unknown id and a wrong secret", async () => {
    const [, , secret] = KEY.exec(key)!;
    expect(await keys.authenticate(`Bearer atlas_zzzzzzzzzzzz_${secret}`)).toEqual({ kind: "invalid", reason: "unknown key" });
    const wrong = `${secret!.slice(0, -1)}${secret!.endsWith("A") ? "B" : "A"}`;
    expect(await keys.authenticate(`Bearer atlas_${id}_${wrong}`)).toEqual({ kind: "invalid", reason: "wrong secret" });
  });

  const malformed: [string, (key: string, id: string, secret: string) => string][] = [
    ["empty", () => ""],
    ["scheme only", () => "Bearer"],
    ["scheme and space", () => "Bearer "],
    ["another scheme", (k) => `Basic ${Buffer.from(k).toString("base64")}`],
    ["no scheme", (k) => k],
    ["two tokens", (k) => `Bearer ${k} ${k}`],
    ["not an atlas key", () => "Bearer abc.def.ghi"],
    ["short id", (_k, id, secret) => `Bearer atlas_${id.slice(1)}_${secret}`],
    ["upper-case id", (_k, id, secret) => `Bearer atlas_${id.toUpperCase()}_${secret}`],
    ["short secret", (_k, id, secret) => `Bearer atlas_${id}_${secret.slice(1)}`],
    ["long secret", (k) => `Bearer ${k}x`],
    ["secret with padding", (k) => `Bearer ${k}=`],
    ["other prefix", (_k, id, secret) => `Bearer key_${id}_${secret}`],
  ];
  it.each(malformed)("refuses a malformed header: %s", async (_label, header) => {
    const [, , secret] = KEY.exec(key)!;
    expect(await keys.authenticate(header(key, id, secret!))).toEqual({ kind: "invalid", reason: "malformed" });
  });

  it("refuses a revoked key from the very next request", async () => {
    const { key: k, info } = await keys.createKey({ name: "short-lived", role: "admin", createdBy: "test" });
    expect((await keys.authenticate(`Bearer ${k}`)).kind).toBe("caller");
    await keys.revokeKey(info.id, "test");
    expect(await keys.authenticate(`Bearer ${k}`)).toEqual({ kind: "invalid", reason: "revoked" });
  });
});

interface HttpAnswer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as HttpAnswer["body"] };
}

const COUNTRY = `{ country(code: "AZ") { name } }`;
const auth = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

function expectUnauthenticated(a: { status: number; headers: Headers; body: unknown }): void {
  expect(a.status).toBe(401);
  expect(a.headers.get("www-authenticate")).toBe('Bearer realm="atlas"');
  expect(a.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED" } }] });
}

/** Stands between the gateway and one subgraph, keeping the headers of every request it passes on. */
async function recordingProxy(target: string): Promise<{ url: string; seen: http.IncomingHttpHeaders[]; close(): Promise<void> }> {
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push(req.headers);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === "string" && !["host", "connection", "content-length", "keep-alive"].includes(e[0])),
      );
      fetch(target, { method: req.method, headers, body: req.method === "POST" ? Buffer.concat(chunks) : undefined })
        .then(async (r) => {
          res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" });
          res.end(Buffer.from(await r.arrayBuffer()));
        })
        .catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("the gateway", () => {
  let subgraphDb: Database;
  let fed: Federation;
  let reader: string;
  let revoked: string;
  beforeAll(async () => {
    subgraphDb = seededDb();
    fed = await startFederation(subgraphDb, { gateway: { db: keysDb } });
    reader = (await keys.createKey({ name: "reader-http", role: "reader", createdBy: "test" })).key;
    const r = await keys.createKey({ name: "revoked-http", role: "curator", createdBy: "test" });
    await keys.revokeKey(r.info.id, "test");
    revoked = r.key;
  });
  afterAll(async () => {
    await fed?.stop();
    await subgraphDb?.close();
  });

  it("answers an anonymous query (200)", async () => {
    const a = await post(fed.gatewayUrl, COUNTRY);
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ data: { country: { name: "Azerbaijan" } } });
  });

  it("answers a query with a good key (200)", async () => {
    const a = await post(fed.gatewayUrl, COUNTRY, auth(reader));
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ data: { country: { name: "Azerbaijan" } } });
  });

  it("refuses malformed, unknown and revoked keys with 401 UNAUTHENTICATED before any subgraph is called", async () => {
    const before = fed.totalSubgraphRequests();
    const unknown = reader.replace(/^atlas_[a-z2-7]{12}_/, "atlas_zzzzzzzzzzzz_");
    for (const header of [{ authorization: "Bearer nonsense" }, { authorization: "Basic dXNlcjpwYXNz" }, { authorization: "" }, auth(unknown), auth(revoked)]) {
      expectUnauthenticated(await post(fed.gatewayUrl, COUNTRY, header));
    }
    expect(fed.totalSubgraphRequests()).toBe(before);
  });

  it("guards /export the same way", async () => {
    const url = fed.gatewayUrl.replace(/\/graphql$/, "/export/indicators.json?pair=AZ-RU&limit=1");
    const bad = await fetch(url, { headers: auth(revoked) });
    expectUnauthenticated({ status: bad.status, headers: bad.headers, body: await bad.json() });
    const good = await fetch(url, { headers: auth(reader) });
    expect(good.status).toBe(200);
    expect(((await good.json()) as { rows: unknown[] }).rows).toHaveLength(1);
  });

  describe("with REQUIRE_API_KEY", () => {
    let strict: Gateway;
    let url: string;
    beforeAll(async () => {
      strict = await createGateway({ subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret, db: keysDb, requireApiKey: true });
      url = await strict.listen(0);
    });
    afterAll(async () => {
      await strict?.stop();
    });

    it("refuses anonymous requests (401) and answers a reader key (200)", async () => {
      expectUnauthenticated(await post(url, COUNTRY));
      const exp = await fetch(url.replace(/\/graphql$/, "/export/indicators.csv?pair=AZ-RU"));
      expectUnauthenticated({ status: exp.status, headers: exp.headers, body: await exp.json() });
      const a = await post(url, COUNTRY, auth(reader));
      expect(a.status).toBe(200);
      expect(a.body).toEqual({ data: { country: { name: "Azerbaijan" } } });
    });

    it("still answers the probes", async () => {
      expect((await fetch(url.replace(/\/graphql$/, "/healthz"))).status).toBe(200);
    });
  });

  describe("what a subgraph receives", () => {
    let proxy: Awaited<ReturnType<typeof recordingProxy>>;
    let gw: Gateway;
    let url: string;
    beforeAll(async () => {
      proxy = await recordingProxy(fed.subgraphUrls.countries!);
      gw = await createGateway({ subgraphUrls: { ...fed.subgraphUrls, countries: proxy.url }, subgraphSecret: fed.subgraphSecret, db: keysDb });
      url = await gw.listen(0);
    });
    afterAll(async () => {
      await gw?.stop();
      await proxy?.close();
    });

    const forged = (secret: string): string => signCaller({ id: "key:mallory00000", name: "Mallory", role: "admin" }, secret);

    it("the caller of the key, signed with the subgraph secret, never the header a client sent", async () => {
      proxy.seen.length = 0;
      const a = await post(url, COUNTRY, { ...auth(reader), [CALLER_HEADER]: forged(fed.subgraphSecret) });
      expect(a.status).toBe(200);
      expect(proxy.seen).toHaveLength(1);
      const id = KEY.exec(reader)![1];
      expect(verifyCaller(proxy.seen[0]![CALLER_HEADER], fed.subgraphSecret)).toEqual({ id: `key:${id}`, name: "reader-http", role: "reader" });
    });

    it("no caller at all for an anonymous request, even one carrying a caller header", async () => {
      proxy.seen.length = 0;
      const a = await post(url, COUNTRY, { [CALLER_HEADER]: forged(fed.subgraphSecret) });
      expect(a.status).toBe(200);
      expect(proxy.seen).toHaveLength(1);
      expect(proxy.seen[0]).not.toHaveProperty(CALLER_HEADER);
    });
  });
});

describe("npm run keys", () => {
  const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "gateway/src/keys-cli.ts", ...args], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: store.url },
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
    }
  };

  it("creates a key that authenticates, shows it once, lists without the secret, revokes", async () => {
    const created = await run("create", "--role", "curator", "--name", "t");
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toMatch(/will not be shown again/);
    const [key, id, secret] = KEY.exec(created.stdout)!;
    expect(await keys.authenticate(`Bearer ${key}`)).toEqual({ kind: "caller", caller: { id: `key:${id}`, name: "t", role: "curator" } });

    const listed = await run("list");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^id\s+name\s+role\s+created\s+revoked$/m);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+t\\s+curator\\s+\\S+ by \\S+\\s+-$`, "m"));
    expect(listed.stdout).not.toContain(secret);
    expect(listed.stdout).not.toContain(sha256hex(secret!));

    const revoked = await run("revoke", id!);
    expect(revoked.code).toBe(0);
    expect(await keys.authenticate(`Bearer ${key}`)).toEqual({ kind: "invalid", reason: "revoked" });
    expect((await run("list")).stdout).toMatch(new RegExp(`^${id}\\s+t\\s+curator\\s+\\S+ by \\S+\\s+\\S+ by \\S+$`, "m"));
  }, 120_000);

  it("exits 2 with the usage on bad arguments, 1 on an unknown key", async () => {
    for (const args of [[], ["create", "--role", "root", "--name", "x"], ["create", "--role", "reader"], ["frobnicate"], ["revoke"], ["list", "--what"]]) {
      const r = await run(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toMatch(/usage: npm run keys/);
    }
    const missing = await run("revoke", "nosuchkey000");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no API key/);
  }, 120_000);
});
