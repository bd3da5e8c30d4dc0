/**
 * Issue 12 in a real browser (Debian's Chromium, playwright-core), against the real gateway
 * over every subgraph:
 * - a page served by a second local HTTP server (another origin) reads the API with fetch():
 *   a preflighted POST, a persisted GET, a call with a key, an export with its Link header;
 *   a page on an origin not in the allow-list cannot read it;
 * - GraphiQL at 390 px: one column, a query run and its answer on screen, a pointer to the explorer;
 * - the explorer reads through persisted GETs that the browser may cache, and links to
 *   GraphiQL only where the gateway serves it (not in production).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";
import { ensureWebBuilt, listedOperation, persistedSearch } from "./support";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** What the page functions below use of the browser (this Node project has no DOM types). */
interface BrowserGlobals {
  document: { documentElement: { scrollWidth: number } };
  innerWidth: number;
}

let db: Database;
let fed: Federation;
let context: BrowserContext;
let userDataDir: string;
const servers: http.Server[] = [];
const gateways: Gateway[] = [];
let allowedPage: string;
let refusedPage: string;
let api: string;
let production: string;
let readerKey: string;

/** A page server of its own: another origin than the gateway's. */
async function pageServer(host: string): Promise<string> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><html><head><title>another app</title></head><body>an app on another origin</body></html>");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium (as .ci/run does) or set CHROMIUM_PATH.`);
  ensureWebBuilt();
  db = seededDb();
  fed = await startFederation(db, { gateway: { rateLimit: { enabled: false }, production: false } });
  readerKey = (await new ApiKeys(db).createKey({ name: "browser test (reader)", role: "reader", createdBy: "test" })).key;
  // Two page origins: localhost and 127.0.0.1 on other ports than the gateway's.
  allowedPage = await pageServer("localhost");
  refusedPage = await pageServer("127.0.0.1");
  const on = { subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret, rateLimit: { enabled: false } };
  const listed = await createGateway({ ...on, corsOrigins: [allowedPage] });
  gateways.push(listed);
  api = await listed.listen(0);
  const prod = await createGateway({ ...on, production: true });
  gateways.push(prod);
  production = (await prod.listen(0)).replace(/\/graphql$/, "");
  userDataDir = mkdtempSync(join(tmpdir(), "atlas-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 }, locale: "en-GB" });
}, 240_000);

