/**
 * Issue 11, "Exports do work proportional to what they return": an export page starts
 * where the previous one ended (the `after` cursor of page.next / Link rel=next), its
 * GraphQL calls are bounded by the rows it reads, a large offset is refused at once, and
 * a client that goes away stops the export. Issue 12: a cell holding a line break is quoted.
 *
 * On a throw-away database holding the corpus plus synthetic rows, enough for many
 * GraphQL pages: indicators with one to three sources each (so pages end inside an
 * indicator's rows), agreements without a signing date (so a year filter, applied after
 * fetching, matches none of them), people with two roles, and an indicator whose label
 * is "\n=1+1".
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import { createDb, type Database } from "@atlas/db";
import { encodeCursor } from "@atlas/gateway/src/export/cursor";
import { datasetNamed } from "@atlas/gateway/src/export/datasets";
import { maxCalls } from "@atlas/gateway/src/export/pages";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { freshSeededDatabase, type TestDatabase } from "../support/db";
import { startFederation, type Federation } from "../support/federation";

type Row = Record<string, unknown>;
interface JsonPage {
  rows: Row[];
  page: { offset: number; limit: number; count: number; next: string | null; truncated: boolean };
}

const INDICATORS = 450;
const AGREEMENTS = 350;
const PEOPLE = 80;
const DOCUMENT = "002_76e874a06d3d543b";
const FORMULA_LABEL = "\n=1+1";

let test: TestDatabase;
let db: Database;
let fed: Federation;
let base: string;

jest.setTimeout(180_000);

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const pad = (i: number): string => String(i).padStart(3, "0");

async function insert<T>(rows: T[], createMany: (data: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) await createMany(rows.slice(i, i + 50));
}

async function grow(): Promise<void> {
  const p = db.prisma;
  const cite = (n: number) => ({ documentId: DOCUMENT, start: n, end: n + 10, claim: `synthetic citation ${n}` });
  const indicators = range(INDICATORS).map((i) => `x-export-indicator-${pad(i)}`);
  await insert(
    indicators.map((id, i) => ({ id, metric: "SYNTHETIC", kind: "ACTUAL", value: i, unit: "USD", year: 2001 + (i % 20), label: i === 7 ? FORMULA_LABEL : id, basisNote: i === 8 ? "\r" : null })),
    (data) => p.indicator.createMany({ data }),
  );
  await insert(indicators.flatMap((indicatorId) => [{ indicatorId, countryCode: "AZ" }, { indicatorId, countryCode: "RU" }]), (data) => p.indicatorCountry.createMany({ data }));
  await insert(indicators.flatMap((ownerId, i) => range((i % 3) + 1).map((n) => ({ ownerId, ...cite(n) }))), (data) => p.indicatorSource.createMany({ data }));
  const agreements = range(AGREEMENTS).map((i) => `x-export-agreement-${pad(i)}`);
  await insert(agreements.map((id) => ({ id, kind: "MEMORANDUM", titleEn: id, status: "SIGNED" })), (data) => p.agreement.createMany({ data }));
  await insert(agreements.flatMap((agreementId) => [{ agreementId, countryCode: "AZ" }, { agreementId, countryCode: "RU" }]), (data) => p.agreementParty.createMany({ data }));
  await insert(agreements.map((ownerId) => ({ ownerId, ...cite(0) })), (data) => p.agreementSource.createMany({ data }));
  // Two roles each, one for AZ and one for RU: `country` keeps one row of each person.
  const people = range(PEOPLE).map((i) => `x-export-person-${pad(i)}`);
  await insert(people.map((id) => ({ id, nameEn: id, nameAr: id })), (data) => p.person.createMany({ data }));
  await insert(
    people.flatMap((personId, i) => ["AZ", "RU"].map((countryCode) => ({ personId, kind: "OFFICIAL", titleEn: "synthetic", countryCode, asOfYear: 2015 + (i % 10) }))),
    (data) => p.role.createMany({ data }),
  );
  const roles = await p.role.findMany({ where: { personId: { startsWith: "x-export-person-" } }, select: { id: true } });
  await insert(roles.map(({ id }) => ({ ownerId: id, ...cite(0) })), (data) => p.roleSource.createMany({ data }));
}

beforeAll(async () => {
  test = await freshSeededDatabase("export");
  db = createDb(test.url);
  await grow();
  // Walking exports page by page is hundreds of requests from one address.
  fed = await startFederation(db, { gateway: { rateLimit: { enabled: false } } });
  base = fed.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
  await test?.drop();
});

const get = (path: string, init?: RequestInit): Promise<Response> => fetch(`${base}${path}`, init);

async function json(path: string): Promise<JsonPage> {
  const res = await get(path);
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as JsonPage;
}

/** GraphQL calls the gateway made while `action` ran: each export page call asks the dataset's root subgraph once. */
async function callsTo<T>(subgraph: string, action: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const before = fed.subgraphRequests()[subgraph]!;
  const result = await action();
  return { result, calls: fed.subgraphRequests()[subgraph]! - before };
}

