/**
 * Writes packages/candidates/REPORT.md: recall against the curated corpus per kind and per
 * article, precision on the hand-labelled sample, and the held-out passages.
 *   npx tsx packages/candidates/src/report.ts
 * Needs the source articles (SOURCES_DIR, default ../shared/sources beside the repository).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { labelKey, precisionSample, runCorpus, SAMPLE_SEED, SAMPLE_SIZE, valueSummary, type CorpusRun } from "./report/corpus";
import { heldOutBatch2, heldOutPassages } from "./__tests__/held-out.fixtures";
import { scoreHeldOut, type HeldOutResult } from "./report/heldout";
import { labels, type Label } from "./report/labels";
import type { GoldItem } from "./report/gold";
import { CANDIDATE_KINDS, type Candidate } from "./types";

export const TARGETS: Record<string, number> = { amount: 0.95, percentage: 0.95, date: 0.95, country: 0.98 };
export const PRECISION_TARGET = 0.9;

/** What the held-out batches scored on their first run (before any fix they prompted); see held-out.fixtures.ts. */
const FIRST_RUNS = [
  {
    batch: 1,
    expected: 117,
    found: 113,
    candidates: 118,
    wrong: 5,
    note:
      "Written before the extractor, by its author. As first written the fixture had three expected texts whose first occurrence sat inside a longer word (\"السعودي\" in \"السعودية\") and did not say that a level (\"إلى 35.7%\") has no direction; with the fixture corrected (no code change) the first run found 113 of 117. All four misses came from one bug: the skeleton folds ى to ي, so the literal \"إلى\"/\"حتى\" in the word lists never matched (day ranges \"من 3 إلى 7\", month ranges, \"ما يصل إلى\", the level rule). Fixed by folding the lists.",
  },
  {
    batch: 2,
    expected: 64,
    found: 59,
    candidates: 64,
    wrong: 5,
    note:
      "Written after the extractor worked, run once before any change (fixture corrected for two substring positions, no code change). Misses: compound numbers (\"7 مليارات و800 مليون\", \"مليون ومئتي ألف\"), \"تجاوزت\" as a qualifier, a causative verb (\"رفع … بنسبة 25٪\") and a coordinated percentage (\"و2.9 في المئة\") without direction, and an ordinal day (\"الأول من يناير\"). Each was fixed as a general rule.",
  },
];

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : "–");
const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const shortDoc = (id: string): string => id.slice(0, 3);

/** The gold kind a row is counted under: stated date claims apart from date figures, both under "date". */
const row = (g: GoldItem): string => (g.source === "stated date" ? "date (stated date claims)" : g.kind === "date" ? "date (figures)" : g.kind);

function recallSection(run: CorpusRun): string[] {
  const gold = run.gold;
  const kinds = ["amount", "percentage", "date", "date (figures)", "date (stated date claims)", "quantity", "country", "person"];
  const count = (k: string, doc?: string): [number, number] => {
    const items = gold.filter((g) => (k === "date" ? g.kind === "date" : row(g) === k) && (!doc || g.document === doc));
    return [items.filter((g) => g.found).length, items.length];
  };
  const out = ["## Recall against the curated corpus", "", "| kind | gold items | found | recall | target |", "|---|---:|---:|---:|---:|"];
  for (const k of kinds) {
    const [f, n] = count(k);
    const target = TARGETS[k];
    out.push(`| ${k} | ${n} | ${f} | ${pct(f, n)} | ${target ? `≥ ${target * 100} % ${f / n >= target ? "✓" : "✗"}` : "–"} |`);
  }
  const other = gold.filter((g) => g.kind === "other");
  out.push("", `Not scored: ${other.length} figures of kind "other" (listed below).`, "");
  out.push("### Per article (found / gold)", "", `| article | ${kinds.join(" | ")} |`, `|---|${kinds.map(() => "---:").join("|")}|`);
  for (const d of run.documents) out.push(`| ${d.id} | ${kinds.map((k) => count(k, d.id)).map(([f, n]) => (n ? `${f}/${n}` : "–")).join(" | ")} |`);
  out.push("", "### Gold items not found", "");
  const missed = gold.filter((g) => !g.found && g.kind !== "other");
  if (!missed.length) out.push("None.");
  for (const g of missed) out.push(`- ${g.document} [${g.spans.map(([a, b]) => `${a}-${b}`).join(", ")}] ${g.kind} \`${g.label}\` ${JSON.stringify(g.value)} — from ${g.why}.${MISS_NOTES[`${g.document}:${g.label}`] ? ` ${MISS_NOTES[`${g.document}:${g.label}`]}` : ""}`);
  out.push("", "### Figures not scored (kind \"other\")", "");
  for (const g of other) out.push(`- ${g.document} \`${g.label}\` — ${g.why}`);
  return out;
}

