/**
 * The curator's workbench in a real browser (Debian's Chromium, playwright-core) against
 * the gateway over every subgraph, on a fresh seeded store (the test issues API keys): a
 * curator opens a stored article and sees its text right to left with the candidates
 * highlighted by kind; the highlights slice the stored text exactly; selecting a passage
 * shows its offsets; a reader's key is refused with the server's reason. Fails (does not
 * skip) when Chromium is missing.
 */
import { resolve } from "node:path";
import { ROOT } from "./support/web";
import { selectOffsets, useWorkbench } from "./support/workbench";

/** Dated 2024-11-03: every kind of candidate, relative dates resolved. */
const DOC = "001_dd8f3a1850d5fa0b";

/** What the page functions below use of the browser (this Node project has no DOM types). */
interface Dom {
  getComputedStyle(element: unknown): { direction: string };
  document: {
    querySelector(s: string): DomNode | null;
  };
}
interface DomNode {
  textContent: string | null;
}

const wb = useWorkbench("workbench", {
  curator: { name: "Workbench test curator", role: "curator" },
  reader: { name: "Workbench test reader", role: "reader" },
});

it("shows a stored article right to left with its candidates highlighted by kind, at their exact offsets", async () => {
  const { page, problems } = await wb.open(wb.keys.curator, DOC);
  const text = page.locator(`.workbench-text[data-document='${DOC}']`);
  await text.waitFor({ timeout: 20_000 });
  const stored = (await wb.db.prisma.document.findUniqueOrThrow({ where: { id: DOC } })).text!;

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
  const { page, problems } = await wb.open(wb.keys.reader, DOC);
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: 20_000 });
  expect(await alert.innerText()).toMatch(/needs the curator role; this key has the reader role \(FORBIDDEN\)/);
  expect(problems).toEqual([]);
  await page.close();
});