const INDICATOR_DATASET = datasetNamed("indicators")!;
const AGREEMENT_DATASET = datasetNamed("agreements")!;
const ROOT_SUBGRAPH: Record<string, string> = { indicators: "indicators", agreements: "agreements", roles: "people" };
const keyOf = (r: Row): string => JSON.stringify([r.indicator_id ?? r.agreement_id ?? r.person_id, r.source_rank ?? r.party_code ?? r.role_rank]);

describe("key paging with after", () => {
  it.each([
    ["indicators", "", 37],
    ["indicators", "pair=AZ-RU&year_from=2005", 29],
    ["agreements", "", 13],
    ["agreements", "pair=RU-AZ", 50],
    ["agreements", "year_from=2024", 3],
    ["roles", "", 7],
    ["roles", "country=AZ", 6],
    ["roles", "pair=AZ-RU", 2],
    ["roles", "year_from=2020", 5],
  ])("%s?%s walked %i rows at a time gives exactly the rows of one big page, in order", async (dataset, filters, limit) => {
    const whole = (await json(`/export/${dataset}.json?limit=10000${filters ? `&${filters}` : ""}`)).rows;
    expect(whole.length).toBeGreaterThan(limit);
    const walked: Row[] = [];
    let path: string | null = `/export/${dataset}.json?limit=${limit}${filters ? `&${filters}` : ""}`;
    let pages = 0;
    while (path) {
      const { result, calls } = await callsTo(ROOT_SUBGRAPH[dataset]!, () => json(path!));
      // Each page reads on from the cursor: its calls do not grow with how far into the export it is.
      expect(calls).toBeLessThanOrEqual(maxCalls(datasetNamed(dataset)!, limit));
      expect(result.page.offset).toBe(walked.length);
      expect(result.page.count).toBe(result.rows.length);
      walked.push(...result.rows);
      if (result.page.next) {
        expect(result.page.next).toMatch(/[?&]after=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}(&|$)/);
        expect(result.page.next).not.toMatch(/[?&]offset=/);
      }
      path = result.page.next;
      pages++;
    }
    expect(walked).toEqual(whole);
    expect(new Set(walked.map(keyOf)).size).toBe(walked.length);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(whole.length / limit));
  });

  it("the CSV's Link headers walk the same rows as the JSON, and pages end inside an indicator's sources", async () => {
    const whole = (await json("/export/indicators.json?limit=10000")).rows;
    const rows: Record<string, string>[] = [];
    let path: string | null = "/export/indicators.csv?limit=97&bom=false";
    while (path) {
      const res = await get(path);
      expect(res.status).toBe(200);
      const page = parse(await res.text(), { columns: true }) as Record<string, string>[];
      rows.push(...page);
      const link = res.headers.get("link");
      path = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1]! : null;
      if (path) expect(path).toMatch(/^\/export\/indicators\.csv\?limit=97&bom=false&after=/);
    }
    expect(rows.map((r) => [r.indicator_id, r.source_rank])).toEqual(whole.map((r) => [r.indicator_id, String(r.source_rank)]));
    // 97 rows end inside the three-source indicators somewhere: the walk above resumed them.
    expect(whole.some((r, i) => i % 97 === 0 && i > 0 && (r.source_rank as number) > 1)).toBe(true);
  });

  it("an offset still works for the first pages, and its next page goes on by cursor", async () => {
    const whole = (await json("/export/indicators.json?limit=10000")).rows;
    const page = await json("/export/indicators.json?limit=50&offset=120");
    expect(page.rows).toEqual(whole.slice(120, 170));
    expect(page.page.offset).toBe(120);
    const next = await json(page.page.next!);
    expect(next.rows).toEqual(whole.slice(170, 220));
    expect(next.page.offset).toBe(170);
  });
});

