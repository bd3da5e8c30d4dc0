/**
 * The provenance rules every fact obeys, whether it arrives from the seed files, an
 * import or a curator's mutation: a citation's span lies inside its document and holds
 * each of its figures, an indicator's value is one of its figures (scaled by a power of
 * a thousand), and a stated date's years are among its citation's figures.
 */
import { westernDigits } from "./text";

export interface SpanRef {
  start: number;
  end: number;
  figures: readonly string[];
}

/**
 * What is wrong with a citation against its document's text: the span must lie inside
 * the text and contain every figure (digits compared after westernDigits). Empty when fine.
 */
export function spanProblems(text: string, c: SpanRef): string[] {
  const inside = Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end > c.start;
  return sliceProblems(text.length, inside ? text.slice(c.start, c.end) : "", c);
}

/** spanProblems for a caller that holds only the document's length and the text of the span. */
export function sliceProblems(length: number, slice: string, c: SpanRef): string[] {
  if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end > c.start)) {
    return [`span ${c.start}-${c.end} is not a non-empty [start, end) range`];
  }
  if (c.end > length) return [`span ${c.start}-${c.end} runs past the end of the text (${length})`];
  const span = westernDigits(slice);
  return c.figures
    .filter((f) => !span.includes(westernDigits(f)))
    .map((f) => `figure ${JSON.stringify(f)} is not in span ${c.start}-${c.end}: ${JSON.stringify(span.length > 160 ? `${span.slice(0, 160)}…` : span)}`);
}

/** Number words figures may use, with the number they denote. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  مرتين: 2, // twice
  تضاعف: 2, // doubled
  مضاعفة: 2, // doubling
  يومين: 2, // two days
  الثانية: 2, // the second (session)
  اثنين: 2,
  ثلاث: 3,
  الثلاث: 3,
  ثلاثة: 3,
  الثالث: 3, // the third (rank)
  أربعة: 4,
  الرابع: 4,
  خمسة: 5,
  عشرة: 10,
  عشرين: 20,
  العشرين: 20, // the twentieth (anniversary)
  مئة: 100,
  مائة: 100,
  ألف: 1e3,
  مليون: 1e6,
  مليار: 1e9, // a billion
};

/** Decade words stated dates may use: the first year of the decade they name. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  العشرينيات: 1920,
  الثلاثينيات: 1930,
  السبعينيات: 1970,
};

const SCALES = [1, 1e3, 1e6, 1e9, 1e12];
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The number a figure writes, or undefined when it is not a plain number or a listed number word. */
export function figureValue(figure: string): number | undefined {
  const w = westernDigits(figure).replace(/,/g, "").trim();
  if (/^-?\d+(\.\d+)?$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}

export interface ValueFact {
  value: number;
  unit: string;
}

/**
 * Why an indicator's value cannot be read off its figures, or null when it can: the
 * value is a figure times 1, 10³, 10⁶, 10⁹ or 10¹² (a percentage: the figure itself, a
 * fall stored negative); a number of YEARS may be a count of decades ("ثلاثة عقود").
 */
export function valueProblem(fact: ValueFact, figures: readonly string[]): string | null {
  const target = fact.unit === "PERCENT" ? Math.abs(fact.value) : fact.value;
  const scales = fact.unit === "PERCENT" ? [1] : fact.unit === "YEARS" ? [1, 10] : SCALES;
  const ok = figures.some((f) => {
    const n = figureValue(f);
    return n !== undefined && scales.some((m) => near(n * m, target));
  });
  if (ok) return null;
  const unknown = figures.filter((f) => figureValue(f) === undefined);
  return (
    `value ${fact.value} ${fact.unit} is no figure × {${scales.join(", ")}} of ${JSON.stringify(figures)}` +
    (unknown.length ? ` (not read as numbers: ${JSON.stringify(unknown)})` : "")
  );
}

/** How a year is found in the figures: "year", "decade", or null when it is not. */
export function yearSource(year: number, figures: readonly string[]): "year" | "decade" | null {
  const w = figures.map((f) => westernDigits(f).trim());
  if (w.some((f) => (f.match(/\d{4}/g) ?? ([] as string[])).includes(String(year)))) return "year";
  if (w.some((f) => DECADE_WORDS[f] !== undefined && year >= DECADE_WORDS[f]! && year <= DECADE_WORDS[f]! + 9)) return "decade";
  return null;
}

export interface StatedDate {
  start: { year: number };
  end?: { year: number } | null;
  basis: string;
}

/** The years of a STATED date that its citation's figures do not give (RELATIVE dates are resolved, not stated). */
export function statedYearProblems(d: StatedDate, figures: readonly string[]): string[] {
  if (d.basis !== "STATED") return [];
  return [d.start.year, ...(d.end ? [d.end.year] : [])]
    .filter((y) => yearSource(y, figures) === null)
    .map((y) => `stated year ${y} is not among the citation's figures ${JSON.stringify(figures)}`);
}
