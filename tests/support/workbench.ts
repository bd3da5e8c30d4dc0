/**
 * What the curator's workbench tests share: for the tests of one file (beforeAll/afterAll), the
 * web explorer's build, the whole federation over a fresh seeded store with the API keys they
 * ask for, and Debian's Chromium (fails, does not skip, when it is missing); a page opened on
 * the workbench with a key; a passage of its text selected as a mouse would.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { Database } from "@atlas/db";
import type { Role } from "@atlas/runtime";
import type { Federation } from "./federation";
import { startFreshFederation, type FreshFederation } from "./fresh-federation";
import { CHROMIUM, CHROMIUM_FLAGS, ensureWebBuilt } from "./web";

export interface Workbench<K extends string> {
  readonly db: Database;
  readonly fed: Federation;
  /** The gateway's origin, which serves the explorer. */
  readonly base: string;
  readonly context: BrowserContext;
  /** Each key's secret, by the name the test gave it. */
  readonly keys: Record<K, string>;
  /**
   * A new page on the workbench, of `documentId` or (without it) at its start, with `key`
   * entered; `problems` collects the page's uncaught errors.
   */
  open(key: string, documentId?: string): Promise<{ page: Page; problems: string[] }>;
}

/** `label` names the database (no hyphens: PostgreSQL); `keys` the API keys to issue. */
export function useWorkbench<K extends string>(label: string, keys: Record<K, { name: string; role: Role }>): Workbench<K> {
  let running: FreshFederation<K> | undefined;
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}: the workbench test drives a real browser. Install Debian's chromium or set CHROMIUM_PATH.`);
    }
    ensureWebBuilt();
    running = await startFreshFederation(label, keys);
    userDataDir = mkdtempSync(join(tmpdir(), "atlas-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await running?.stop();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  const get = (): { running: FreshFederation<K>; context: BrowserContext } => {
    if (!running || !context) throw new Error("useWorkbench: the federation and the browser start in beforeAll");
    return { running, context };
  };
  const base = (): string => get().running.fed.gatewayUrl.replace(/\/graphql$/, "");
  return {
    get db() {
      return get().running.db;
    },
    get fed() {
      return get().running.fed;
    },
    get base() {
      return base();
    },
    get context() {
      return get().context;
    },
    get keys() {
      return get().running.keys;
    },
    async open(key, documentId) {
      const page = await get().context.newPage();
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      await page.goto(documentId === undefined ? `${base()}/?workbench` : `${base()}/?workbench=${documentId}`);
      await page.getByLabel("Curator API key").fill(key);
      await page.getByRole("button", { name: "Use key" }).click();
      return { page, problems };
    },
  };
}

/** What selectOffsets uses of the browser (this Node project has no DOM types). */
interface SelectionDom {
  document: {
    querySelector(s: string): TextNode | null;
    createTreeWalker(root: TextNode, what: number): { nextNode(): TextNode | null };
    createRange(): { setStart(n: TextNode, o: number): void; setEnd(n: TextNode, o: number): void };
  };
  getSelection(): { removeAllRanges(): void; addRange(r: unknown): void } | null;
}
interface TextNode {
  textContent: string | null;
}

/** Selects [start, end) of the workbench text as a mouse would, through the DOM's Selection. */
export async function selectOffsets(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(
    ([s, e]) => {
      const g = globalThis as unknown as SelectionDom;
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