describe("bounded work", () => {
  it("offset=1000000 is refused at once, without a subgraph call, pointing to after", async () => {
    const before = fed.totalSubgraphRequests();
    const t0 = performance.now();
    const res = await get("/export/indicators.csv?offset=1000000");
    const ms = performance.now() - t0;
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; parameter: string; message: string } };
    expect(body.error).toMatchObject({ code: "OFFSET_TOO_LARGE", parameter: "offset" });
    expect(body.error.message).toMatch(/at most 10000 rows/);
    expect(body.error.message).toMatch(/after/);
    expect(body.error.message).toMatch(/page\.next/);
    expect(fed.totalSubgraphRequests()).toBe(before);
    expect(ms).toBeLessThan(1000);
  });

  it("the largest offset reads at most one GraphQL page per 100 rows it skips", async () => {
    const total = (await json("/export/indicators.json?limit=10000")).rows.length;
    const { result, calls } = await callsTo("indicators", () => json("/export/indicators.json?offset=10000&limit=10"));
    expect(result.rows).toEqual([]);
    expect(result.page.next).toBeNull();
    expect(calls).toBeLessThanOrEqual(Math.ceil(total / INDICATOR_DATASET.pageSize) + 1);
    expect(calls).toBeLessThanOrEqual(maxCalls(INDICATOR_DATASET, 10010));
  });

  it("a page asks the subgraph for no more entities than it needs rows", async () => {
    // 100 indicators a call, each with at least one row.
    const { calls } = await callsTo("indicators", () => json("/export/indicators.json?limit=250"));
    expect(calls).toBeLessThanOrEqual(3);
    const one = await callsTo("indicators", () => json("/export/indicators.json?limit=1"));
    expect(one.calls).toBe(1);
  });

  it("a filter applied after fetching that matches nothing ends the page at its budget: short, truncated, with a cursor", async () => {
    const agreements = (await json("/export/agreements.json?limit=10000")).rows;
    const count = new Set(agreements.map((r) => r.agreement_id)).size;
    expect(count).toBeGreaterThan(300);
    const { result, calls } = await callsTo("agreements", () => get("/export/agreements.csv?year_from=1901&year_to=1901&limit=1"));
    expect(calls).toBe(maxCalls(AGREEMENT_DATASET, 1));
    expect(result.status).toBe(200);
    expect(result.headers.get("export-truncated")).toBe("true");
    expect(parse(await result.text(), { bom: true, columns: true })).toEqual([]);
    const link = /^<([^>]+)>; rel="next"$/.exec(result.headers.get("link") ?? "")![1]!;
    // The rest of the scan, page by page, each within its own budget; then the end.
    let path: string | null = link.replace(".csv", ".json");
    let pages = 0;
    while (path) {
      const { result: page, calls: pageCalls } = await callsTo("agreements", () => json(path!));
      expect(pageCalls).toBeLessThanOrEqual(maxCalls(AGREEMENT_DATASET, 1));
      expect(page.rows).toEqual([]);
      path = page.page.next;
      pages++;
    }
    expect(pages).toBeLessThanOrEqual(Math.ceil(count / AGREEMENT_DATASET.pageSize / maxCalls(AGREEMENT_DATASET, 1)) + 1);
  });
});