afterAll(async () => {
  await context?.close();
  for (const g of gateways) await g.stop();
  await fed?.stop();
  await db?.close();
  for (const s of servers) await new Promise((resolve) => s.close(resolve));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function openPage(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  return { page, problems };
}

interface Read {
  ok: boolean;
  status?: number;
  body?: string;
  headers?: Record<string, string | null>;
  error?: string;
}

/** fetch() inside the page, as the page's own script would call it; the headers are what the page may read. */
function readFromPage(page: Page, url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Read> {
  return page.evaluate(
    async ([url, init]) => {
      try {
        const res = await fetch(url, init);
        const names = ["content-type", "cache-control", "etag", "x-request-id", "link"];
        return { ok: true, status: res.status, body: await res.text(), headers: Object.fromEntries(names.map((n) => [n, res.headers.get(n)])) };
      } catch (e) {
        return { ok: false, error: String(e) };
      }
    },
    [url, init] as const,
  );
}

describe("a page on another origin", () => {
  it("reads the API with fetch(): a preflighted POST, a persisted GET, a call with a key, an export", async () => {
    const { page, problems } = await openPage(`${allowedPage}/`);
    const post = await readFromPage(page, api, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ bilateral(a: "AZ", b: "RU") { id countries { name } } }` }),
    });
    expect(post).toMatchObject({ ok: true, status: 200 });
    expect(JSON.parse(post.body!)).toEqual({ data: { bilateral: { id: "AZ-RU", countries: [{ name: "Azerbaijan" }, { name: "Russia" }] } } });
    expect(post.headers!["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/); // an exposed header

    const persisted = await readFromPage(page, `${api}${persistedSearch(listedOperation("ExplorerProfile"), { a: "AZ", b: "RU" })}`);
    expect(persisted).toMatchObject({ ok: true, status: 200, headers: { "cache-control": "public, max-age=60" } });
    expect(persisted.headers!.etag).toMatch(/^W\//);
    expect((JSON.parse(persisted.body!) as { data: { bilateral: { id: string } } }).data.bilateral.id).toBe("AZ-RU");

    const keyed = await readFromPage(page, api, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${readerKey}` },
      body: JSON.stringify({ query: `{ country(code: "AZ") { code } }` }),
    });
    expect(keyed).toMatchObject({ ok: true, status: 200 });
    expect(JSON.parse(keyed.body!)).toEqual({ data: { country: { code: "AZ" } } });

    const exported = await readFromPage(page, api.replace(/\/graphql$/, "/export/agreements.csv?limit=1"));
    expect(exported).toMatchObject({ ok: true, status: 200 });
    expect(exported.headers!.link).toMatch(/^<\/export\/agreements\.csv\?.*after=.*>; rel="next"$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a page on an origin not in the allow-list cannot read it, GET or POST", async () => {
    const { page } = await openPage(`${refusedPage}/`);
    const get = await readFromPage(page, `${api}?${new URLSearchParams({ query: `{ country(code: "AZ") { code } }` })}`);
    expect(get).toMatchObject({ ok: false, error: expect.stringContaining("Failed to fetch") });
    const post = await readFromPage(page, api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ country(code: "AZ") { code } }` }) });
    expect(post).toMatchObject({ ok: false, error: expect.stringContaining("Failed to fetch") });
    await page.close();
  });
});

describe("GraphiQL on a phone", () => {
  it("at 390 px: one column, no sideways scrolling, a query runs and its answer shows, the explorer is pointed to", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(fed.gatewayUrl);
    const editor = page.locator(".graphiql-editors");
    const response = page.locator(".graphiql-response");
    await editor.waitFor({ timeout: 20_000 });
    await page.locator(".graphiql-execute-button").click();
    for (let waited = 0; !(await response.innerText()).includes('"AZ-RU"'); waited += 100) {
      if (waited > 20_000) throw new Error(`GraphiQL showed no answer: ${await response.innerText()}`);
      await page.waitForTimeout(100);
    }
    const [e, r] = [await editor.boundingBox(), await response.boundingBox()];
    // Stacked: the query above its answer, each nearly the screen's width.
    expect(e!.width).toBeGreaterThan(300);
    expect(r!.width).toBeGreaterThan(300);
    expect(r!.y).toBeGreaterThanOrEqual(e!.y + e!.height);
    const { scrollWidth, innerWidth } = await page.evaluate(() => {
      const g = globalThis as unknown as BrowserGlobals;
      return { scrollWidth: g.document.documentElement.scrollWidth, innerWidth: g.innerWidth };
    });
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const note = page.getByRole("link", { name: "The explorer" });
    expect(await note.isVisible()).toBe(true);
    expect(await note.getAttribute("href")).toBe("/");
    // On a wide screen the note is not shown.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await note.isVisible()).toBe(false);
    await page.close();
  });
});

describe("the explorer", () => {
  it("reads through persisted GETs the browser may cache, and links to GraphiQL where it is served", async () => {
    const page = await context.newPage();
    const answers: { method: string; url: string; status: number; cacheControl: string | undefined }[] = [];
    page.on("response", (r) => {
      if (new URL(r.url()).pathname === "/graphql") answers.push({ method: r.request().method(), url: r.url(), status: r.status(), cacheControl: r.headers()["cache-control"] });
    });
    const base = fed.gatewayUrl.replace(/\/graphql$/, "");
    await page.goto(`${base}/?pair=AZ-RU`);
    await page.locator("#indicator-az-ru-trade-turnover-2023").waitFor({ timeout: 20_000 });
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const a of answers) {
      expect(a).toMatchObject({ method: "GET", status: 200, cacheControl: "public, max-age=60" });
      expect(new URL(a.url).searchParams.get("extensions")).toMatch(/"sha256Hash":"[0-9a-f]{64}"/);
      expect(new URL(a.url).searchParams.get("query")).toBeNull();
    }
    expect(await page.locator('nav a[href="/graphql"]').count()).toBe(1);
    await page.close();
  });

  it("in production links to no GraphiQL (it is not served there) and still reads", async () => {
    const { page, problems } = await openPage(`${production}/?pair=AZ-RU`);
    await page.locator("#indicator-az-ru-trade-turnover-2023").waitFor({ timeout: 20_000 });
    expect(await page.locator('a[href="/graphql"]').count()).toBe(0);
    expect(await page.locator("nav.links").innerText()).toContain("/graphql");
    // What the link would have led to: no GraphiQL page.
    const graphiql = await fetch(`${production}/graphql`, { headers: { accept: "text/html" } });
    expect(await graphiql.text()).not.toMatch(/GraphiQL/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
