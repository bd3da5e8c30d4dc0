/**
 * The extractor against the curated corpus (the five seed articles): recall targets per
 * kind, spans that are the text's own, every sampled candidate labelled by hand with the
 * precision target met, and REPORT.md current. Needs the articles (SOURCES_DIR, default
 * ../shared/sources beside the repository), like the seeds' span tests.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PRECISION_TARGET, renderReport, TARGETS } from "../report";
import { labelKey, precisionSample, valueSummary } from "../report/corpus";
import { readArticle, sourcesDir } from "../report/gold";
import { labels } from "../report/labels";

if (!existsSync(join(sourcesDir(), "000_9881232623497d4d.txt"))) {
  throw new Error(`The source articles are needed: set SOURCES_DIR to the folder holding 000_9881232623497d4d.txt … (looked in ${sourcesDir()}).`);
}

const { markdown, run, sample } = renderReport();

test.each(Object.entries(TARGETS))("recall for %s meets its target (%d)", (kind, target) => {
  const items = run.gold.filter((g) => g.kind === kind);
  expect(items.length).toBeGreaterThan(0);
  const missed = items.filter((g) => !g.found).map((g) => `${g.document} ${g.label} ${JSON.stringify(g.value)}`);
  expect({ recall: (items.length - missed.length) / items.length >= target, missed }).toEqual({ recall: true, missed: expect.any(Array) });
});

test("every candidate's text is its span of the article", () => {
  for (const d of run.documents) {
    const text = readArticle(d.id);
    for (const c of d.candidates) expect(text.slice(c.start, c.end)).toBe(c.text);
  }
});

test("every sampled candidate carries a current hand label, and precision meets its target", () => {
  const unlabelled = precisionSample(run)
    .filter(({ document, candidate }) => !labels.some((l) => l.key === labelKey(document, candidate) && l.value === valueSummary(candidate)))
    .map(({ document, candidate }) => `${labelKey(document, candidate)} ${valueSummary(candidate)} ${candidate.text}`);
  expect(unlabelled).toEqual([]); // label them in src/report/labels.ts
  expect(sample.correct / sample.labelled).toBeGreaterThanOrEqual(PRECISION_TARGET);
  expect(sample.numericCorrect / sample.numericLabelled).toBeGreaterThanOrEqual(PRECISION_TARGET);
});

test("REPORT.md is the report of the code as it is (npx tsx packages/candidates/src/report.ts)", () => {
  expect(readFileSync(join(__dirname, "..", "..", "REPORT.md"), "utf8")).toBe(markdown);
});
