/**
 * Number qualifiers (issue 13): "more than $700 million" is not $700 million. A qualifier
 * other than EXACT must be said by the text: its words must be in one of the citations'
 * spans. The lists are deliberately short and literal, so that a word that merely occurs
 * near a number ("حتى الآن", until now; "ليصل إلى", to reach) is not read as a bound.
 */
import { type Problem, valueProblem } from "@atlas/runtime";
import type { IndicatorRecord } from "./writes";

type Qualifier = IndicatorRecord["qualifier"];

/** Arabic letters folded so that spelling variants match: hamza forms of alif, alif maqsura, diacritics, tatweel. */
const fold = (s: string): string =>
  s
    .normalize("NFC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase();

/** A phrase as a whole word (an Arabic one may carry a one-letter proclitic: و ف ب ل). */
const phrase = (words: string): RegExp => {
  const body = fold(words).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return new RegExp(`(?:^|[^\\p{L}])(?:[وفبل])?${body}(?=[^\\p{L}]|$)`, "u");
};

const WORDS: Record<Exclude<Qualifier, "EXACT" | "RANGE">, string[]> = {
  AT_LEAST: ["أكثر من", "ما يزيد على", "ما يزيد عن", "لا يقل عن", "على الأقل", "more than", "over", "at least", "in excess of"],
  AT_MOST: ["ما يصل إلى", "أقل من", "لا يزيد على", "لا يزيد عن", "على الأكثر", "بحد أقصى", "up to", "less than", "fewer than", "at most", "no more than"],
  APPROXIMATELY: ["نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "ما يقرب من", "تقريبا", "about", "around", "approximately", "roughly", "nearly", "almost"],
};
const PATTERNS = Object.fromEntries(Object.entries(WORDS).map(([q, ws]) => [q, ws.map(phrase)])) as Record<keyof typeof WORDS, RegExp[]>;

/** "بين 12 و36", "من 12 إلى 36", "12 إلى 36", "between 12 and 36", "12 to 36", "12–36". */
// Both ends are numbers, so that "بين البلدين" (between the two countries) is no range.
const RANGE_PATTERNS = [
  /(?:^|[^\p{L}])بين\s+(?:\p{L}+\s+)?\$?\d[^و]{0,30}و\s*\$?\d/u,
  /\d[\d.,]*\s*(?:الي|حتي|-|–|—|to)\s*\$?\d/u,
  /between\s+\$?\d.{0,30}?\sand\s+\$?\d/u,
  /from\s+\$?\d.{0,30}?\sto\s+\$?\d/u,
];

/** The words that say the qualifier, for messages. */
export const qualifierWords = (q: Qualifier): string =>
  q === "RANGE" ? `"بين … و", "من … إلى", "between … and", "12 to 36"` : q === "EXACT" ? "" : WORDS[q].map((w) => JSON.stringify(w)).join(", ");

/** Whether a span says the qualifier. EXACT needs no words. */
export function spanSays(q: Qualifier, span: string): boolean {
  if (q === "EXACT") return false;
  const text = fold(span);
  return (q === "RANGE" ? RANGE_PATTERNS : PATTERNS[q]).some((re) => re.test(text));
}

/** The qualifier's shape, without the texts: a RANGE has an upper end above the value (and among the figures); nothing else has one. */
export function rangeProblems(rec: Pick<IndicatorRecord, "qualifier" | "valueMax" | "value" | "unit">, prefix: string, figures: readonly string[]): Problem[] {
  if (rec.qualifier !== "RANGE") {
    return rec.valueMax != null ? [{ field: `${prefix}.valueMax`, reason: `valueMax is the upper end of a RANGE; qualifier is ${rec.qualifier}` }] : [];
  }
  if (rec.valueMax == null) return [{ field: `${prefix}.valueMax`, reason: "a RANGE needs valueMax, its upper end" }];
  if (rec.valueMax <= rec.value) return [{ field: `${prefix}.valueMax`, reason: `valueMax ${rec.valueMax} must be above value ${rec.value}` }];
  const p = valueProblem({ value: rec.valueMax, unit: rec.unit }, figures);
  return p ? [{ field: `${prefix}.valueMax`, reason: p.replace(/^value /, "valueMax ") }] : [];
}

/** The qualifier's words must be in one of the spans (the texts the citations cite). */
export function qualifierProblem(q: Qualifier, prefix: string, spans: readonly string[]): Problem | null {
  if (q === "EXACT" || spans.some((s) => spanSays(q, s))) return null;
  return { field: `${prefix}.qualifier`, reason: `${q} must be said by a citation's span (${qualifierWords(q)}); none of the ${spans.length} cited span(s) does` };
}
