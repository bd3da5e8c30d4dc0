/**
 * The curator's workbench, end to end in a real browser (Debian's Chromium, playwright-core)
 * against the gateway over every subgraph, on a fresh seeded store (issue 16's acceptance):
 * a curator pastes a new article, records two facts from candidates (keyboard and mouse),
 * one from a hand selection and an event from a date, sees the server's refusals (no date,
 * a span past the text, a figure the span lacks) inline, retracts a fact after a version
 * conflict, and an anonymous reader then finds the facts, with their citations, in the
 * public explorer. The layout holds at laptop and tablet widths.
 *
 * The article is a passage written for this test (not article prose from the corpus): it
 * states a date, an amount, a percentage and two countries of the seed (AZ, KZ).
 * WORKBENCH_SCREENSHOTS=1 rewrites docs/workbench-laptop.png, -tablet.png and -form.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./support/web";
import { selectOffsets, useWorkbench } from "./support/workbench";

/** Our own test passage (not from the corpus): a date, an amount, a percentage, Azerbaijan and Kazakhstan. */
const ARTICLE =
  "باكو – أعلنت أذربيجان وكازاخستان في 12 آذار/ مارس 2026 إنشاء صندوق استثمار مشترك برأس مال 300 مليون دولار.\n" +
  "وقال مسؤولون في البلدين إن التبادل التجاري بينهما ارتفع بنسبة 14% خلال العام الماضي، وإن اللجنة الحكومية المشتركة ستجتمع في الخريف.";
const TITLE = "Workbench test passage: a joint fund";
const SHOTS = process.env.WORKBENCH_SCREENSHOTS === "1";

/** What the page functions below use of the browser (this Node project has no DOM types). */
interface Dom {
  document: {
    querySelector(s: string): DomNode | null;
    activeElement: DomNode | null;
    documentElement: { scrollWidth: number };
  };
  innerWidth: number;
}
interface DomNode {
  textContent: string | null;
  getAttribute(name: string): string | null;
}

const wb = useWorkbench("workbench_flow", { curator: { name: "Workbench flow curator", role: "curator" } });

/** A GraphQL call with the curator's key, outside the page (another curator's write). */
async function asCurator<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(wb.fed.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${wb.keys.curator}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data!;
}

