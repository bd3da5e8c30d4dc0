/**
 * The web explorer in a real browser: Debian's Chromium driven by playwright-core,
 * against the gateway over every subgraph on this run's seeded store. Builds the web app
 * first when web/dist is missing or older than its sources. Fails (does not skip) when
 * Chromium is missing. SCREENSHOT_PATH=docs/explorer.png rewrites the README's screenshot.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Database } from "@atlas/db";
import { seededDb } from "./support/db";
import { startFederation, type Federation } from "./support/federation";
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS, ROOT, ensureWebBuilt } from "./support/web";


/** What the page functions below use of the browser (this Node project has no DOM types). */
interface BrowserGlobals {
  getComputedStyle(element: unknown): { direction: string };
  document: { documentElement: { scrollWidth: number } };
  innerWidth: number;
}

let db: Database;
let fed: Federation;
let base: string;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the explorer test drives a real browser. Install Debian's chromium ` +
        "(apt-get install -y --no-install-recommends chromium, as .ci/run does) or set CHROMIUM_PATH.",
    );
  }
  ensureWebBuilt();
  db = seededDb();
  fed = await startFederation(db);
  base = fed.gatewayUrl.replace(/\/graphql$/, "");
  userDataDir = mkdtempSync(join(tmpdir(), "atlas-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
  });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await fed?.stop();
  await db?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** A page that records every request it makes and every error it logs. */
async function openPage(): Promise<{ page: Page; requests: { url: string; method: string; contentType: string | undefined }[]; problems: string[] }> {
  const page = await context.newPage();
  const requests: { url: string; method: string; contentType: string | undefined }[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push({ url: r.url(), method: r.method(), contentType: r.headers()["content-type"] }));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return { page, requests, problems };
}

it("picks Azerbaijan (in English) and Russia (in Arabic) and shows the 2023 trade figure with its source", async () => {
  const { page, requests, problems } = await openPage();
  await page.goto(`${base}/`);
  await page.getByLabel("First country").fill("Azerb");
  await page.getByRole("option", { name: /Azerbaijan/ }).click();
  await page.getByLabel("Second country").fill("روسيا");
  await page.getByRole("option", { name: /Russia/ }).click();

  const trade = page.locator("#indicator-az-ru-trade-turnover-2023");
  await trade.waitFor({ timeout: 20_000 });
  const text = await trade.innerText();
  expect(text).toContain("4.4 billion USD");
  expect(text).toContain("4,400,000,000 USD");
  expect(text).toContain("2023");
  expect(text).toContain("17.5%");
  // Its source: publisher, claim, and the span in the document.
  expect(text).toContain("عربي21 (Arabi21)");
  expect(text).toContain("Azerbaijan–Russia trade rose 17.5% last year to $4.4 billion");
  const span = trade.getByRole("link", { name: "002_76e874a06d3d543b [2883, 3120)" });
  expect(await span.getAttribute("href")).toBe("#span-002_76e874a06d3d543b-2883-3120");

  // Both countries, with their Arabic names laid out right to left.
  expect(await page.locator(".country h2").allInnerTexts()).toEqual(["Azerbaijan", "Russia"]);
  const arabic = page.locator(".country-ar").first();
  expect(await arabic.innerText()).toBe("أذربيجان");
  expect(await arabic.evaluate((el) => (globalThis as unknown as BrowserGlobals).getComputedStyle(el).direction)).toBe("rtl");

  // The chart, the timeline, the people and the corridors are there.
  await page.locator(".chart .recharts-bar-rectangle").first().waitFor();
  expect(await page.locator(".chart figcaption").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("Trade turnover")]));
  expect(await page.locator(".tl-item").count()).toBeGreaterThan(0);
  expect(await page.locator(".person strong").allInnerTexts()).toEqual(expect.arrayContaining(["Ilham Aliyev", "Vladimir Putin"]));
  await page.locator("#corridors").waitFor();
  expect(new URL(page.url()).searchParams.get("pair")).toBe("AZ-RU");

  // The span link leads to the span in the source list.
  await span.click();
  const target = page.locator("#span-002_76e874a06d3d543b-2883-3120");
  expect(await target.innerText()).toContain("[2883, 3120)");
  expect(await page.locator("#doc-002_76e874a06d3d543b").innerText()).toContain("عربي21");
  expect(new URL(page.url()).searchParams.get("pair")).toBe("AZ-RU");

  // Only this server, and only the public API: persisted GETs of /graphql, each naming a listed operation by its hash.
  expect(requests.filter((r) => !r.url.startsWith(`${base}/`))).toEqual([]);
  const api = requests.filter((r) => r.url.startsWith(`${base}/graphql`));
  expect(api.length).toBeGreaterThanOrEqual(2);
  for (const r of api) {
    expect(r.method).toBe("GET");
    expect(new URL(r.url).searchParams.get("extensions")).toMatch(/"sha256Hash":"[0-9a-f]{64}"/);
  }
  expect(problems).toEqual([]);

  if (process.env.SCREENSHOT_PATH) {
    // The top of the profile: both countries, the chart, the figures with their sources.
    await page.goto(`${base}/?pair=AZ-RU`);
    await trade.waitFor();
    await page.screenshot({ path: resolve(ROOT, process.env.SCREENSHOT_PATH), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1440 } });
  }
  await page.close();
});

it("finds countries by Arabic spellings without hamza, and opens a shared link straight to a profile", async () => {
  const { page, problems } = await openPage();
  await page.goto(`${base}/`);
  await page.getByLabel("First country").fill("اذربيجان");
  expect(await page.getByRole("option").allInnerTexts()).toEqual([expect.stringContaining("Azerbaijan")]);
  await page.goto(`${base}/?pair=KZ-AZ`);
  await page.locator(".profile[data-pair='AZ-KZ']").waitFor({ timeout: 20_000 });
  expect(await page.getByLabel("First country").inputValue()).toBe("Kazakhstan");
  expect(problems).toEqual([]);
  await page.close();
});

it("fits a phone-sized screen without sideways scrolling", async () => {
  const { page, problems } = await openPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/?pair=AZ-RU`);
  await page.locator("#indicator-az-ru-trade-turnover-2023").waitFor({ timeout: 20_000 });
  const { scrollWidth, innerWidth } = await page.evaluate(() => {
    const g = globalThis as unknown as BrowserGlobals;
    return { scrollWidth: g.document.documentElement.scrollWidth, innerWidth: g.innerWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  const [first, second] = await Promise.all([page.getByLabel("First country").boundingBox(), page.getByLabel("Second country").boundingBox()]);
  expect(second!.y).toBeGreaterThan(first!.y + first!.height);
  expect(problems).toEqual([]);
  await page.close();
});