/** Why a gold item is missed, where the reason is known. */
const MISS_NOTES: Record<string, string> = {
  "002_76e874a06d3d543b:الهند":
    "The occurrence is \"الهندي\" in \"حوض المحيط الهندي\" (the Indian Ocean): the gold rule (a spelling at a word start, inflection allowed) counts it; the extractor deliberately does not (\"المحيط الهندي\" names an ocean). Kept as gold rather than edited away.",
  "004_f8b4bf4ff7f5eac6:العشرين":
    "\"العشرينذ الذكرى السنوية\" (a garbled \"twentieth anniversary\"): an ordinal, which the library does not read as a quantity.",
};

function labelFor(document: string, c: Candidate): Label | "stale" | undefined {
  const l = labels.find((x) => x.key === labelKey(document, c));
  if (!l) return undefined;
  return l.value === valueSummary(c) ? l : "stale";
}

interface PrecisionFigures {
  correct: number;
  labelled: number;
  total: number;
  numericCorrect: number;
  numericLabelled: number;
}

function precisionSection(run: CorpusRun): { lines: string[]; sample: PrecisionFigures } {
  const sample = precisionSample(run);
  const judged = sample.map((s) => ({ ...s, label: labelFor(s.document, s.candidate) }));
  const ok = judged.filter((j) => typeof j.label === "object" && j.label.correct).length;
  const labelled = judged.filter((j) => typeof j.label === "object").length;
  const out = [
    "## Precision on a hand-labelled sample",
    "",
    `${SAMPLE_SIZE} candidates drawn from all ${run.documents.reduce((n, d) => n + d.candidates.length, 0)} candidates of the five articles (the ${SAMPLE_SIZE} whose keys rank lowest under a hash seeded with ${SAMPLE_SEED}: uniform, and stable when the extractor changes; report/corpus.ts), each labelled by reading it in its sentence (report/labels.ts). A candidate counts as correct only when its kind, span and every normalised field (value, currency, qualifier, direction, unit, date and basis) are right.`,
    "",
    `**Precision: ${ok} / ${labelled} = ${pct(ok, labelled)}** (target ≥ ${PRECISION_TARGET * 100} %)${labelled < sample.length ? `; ${sample.length - labelled} unlabelled or stale` : ""}.`,
    "",
  ];
  const byKind = CANDIDATE_KINDS.map((k) => {
    const js = judged.filter((j) => j.candidate.kind === k && typeof j.label === "object");
    return `${k} ${js.filter((j) => (j.label as Label).correct).length}/${js.length}`;
  });
  out.push(
    `By kind: ${byKind.join(", ")}. (A first draw, by a seeded shuffle of the whole list, held 99 correct of 100, the wrong one being the URL amount below; it was replaced by this stable draw because any change to the extractor reshuffled it. Its labels stay in labels.ts.)`,
    "",
  );
  // every number and date candidate, labelled too: the sample holds few of them
  const numeric = run.documents.flatMap((d) => d.candidates.filter((c) => c.kind !== "country" && c.kind !== "person").map((candidate) => ({ document: d.id, candidate, label: labelFor(d.id, candidate) })));
  const nOk = numeric.filter((j) => typeof j.label === "object" && j.label.correct).length;
  const nLab = numeric.filter((j) => typeof j.label === "object").length;
  out.push(
    `Every amount, percentage, quantity and date candidate of the five articles is labelled as well (the uniform sample holds only ${judged.filter((j) => !["country", "person"].includes(j.candidate.kind)).length} of them): **${nOk} / ${nLab} = ${pct(nOk, nLab)}**${nLab < numeric.length ? `; ${numeric.length - nLab} unlabelled or stale` : ""}. Wrong ones:`,
    "",
  );
  for (const j of numeric.filter((x) => typeof x.label !== "object" || !x.label.correct)) {
    out.push(`- ${j.document} ${j.candidate.start}-${j.candidate.end} ${j.candidate.kind} \`${j.candidate.text}\` (${valueSummary(j.candidate)}): ${typeof j.label === "object" ? j.label.reason : j.label ?? "unlabelled"}`);
  }
  out.push("", "### The sample", "", "| # | article | span | kind | text | value | label | reason |", "|---:|---|---|---|---|---|---|---|");
  judged.forEach((j, i) => {
    const c = j.candidate;
    const label = typeof j.label === "object" ? (j.label.correct ? "correct" : "**wrong**") : (j.label ?? "unlabelled");
    out.push(`| ${i + 1} | ${shortDoc(j.document)} | ${c.start}-${c.end} | ${c.kind} | ${esc(c.text)} | ${esc(valueSummary(c))} | ${label} | ${esc(typeof j.label === "object" ? j.label.reason : "")} |`);
  });
  return { lines: out, sample: { correct: ok, labelled, total: sample.length, numericCorrect: nOk, numericLabelled: nLab } };
}