describe("bad cursors", () => {
  const cursorOf = async (path: string): Promise<string> => new URL((await json(path)).page.next!, base).searchParams.get("after")!;

  it.each([
    ["garbage", () => "not-a-cursor"],
    ["empty", () => ""],
    ["a character changed", (c: string) => `${c[0] === "A" ? "B" : "A"}${c.slice(1)}`],
    ["cut short", (c: string) => c.slice(0, -3)],
    ["far too long", () => "A".repeat(5000)],
  ])("%s is HTTP 400 BAD_PARAMETER naming after", async (_name, mangle) => {
    const cursor = await cursorOf("/export/indicators.json?limit=3");
    const res = await get(`/export/indicators.json?limit=3&after=${encodeURIComponent(mangle(cursor))}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({ code: "BAD_PARAMETER", parameter: "after", message: expect.stringMatching(/^after: /) });
  });

  it("a cursor of another dataset or other filters is refused", async () => {
    const cursor = await cursorOf("/export/indicators.json?limit=3");
    for (const path of [`/export/agreements.json?after=${cursor}`, `/export/indicators.json?country=KZ&after=${cursor}`]) {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: unknown }).error).toMatchObject({ code: "BAD_PARAMETER", parameter: "after", message: expect.stringMatching(/another export/) });
    }
    // The same filters written differently are the same export.
    const pair = await cursorOf("/export/indicators.json?limit=3&pair=AZ-RU");
    expect((await get(`/export/indicators.json?limit=3&pair=ru,az&after=${pair}`)).status).toBe(200);
  });

  it("a well-formed cursor whose subgraph cursor the subgraph refuses is a 400 naming after", async () => {
    const forged = encodeCursor("indicators", {}, { after: "bm90LWEtY3Vyc29y", skip: 0, drop: 0, index: 0 });
    const res = await get(`/export/indicators.json?after=${forged}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({ code: "BAD_PARAMETER", parameter: "after" });
  });

  it("after and offset together are refused", async () => {
    const cursor = await cursorOf("/export/indicators.json?limit=3");
    const res = await get(`/export/indicators.json?offset=3&after=${cursor}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({ code: "BAD_PARAMETER", parameter: "offset" });
  });
});

describe("a client that goes away", () => {
  /**
   * A second gateway over the same subgraphs, its indicators calls through a proxy that
   * counts them and can hold one: the test disconnects while the export's second GraphQL
   * page is in the subgraph, then lets that page finish.
   */
  let gateway: Gateway;
  let gatewayBase: string;
  let proxy: http.Server;
  let indicatorCalls = 0;
  let hold: { at: number; arrived: () => void; release: Promise<void> } | null = null;
  const closed: Promise<void>[] = [];

  beforeAll(async () => {
    const target = fed.subgraphUrls.indicators!;
    proxy = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", async () => {
        const isGraphQL = req.method === "POST";
        if (isGraphQL) indicatorCalls++;
        const held = isGraphQL && hold && indicatorCalls === hold.at ? hold : null;
        if (held) {
          held.arrived();
          await held.release;
        }
        try {
          const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "connection", "content-length"].includes(k))) as Record<string, string>;
          const answer = await fetch(new URL(req.url!, target), { method: req.method, headers, ...(isGraphQL ? { body: Buffer.concat(chunks) } : {}) });
          res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
          res.end(Buffer.from(await answer.arrayBuffer()));
        } catch {
          res.writeHead(502).end();
        }
      });
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
    gateway = await createGateway({ subgraphUrls: { ...fed.subgraphUrls, indicators: proxyUrl }, subgraphSecret: fed.subgraphSecret, rateLimit: { enabled: false } });
    // Registered before the export router's own listener, so it runs first on the same 'close'.
    gateway.httpServer.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
      closed.push(new Promise((r) => res.once("close", () => r())));
    });
    gatewayBase = (await gateway.listen(0)).replace(/\/graphql$/, "");
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((r) => proxy?.close(r));
  });

  const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  it("makes no GraphQL call after the disconnect", async () => {
    // Without a disconnect, this export takes a GraphQL page per 100 indicators.
    indicatorCalls = 0;
    const t0 = performance.now();
    expect((await fetch(`${gatewayBase}/export/indicators.csv?limit=10000`)).status).toBe(200);
    const wholeMs = performance.now() - t0;
    expect(indicatorCalls).toBeGreaterThanOrEqual(Math.ceil(INDICATORS / INDICATOR_DATASET.pageSize));

    indicatorCalls = 0;
    closed.length = 0;
    let arrived!: () => void;
    const atSecond = new Promise<void>((r) => (arrived = r));
    let release!: () => void;
    hold = { at: 2, arrived, release: new Promise<void>((r) => (release = r)) };
    const client = new AbortController();
    const download = fetch(`${gatewayBase}/export/indicators.csv?limit=10000`, { signal: client.signal });
    await atSecond;
    const sourcesBefore = fed.subgraphRequests().sources!;
    client.abort();
    await expect(download).rejects.toThrow();
    await closed[0]; // the gateway has seen the connection close
    release();
    hold = null;
    // Far longer than the whole export took: a third page would have been asked for by now.
    await settle(Math.max(1000, 3 * wholeMs));
    expect(indicatorCalls).toBe(2);
    // The page in flight finishes its plan (its sources); nothing after it.
    expect(fed.subgraphRequests().sources! - sourcesBefore).toBeLessThanOrEqual(1);
  });
});

describe("CSV line breaks (issue 12)", () => {
  it('a cell holding "\\n=1+1" or a lone "\\r" is quoted: the row stays whole and the next line is no formula', async () => {
    const res = await get("/export/indicators.csv?metric=SYNTHETIC&year_from=2008&year_to=2009&bom=false");
    const text = await res.text();
    expect(text).toContain(`"${FORMULA_LABEL}"`);
    expect(text).toContain(`"'\r"`);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const asJson = (await json("/export/indicators.json?metric=SYNTHETIC&year_from=2008&year_to=2009")).rows;
    expect(rows).toHaveLength(asJson.length);
    expect(rows.find((r) => r.indicator_id === "x-export-indicator-007")?.label).toBe(FORMULA_LABEL);
    expect(rows.find((r) => r.indicator_id === "x-export-indicator-008")?.basis_note).toBe("'\r");
  });
});
