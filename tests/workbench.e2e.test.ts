/**
 * The curator's workbench in a real browser (Debian's Chromium, playwright-core) against
 * the gateway over every subgraph, on a fresh seeded store (the test issues API keys): a
 * curator opens a stored article and sees its text right to left with the candidates
 * highlighted by kind; the highlights slice the stored text exactly; selecting a passage
 * shows its offsets; a reader's key is refused with the server's reason. Fails (does not
 * skip) when Chromium is missing.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createDb, type Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { freshSeededDatabase, type TestDatabase } from "./support/db";
import { startFederation, type Federation } from "./support/federation";
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS, ROOT, ensureWebBuilt } from "./support/web";

/** Dated 2024-11-03: every kind of candidate, relative dates resolved. */
const DOC = "001_dd8f3a1850d5fa0b";

/** What the page functions below use of the browser (this Node project has no DOM types). */
interface Dom {
  getComputedStyle(element: unknown): { direction: string };
  document: {
    querySelector(s: string): DomNode | null;
    createTreeWalker(root: DomNode, what: number): { nextNode(): DomNode | null };
    createRange(): { setStart(n: DomNode, o: number): void; setEnd(n: DomNode, o: number): void };
  };
  getSelection(): { removeAllRanges(): void; addRange(r: unknown): void } | null;
}
interface DomNode {
  textContent: string | null;
}

let store: TestDatabase;
let db: Database;
let fed: Federation;
let base: string;
let context: BrowserContext;
let userDataDir: string;
const keys = { curator: "", reader: "" };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: the workbench test drives a real browser. Install Debian's chromium or set CHROMIUM_PATH.`);
  }
  ensureWebBuilt();
  store = await freshSeededDatabase("workbench");
  db = createDb(store.url);
  const apiKeys = new ApiKeys(db);
  keys.curator = (await apiKeys.createKey({ name: "Workbench test curator", role: "curator", createdBy: "test" })).key;
  keys.reader = (await apiKeys.createKey({ name: "Workbench test reader", role: "reader", createdBy: "test" })).key;
  fed = await startFederation(db, { gateway: { db } });
  base = fed.gatewayUrl.replace(/\/graphql$/, "");
  userDataDir = mkdtempSync(join(tmpdir(), "atlas-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 }, locale: "en-GB" });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await fed?.stop();
  await db?.close();
  await store?.drop();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function openWorkbench(key: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${base}/?workbench=${DOC}`);
  await page.getByLabel("Curator API key").fill(key);
  await page.getByRole("button", { name: "Use key" }).click();
  return { page, problems };
}

/** Selects [start, end) of the workbench text as a mouse would, through the DOM's Selection. */
async function selectOffsets(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([s, e]) => {
      const g = globalThis as unknown as Dom;
      const root = g.document.querySelector(".workbench-text")!;
      const walker = g.document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      const range = g.document.createRange();
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (s >= seen && s <= seen + len) range.setStart(n, s - seen);
        if (e >= seen && e <= seen + len) {
          range.setEnd(n, e - seen);
          break;
        }
        seen += len;
      }
      const sel = g.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [start, end] as const,
  );
}

it("shows a stored article right to left with its candidates highlighted by kind, at their exact offsets", async () => {
  const { page, problems } = await openWorkbench(keys.curator);
  const text = page.locator(`.workbench-text[data-document='${DOC}']`);
  await text.waitFor({ timeout: 20_000 });
  const stored = (await db.prisma.document.findUniqueOrThrow({ where: { id: DOC } })).text!;

  // The text exactly as stored, laid out right to left.
  expect(await text.evaluate((el) => (el as DomNode).textContent)).toBe(stored);
  expect(await text.evaluate((el) => (globalThis as unknown as Dom).getComputedStyle(el).direction)).toBe("rtl");

  // Every kind is highlighted.
  for (const kind of ["amount", "percentage", "quantity", "date", "country", "person"]) {
    expect(await text.locator(`mark.cand-${kind}`).count()).toBeGreaterThan(0);
  }

  // A candidate in the list shows its offsets, and they slice the stored text to its words.
  const first = page.locator(".workbench-candidates button.cand-amount").first();
  await first.click();
  const shown = page.locator(".workbench-selection");
  const [start, end] = [Number(await shown.getAttribute("data-start")), Number(await shown.getAttribute("data-end"))];
  expect(end).toBeGreaterThan(start);
  expect(await shown.locator("q").innerText()).toBe(stored.slice(start, end));
  expect(await first.innerText()).toContain(stored.slice(start, end));

  // Hiding a kind takes its highlights away.
  await page.getByRole("checkbox", { name: "country" }).uncheck();
  expect(await text.locator("mark.cand-country").count()).toBe(0);

  // Selecting any passage gives its offsets in the stored text.
  const needle = stored.indexOf("أذربيجان");
  expect(needle).toBeGreaterThan(0);
  await selectOffsets(page, needle - 3, needle + 20);
  await page.waitForFunction(([s]) => (globalThis as unknown as Dom).document.querySelector(`.workbench-selection[data-start='${s}']`) !== null, [needle - 3] as const);
  expect(await shown.getAttribute("data-end")).toBe(String(needle + 20));
  expect(await shown.innerText()).toContain(`[${needle - 3}, ${needle + 20})`);
  expect(await shown.locator("q").innerText()).toBe(stored.slice(needle - 3, needle + 20));

  if (process.env.SCREENSHOT_PATH) await page.screenshot({ path: resolve(ROOT, process.env.SCREENSHOT_PATH), fullPage: false });
  expect(problems).toEqual([]);
  await page.close();
});

it("shows a reader's key the server's refusal", async () => {
  const { page, problems } = await openWorkbench(keys.reader);
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: 20_000 });
  expect(await alert.innerText()).toMatch(/needs the curator role; this key has the reader role \(FORBIDDEN\)/);
  expect(problems).toEqual([]);
  await page.close();
});