function heldOutSection(): string[] {
  const out = [
    "## Held-out passages",
    "",
    "Arabic written for the tests (src/__tests__/held-out.fixtures.ts), in styles the articles do not use: Gulf, Egyptian, Levantine and Maghreb month names (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت، يوليوز، غشت، شتنبر، دجنبر…), Arabic-Indic digits with ٫ and ٬, decimal commas, number words with dual and plural scales, riyal, dinar, dirham, tenge, som, manat, pound, and ten extra countries given to the lexicon builder. No article prose. An expected item is found when a candidate of its kind overlaps its text with the expected values; every other candidate counts against precision.",
    "",
    "| batch | expected | found | recall | candidates | matching | precision | exact spans |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const batches: Array<[1 | 2, HeldOutResult[]]> = [
    [1, scoreHeldOut(1)],
    [2, scoreHeldOut(2)],
  ];
  for (const [b, rs] of batches) {
    const exp = rs.reduce((n, r) => n + r.found.length, 0);
    const found = rs.reduce((n, r) => n + r.found.filter((f) => f.candidate).length, 0);
    const exact = rs.reduce((n, r) => n + r.found.filter((f) => f.exactSpan).length, 0);
    const cands = rs.reduce((n, r) => n + r.candidates.length, 0);
    const extra = rs.reduce((n, r) => n + r.extra.length, 0);
    out.push(`| ${b} (now) | ${exp} | ${found} | ${pct(found, exp)} | ${cands} | ${cands - extra} | ${pct(cands - extra, cands)} | ${exact} |`);
    const first = FIRST_RUNS.find((f) => f.batch === b)!;
    out.push(`| ${b} (first run) | ${first.expected} | ${first.found} | ${pct(first.found, first.expected)} | ${first.candidates} | ${first.candidates - first.wrong} | ${pct(first.candidates - first.wrong, first.candidates)} | – |`);
  }
  out.push("", "\"exact spans\": the candidate's span is exactly the expected text (the rest overlap it: a span may leave out an attached \"و\" or \"ب\", or the expected text a qualifier).", "");
  for (const f of FIRST_RUNS) out.push(`- Batch ${f.batch}: ${f.note}`);
  out.push("", "| batch | passage | style | found |", "|---|---|---|---:|");
  for (const [b, rs] of batches) for (const r of rs) out.push(`| ${b} | ${r.passage.id} | ${esc(r.passage.style)} | ${r.found.filter((f) => f.candidate).length}/${r.found.length}${r.extra.length ? ` (+${r.extra.length} wrong)` : ""} |`);
  return out;
}

function linkSection(run: CorpusRun): string[] {
  const out = ["## Links to recorded facts", "", "Candidates whose span overlaps a citation of a recorded fact that states the same value (or, when the fact records no value of that kind, lists a figure the candidate holds): linkCandidates over factsFromDocument of each seed file.", "", "| kind | candidates | linked by value | linked by figure only | not linked |", "|---|---:|---:|---:|---:|"];
  for (const k of CANDIDATE_KINDS) {
    const cs = run.documents.flatMap((d) => d.candidates.filter((c) => c.kind === k));
    const byValue = cs.filter((c) => c.links?.some((l) => l.by === "value")).length;
    const byFigure = cs.filter((c) => c.links && !c.links.some((l) => l.by === "value")).length;
    out.push(`| ${k} | ${cs.length} | ${byValue} | ${byFigure} | ${cs.length - byValue - byFigure} |`);
  }
  return out;
}

const heldOutCount = (kind: string): number => [...heldOutPassages, ...heldOutBatch2].reduce((n, p) => n + p.expected.filter((e) => e.kind === kind).length, 0);