/** Fails when the page scrolls sideways at its current width. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => {
    const g = globalThis as unknown as Dom;
    return { scrollWidth: g.document.documentElement.scrollWidth, innerWidth: g.innerWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

const form = (page: Page) => page.locator("form.wb-form");
const fieldIn = (page: Page, label: string) => form(page).getByLabel(label, { exact: true });

it("records facts from candidates and a selection, shows refusals and conflicts inline, and the explorer shows the facts with their citations", async () => {
  // Paste a new article; it opens in the workbench.
  const { page, problems } = await wb.open(wb.keys.curator);
  await page.getByRole("button", { name: "Paste a new article" }).click();
  await page.getByLabel("Title (English)").fill(TITLE);
  await page.getByLabel("Publisher").fill("Workbench test");
  await page.getByLabel("Text, exactly as published").fill(ARTICLE);
  // Without a date and without saying why, the server refuses; its reason shows at that field.
  await page.getByRole("button", { name: "Add and open" }).click();
  await page.locator(".wb-paste .wb-field-error").filter({ hasText: "input.publishedOnNote: say why there is no publication date" }).waitFor({ timeout: 30_000 });
  await page.getByLabel("Published on").fill("2026-03-15");
  await page.getByRole("button", { name: "Add and open" }).click();
  const text = page.locator(".workbench-text[data-document^='doc-']");
  // Adding the document and finding its candidates (five subgraphs asked): slow on a loaded machine.
  await text.waitFor({ timeout: 60_000 }).catch(async (e: Error) => {
    throw new Error(`${e.message}\nThe workbench showed: ${await page.locator(".workbench").innerText()}`);
  });
  const docId = (await text.getAttribute("data-document"))!;
  const stored = await wb.db.prisma.document.findUniqueOrThrow({ where: { id: docId } });
  expect(stored.text).toBe(ARTICLE);
  expect(stored.titleEn).toBe(TITLE);
  expect(await text.evaluate((el) => (el as DomNode).textContent)).toBe(ARTICLE);
  expect(new URL(page.url()).searchParams.get("workbench")).toBe(docId);
  await page.getByText("No fact cites this document yet.").waitFor();

  // Highlights are focusable buttons named by kind and value.
  const amount = text.locator("mark.cand-amount").first();
  const percentage = text.locator("mark.cand-percentage").first();
  expect(await amount.getAttribute("role")).toBe("button");
  expect(await amount.getAttribute("tabindex")).toBe("0");
  expect(await amount.getAttribute("aria-label")).toBe("amount: 300,000,000 USD");
  expect(await percentage.getAttribute("aria-label")).toMatch(/^percentage: 14%/);

  // Enter on a focused highlight opens its form; Esc closes it and focus returns to the highlight.
  await percentage.focus();
  await page.keyboard.press("Enter");
  await form(page).waitFor();
  expect(await form(page).getAttribute("data-kind")).toBe("indicator");
  await page.keyboard.press("Escape");
  await form(page).waitFor({ state: "detached" });
  await page.waitForFunction(() => (globalThis as unknown as Dom).document.activeElement?.getAttribute("data-candidate")?.includes(":percentage:") ?? false);

  // Candidate 1 (keyboard): the amount, prefilled as an indicator with its citation.
  await amount.focus();
  await page.keyboard.press("Enter");
  await form(page).waitFor();
  const amountStart = ARTICLE.indexOf("300 مليون دولار");
  expect(await fieldIn(page, "Value (base units)").inputValue()).toBe("300000000");
  expect(await fieldIn(page, "Unit").inputValue()).toBe("USD");
  expect(await fieldIn(page, "Countries (codes)").inputValue()).toBe("AZ, KZ");
  expect(await fieldIn(page, "Figures, as written").inputValue()).toBe("300");
  expect(await fieldIn(page, "Document").inputValue()).toBe(docId);
  expect(Number(await fieldIn(page, "Start").inputValue())).toBe(amountStart);
  const amountEnd = Number(await fieldIn(page, "End (exclusive)").inputValue());
  expect(await form(page).locator(".wb-quote-text").innerText()).toBe(ARTICLE.slice(amountStart, amountEnd));
  await fieldIn(page, "Metric").fill("INVESTMENT_FUND_CAPITAL");
  await fieldIn(page, "Label (English)").fill("Capital of the Azerbaijan–Kazakhstan joint investment fund");
  await fieldIn(page, "Claim (your own English words)").fill("The joint fund is set up with $300 million of capital");
  await form(page).getByRole("button", { name: "Record indicator" }).click();
  await page.getByRole("status").filter({ hasText: /Recorded indicator / }).waitFor({ timeout: 30_000 });
  const fundId = /Recorded indicator (\S+)\./.exec(await page.locator(".wb-status-line").innerText())![1]!;
  await page.locator(`.wb-fact[data-fact='indicator:${fundId}'][data-status='visible']`).waitFor({ timeout: 30_000 });

  // Candidate 2 (mouse): the percentage.
  await percentage.click();
  await form(page).waitFor();
  expect(await fieldIn(page, "Value (base units)").inputValue()).toBe("14");
  expect(await fieldIn(page, "Unit").inputValue()).toBe("PERCENT");
  await fieldIn(page, "Metric").fill("TRADE_TURNOVER_GROWTH");
  await fieldIn(page, "Label (English)").fill("Growth of Azerbaijan–Kazakhstan trade over the previous year");
  await fieldIn(page, "Claim (your own English words)").fill("Officials say trade between the two grew 14% last year");
  await form(page).getByRole("button", { name: "Record indicator" }).click();
  await page.getByRole("status").filter({ hasText: /Recorded indicator / }).filter({ hasNotText: fundId }).waitFor({ timeout: 30_000 });
  const growthId = /Recorded indicator (\S+)\./.exec(await page.locator(".wb-status-line").innerText())![1]!;
  expect(growthId).not.toBe(fundId);

  // A hand selection: the date and what was set up, recorded as an agreement (the kind switcher).
  const selStart = ARTICLE.indexOf("في 12 آذار");
  const selEnd = ARTICLE.indexOf(" برأس مال");
  await selectOffsets(page, selStart, selEnd);
  await page.locator(`.workbench-selection[data-start='${selStart}'][data-end='${selEnd}']`).waitFor();
  await page.getByRole("button", { name: "Record a fact from the selection" }).click();
  await form(page).waitFor();
  expect(await form(page).getAttribute("data-kind")).toBe("event"); // a date suggests an event
  await fieldIn(page, "Kind of fact").selectOption("agreement");
  expect(await fieldIn(page, "Date (optional)").inputValue()).toBe("2026-03-12");
  expect(await fieldIn(page, "Figures, as written").inputValue()).toBe("12, 2026");
  expect(await fieldIn(page, "Parties (codes)").inputValue()).toBe("AZ, KZ");
  await fieldIn(page, "Agreement kind").selectOption("FUND");
  await fieldIn(page, "Status").selectOption("ESTABLISHED");
  await fieldIn(page, "Title (English)").fill("Azerbaijan–Kazakhstan joint investment fund");
  await fieldIn(page, "Claim (your own English words)").fill("Both countries announce a joint investment fund on 12 March 2026");

  // A bad span: the end moved past the text. The server's refusal shows at the end field.
  await fieldIn(page, "End (exclusive)").fill(String(ARTICLE.length + 40));
  expect(await form(page).locator(".wb-quote-text").innerText()).toContain(`(not a span of this text: it has ${ARTICLE.length} characters)`);
  await form(page).getByRole("button", { name: "Record agreement" }).click();
  const refusal = form(page).locator(".wb-field[data-field='end'] .wb-field-error");
  await refusal.waitFor({ timeout: 30_000 });
  // The citation is the agreement's source and its date claim's source: the server names both.
  const said = await refusal.innerText();
  expect(said).toContain(`input.signedOn[0].source: span ${selStart}-${ARTICLE.length + 40} runs past the end of the text (${ARTICLE.length})`);
  expect(said).toContain(`input.sources[0]: span ${selStart}-${ARTICLE.length + 40} runs past the end of the text (${ARTICLE.length})`);
  expect(said).toMatch(/\(BAD_USER_INPUT\)$/);
  expect(await fieldIn(page, "End (exclusive)").getAttribute("aria-invalid")).toBe("true");
  expect(await wb.db.prisma.agreement.count({ where: { sources: { some: { documentId: docId } } } })).toBe(0);
  if (SHOTS) await form(page).screenshot({ path: join(ROOT, "docs/workbench-form.png") });

  // A figure the span does not hold: refused too, in the server's words.
  await fieldIn(page, "End (exclusive)").fill(String(selEnd));
  await fieldIn(page, "Figures, as written").fill("12, 2026, 300");
  await form(page).getByRole("button", { name: "Record agreement" }).click();
  await page.waitForFunction(() => /figure "300" is not in span/.test((globalThis as unknown as Dom).document.querySelector(".wb-field-error")?.textContent ?? ""));

  // Corrected, it is recorded.
  await fieldIn(page, "Figures, as written").fill("12, 2026");
  await form(page).getByRole("button", { name: "Record agreement" }).click();
  await page.getByRole("status").filter({ hasText: /Recorded agreement / }).waitFor({ timeout: 30_000 });
  const agreementId = /Recorded agreement (\S+)\./.exec(await page.locator(".wb-status-line").innerText())![1]!;
  // Focus went back to the button the form was opened from.
  await page.waitForFunction(() => (globalThis as unknown as Dom).document.activeElement?.textContent === "Record a fact from the selection");

  // A date candidate suggests an event with its date claim.
  await text.locator("mark.cand-date").first().click();
  await form(page).waitFor();
  expect(await form(page).getAttribute("data-kind")).toBe("event");
  expect(await fieldIn(page, "Date (optional)").inputValue()).toBe("2026-03-12");
  expect(await fieldIn(page, "Date basis").inputValue()).toBe("STATED");
  expect(await fieldIn(page, "Figures, as written").inputValue()).toBe("12, 2026");
  await fieldIn(page, "Event kind").selectOption("SIGNING");
  await fieldIn(page, "Title (English)").fill("Announcement of the Azerbaijan–Kazakhstan joint fund");
  await fieldIn(page, "Claim (your own English words)").fill("The fund was announced on 12 March 2026");
  await form(page).getByRole("button", { name: "Record event" }).click();
  await page.getByRole("status").filter({ hasText: /Recorded event / }).waitFor({ timeout: 30_000 });
  const eventId = /Recorded event (\S+)\./.exec(await page.locator(".wb-status-line").innerText())![1]!;

  // The margin lists the four facts, visible.
  const margin = page.locator(".wb-recorded");
  for (const f of [`indicator:${fundId}`, `indicator:${growthId}`, `agreement:${agreementId}`, `event:${eventId}`]) {
    await margin.locator(`.wb-fact[data-fact='${f}'][data-status='visible']`).waitFor({ timeout: 30_000 });
  }
  const rows = await wb.db.prisma.agreement.findUniqueOrThrow({ where: { id: agreementId }, include: { sources: true } });
  expect(rows.sources.map((s) => [s.documentId, s.start, s.end])).toEqual([[docId, selStart, selEnd]]);

  // Laptop and tablet widths: no sideways scrolling, with the form open too.
  await expectNoSidewaysScroll(page);
  if (SHOTS) {
    await page.locator(".workbench").evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
    await page.screenshot({ path: join(ROOT, "docs/workbench-laptop.png") });
  }
  for (const width of [1024, 768]) {
    await page.setViewportSize({ width, height: 1024 });
    await expectNoSidewaysScroll(page);
    await amount.click();
    await form(page).waitFor();
    await expectNoSidewaysScroll(page);
    const box = (await fieldIn(page, "Claim (your own English words)").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    if (SHOTS && width === 768) {
      await page.locator(".workbench-body").evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
      await page.screenshot({ path: join(ROOT, "docs/workbench-tablet.png") });
    }
    await page.keyboard.press("Escape");
    await form(page).waitFor({ state: "detached" });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // The public explorer, anonymous: the three facts between Azerbaijan and Kazakhstan, with their citations.
  const reader = await wb.context.newPage();
  reader.on("pageerror", (e) => problems.push(e.message));
  await reader.goto(`${wb.base}/?pair=AZ-KZ`);
  const fund = reader.locator(`#indicator-${fundId}`);
  await fund.waitFor({ timeout: 30_000 });
  expect(await fund.innerText()).toContain("300 million USD");
  expect(await fund.innerText()).toContain("The joint fund is set up with $300 million of capital");
  await fund.getByRole("link", { name: `${docId} [${amountStart}, ${amountEnd})` }).waitFor();
  const growth = reader.locator(`#indicator-${growthId}`);
  expect(await growth.innerText()).toContain("14%");
  const growthSpan = await wb.db.prisma.indicatorSource.findFirstOrThrow({ where: { ownerId: growthId } });
  await growth.getByRole("link", { name: `${docId} [${growthSpan.start}, ${growthSpan.end})` }).waitFor();
  const fundItem = reader.locator(".tl-item").filter({ hasText: "Azerbaijan–Kazakhstan joint investment fund" });
  await fundItem.locator("summary").click();
  await fundItem.getByRole("link", { name: `${docId} [${selStart}, ${selEnd})` }).waitFor();
  const eventItem = reader.locator(".tl-item").filter({ hasText: "Announcement of the Azerbaijan–Kazakhstan joint fund" });
  expect(await eventItem.locator(".tl-when").innerText()).toContain("2026");
  await eventItem.locator("summary").click();
  const dateCandidate = await text.locator("mark.cand-date").first().getAttribute("data-candidate");
  const [dateStart, dateEnd] = /:(\d+)-(\d+)$/.exec(dateCandidate!)!.slice(1).map(Number);
  await eventItem.getByRole("link", { name: `${docId} [${dateStart}, ${dateEnd})` }).waitFor();
  expect(await reader.locator(`#doc-${docId}`).innerText()).toContain(TITLE);

  // Retracting after another curator's change: CONFLICT, the current record shown, then retracted.
  const growthNow = await asCurator<{ indicator: { version: number } }>("query($id: ID!){ indicator(id: $id){ version } }", { id: growthId });
  await asCurator("mutation($id: ID!, $v: Int!, $s: [CitationInput!]!){ updateIndicator(id: $id, version: $v, patch: { label: \"Growth of trade between Azerbaijan and Kazakhstan\" }, sources: $s){ version } }", {
    id: growthId,
    v: growthNow.indicator.version,
    s: [{ document: docId, start: ARTICLE.indexOf("وقال"), end: ARTICLE.indexOf("، وإن اللجنة"), claim: "Officials of both countries say their trade grew 14% in the year before", figures: ["14"] }],
  });
  const item = margin.locator(`.wb-fact[data-fact='indicator:${growthId}']`);
  // Esc closes the reason form and puts focus back on its button.
  await item.getByRole("button", { name: `Retract indicator ${growthId}` }).click();
  await item.getByLabel("Reason for retracting").waitFor();
  await page.keyboard.press("Escape");
  await page.waitForFunction((id) => (globalThis as unknown as Dom).document.activeElement?.getAttribute("aria-label") === `Retract indicator ${id}`, growthId);
  await item.getByRole("button", { name: `Retract indicator ${growthId}` }).click();
  await item.getByLabel("Reason for retracting").fill("The passage is an official's estimate, not a measured figure");
  await item.getByRole("button", { name: "Retract indicator", exact: true }).click();
  const conflict = item.getByRole("alert");
  await conflict.waitFor({ timeout: 30_000 });
  expect(await conflict.innerText()).toMatch(/is at version \d+, not \d+: another write came first.*\(CONFLICT\)/s);
  expect(await conflict.innerText()).toContain("Growth of trade between Azerbaijan and Kazakhstan");
  // The reason is kept; sending again retracts the record as it is now.
  await item.getByRole("button", { name: "Retract indicator", exact: true }).click();
  await margin.locator(`.wb-fact[data-fact='indicator:${growthId}'][data-status='retracted']`).waitFor({ timeout: 30_000 });
  expect(await margin.locator(`.wb-fact[data-fact='indicator:${growthId}']`).innerText()).toContain("The passage is an official's estimate");

  // The explorer leaves the retracted fact out and keeps the others. (A reader's browser may
  // keep the public answer for its max-age, 60 s, by design: this reader asks afresh.)
  const cdp = await wb.context.newCDPSession(reader);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await reader.reload();
  await fund.waitFor({ timeout: 30_000 });
  expect(await reader.locator(`#indicator-${growthId}`).count()).toBe(0);

  expect(problems).toEqual([]);
  await reader.close();
  await page.close();
}, 240_000);
