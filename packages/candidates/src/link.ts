/**
 * Linking candidates to recorded facts: a candidate links to a fact's citation when the
 * spans overlap and the fact states the candidate's value (same amount and currency, same
 * percentage, same quantity, same date, same country or person). A citation whose fact
 * gives no value of the candidate's kind links by its figures instead: one of them occurs
 * in the candidate's text.
 */
import type { Candidate, FactCitation, FactLink, FactValue, PartialDate } from "./types";

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const digits = (s: string): string =>
  s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/** Atlas indicator units (seeds/src/schema.ts) and the candidate units they correspond to, with a factor from candidate to fact. */
const UNIT_MATCH: Record<string, Array<[string, number]>> = {
  TONNES: [["tonne", 1]], TONNES_PER_YEAR: [["tonne", 1]], KM: [["km", 1]], PEOPLE: [["person", 1]],
  DAYS: [["day", 1]], MONTHS: [["month", 1]], YEARS: [["year", 1], ["decade", 10]], BARRELS_PER_DAY: [["barrel", 1]],
  CUBIC_METRES_PER_YEAR: [["m3", 1]], CUBIC_METRES: [["m3", 1]], MW: [["MW", 1]], TEU_PER_YEAR: [["TEU", 1]], TEU: [["TEU", 1]],
};

const sameDate = (a: PartialDate | null | undefined, b: PartialDate | null | undefined): boolean =>
  (!a && !b) || (!!a && !!b && a.year === b.year && a.month === b.month && a.day === b.day);

/** Whether a fact's value is the candidate's. */
export function sameValue(c: Candidate, f: FactValue): boolean {
  switch (c.kind) {
    case "amount":
      return f.kind === "amount" && [c.value.value, c.value.valueMax].some((v) => v !== undefined && near(v, Math.abs(f.value))) && (!f.currency || !c.value.currency || f.currency === c.value.currency);
    case "percentage":
      return f.kind === "percentage" && [c.value.value, c.value.valueMax].some((v) => v !== undefined && near(v, Math.abs(f.value)));
    case "quantity": {
      if (f.kind !== "quantity") return false;
      const q = c.value;
      const factors = f.unit && UNIT_MATCH[f.unit] ? UNIT_MATCH[f.unit]!.filter(([u]) => u === q.unit).map(([, k]) => k) : [1];
      return factors.some((k) => [q.value, q.valueMax].some((v) => v !== undefined && near(v * k, f.value)));
    }
    case "date":
      return f.kind === "date" && !!c.value.start && sameDate(c.value.start, f.start) && sameDate(c.value.end ?? c.value.start, f.end ?? f.start);
    case "country":
      return f.kind === "country" && f.code === c.value.code;
    case "person":
      return f.kind === "person" && (f.id === c.value.id || !!c.value.alternatives?.includes(f.id));
  }
}

/**
 * The candidates with `links` to the facts they match. `document`, when given, keeps only
 * citations of that document (facts without a document are taken to be of it).
 */
export function linkCandidates(candidates: readonly Candidate[], facts: readonly FactCitation[], document?: string): Candidate[] {
  const mine = document ? facts.filter((f) => !f.document || f.document === document) : facts;
  return candidates.map((c) => {
    const links: FactLink[] = [];
    for (const f of mine) {
      if (f.end <= c.start || f.start >= c.end) continue;
      const values = (f.values ?? []).filter((v) => v.kind === c.kind);
      let by: FactLink["by"] | null = null;
      if (values.some((v) => sameValue(c, v))) by = "value";
      else if (!values.length && c.kind !== "country" && c.kind !== "person") {
        const text = digits(c.text);
        if (f.figures.some((fig) => text.includes(digits(fig)))) by = "figure";
      }
      if (by && !links.some((l) => l.fact === f.fact)) links.push({ fact: f.fact, start: f.start, end: f.end, by });
    }
    return links.length ? { ...c, links } : { ...c };
  });
}