function summary(run: CorpusRun, sample: PrecisionFigures): string[] {
  const r = (k: string): string => {
    const items = run.gold.filter((g) => g.kind === k);
    const f = items.filter((g) => g.found).length;
    return `${k} ${f}/${items.length} (${pct(f, items.length)})`;
  };
  const held = ([1, 2] as const).map((b) => {
    const first = FIRST_RUNS.find((f) => f.batch === b)!;
    return `batch ${b} ${pct(first.found, first.expected)} recall / ${pct(first.candidates - first.wrong, first.candidates)} precision`;
  });
  return [
    "## Summary",
    "",
    `- Recall on the corpus: ${["amount", "percentage", "date", "country", "quantity", "person"].map(r).join("; ")}.`,
    `- Precision on the labelled sample of ${sample.total}: ${sample.correct}/${sample.labelled} (${pct(sample.correct, sample.labelled)}); on every amount, percentage, quantity and date candidate (all labelled): ${sample.numericCorrect}/${sample.numericLabelled} (${pct(sample.numericCorrect, sample.numericLabelled)}).`,
    `- Held-out passages, first run before any fix they prompted: ${held.join("; ")}. After the fixes both batches pass in full (they are unit tests now).`,
    "",
    `Reading these figures: the corpus is what the extractor was built on, so its recall and precision are in-sample; the held-out first runs are the better estimate for unseen text. The corpus holds few amounts (7) and percentages (2), so their 100 % says little on its own; the held-out batches add ${heldOutCount("amount")} amounts and ${heldOutCount("percentage")} percentages. Both batches were written by the extractor's author (batch 1 before the code, batch 2 after it), which makes them weaker evidence than text from someone else would be.`,
  ];
}

export function renderReport(): { markdown: string; run: CorpusRun; sample: PrecisionFigures } {
  const run = runCorpus();
  const precision = precisionSection(run);
  const counts = CANDIDATE_KINDS.map((k) => `${k} ${run.documents.reduce((n, d) => n + d.candidates.filter((c) => c.kind === k).length, 0)}`).join(", ");
  const markdown = [
    "# Fact candidates: extraction report",
    "",
    "Written by `npx tsx packages/candidates/src/report.ts` (issue 16). The library is `@atlas/candidates` (src/index.ts): `findCandidates(text, { publishedOn, countries, people })` and `linkCandidates(candidates, facts)`.",
    "",
    `The five seed articles give ${run.documents.reduce((n, d) => n + d.candidates.length, 0)} candidates: ${counts}. The lexicons the report runs with are the library's Atlas countries (names, aliases, adjective and demonym forms; no capitals) plus the spellings the corpus's country records list, and the corpus's people with their aliases.`,
    "",
    ...summary(run, precision.sample),
    "",
    "## How the gold items are defined",
    "",
    "Derived from seeds/data/documents/*.ts by report/gold.ts, without the extractor's code:",
    "",
    "- **Figures**: every figure a citation lists, at each place it occurs in the span. Its kind and value come from the record the citation supports: an indicator whose value is the figure times a power of a thousand (the corpus's own rule, @atlas/runtime provenance.ts) gives an amount (currency unit), a percentage (PERCENT, or the change percent, with its sign as direction) or a quantity (TONNES…, KM, PEOPLE, COUNT, DAYS, MONTHS, YEARS; a count of decades for YEARS); a year, day or decade of a date the record states (its date claims, the document's publication date) gives a date; otherwise a four-digit year or a yyyy-mm-dd string is a date and a month name a month. Four figures no record types are typed by hand (report/gold.ts OVERRIDES: \"عشرين\" as more than twenty years; \"18\", \"19\", \"21\" as days of August and September). Ordinals, multipliers (تضاعف، مضاعفة), a clock time and an id inside a URL are kind \"other\": listed, not scored. A figure is found when a candidate of its kind overlaps one of its occurrences and has its value: the same amount and currency; the same percentage (and direction when the record gives one); the same quantity in the same unit; a date that agrees with the figure's parts (resolved, or as the words state it when it cannot be resolved).",
    "- **Stated dates**: every date claim with basis STATED, once per source span and value. Found when a date candidate overlapping the span has exactly the claim's start and end.",
    "- **Country mentions**: for every record, each of its citations and each country the record names (a country record's code, parties, countries, from/to, place, a role's country), every place in the citation's span where one of that country's spellings occurs at the start of a word (attached و ف ب ل ك ال allowed before it, inflection after it). Spellings: countries.ts names and aliases plus the spellings the articles' country records list, leaving out capitals (\"موسكو\" and \"واشنطن\", recorded as spellings in 003, name cities). Found when a country candidate with that code overlaps the place.",
    "- **People**: the same for each person record's role citations, with the person's Arabic name and aliases.",
    "",
    ...recallSection(run),
    "",
    ...precision.lines,
    "",
    ...heldOutSection(),
    "",
    ...linkSection(run),
    "",
  ].join("\n");
  return { markdown, run, sample: precision.sample };
}

if (require.main === module) {
  const { markdown } = renderReport();
  const file = join(__dirname, "..", "REPORT.md");
  writeFileSync(file, markdown);
  console.log(`wrote ${file}`);
}
