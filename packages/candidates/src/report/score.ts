/**
 * Whether a candidate finds a gold item: same kind, overlapping span, right value.
 * Written apart from the library's own sameValue so the report does not grade the
 * extractor with its own rules.
 */
import type { Candidate, PartialDate } from "../types";
import type { GoldItem } from "./gold";

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const overlaps = (c: Candidate, spans: Array<[number, number]>): boolean => spans.some(([a, b]) => c.start < b && c.end > a);
const ends = (v: { value: number; valueMax?: number }): number[] => [v.value, ...(v.valueMax !== undefined ? [v.valueMax] : [])];

/** Units a gold quantity may be found in, with the factor to the gold unit. */
const EQUIVALENT: Record<string, Array<[string, number]>> = { year: [["year", 1], ["decade", 10]] };

const earliest = (d: { year: number; month?: number; day?: number }): number => d.year * 10000 + (d.month ?? 1) * 100 + (d.day ?? 1);
const latest = (d: { year: number; month?: number; day?: number }): number => d.year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
const same = (a: PartialDate | undefined, b: PartialDate | undefined): boolean =>
  (!a && !b) || (!!a && !!b && a.year === b.year && a.month === b.month && a.day === b.day);

export function finds(c: Candidate, g: GoldItem): boolean {
  if (c.kind !== g.kind || !overlaps(c, g.spans)) return false;
  const v = g.value;
  switch (c.kind) {
    case "amount":
      return v.kind === "amount" && ends(c.value).some((x) => near(x, v.value)) && c.value.currency === v.currency;
    case "percentage":
      return v.kind === "percentage" && ends(c.value).some((x) => near(x, v.value)) && (!v.direction || c.value.direction === v.direction);
    case "quantity": {
      if (v.kind !== "quantity") return false;
      const units = v.unit === "*" ? [[c.value.unit, 1] as [string, number]] : EQUIVALENT[v.unit] ?? [[v.unit, 1]];
      return units.some(([u, k]) => u === c.value.unit && ends(c.value).some((x) => near(x * k, v.value)));
    }
    case "date": {
      const d = c.value;
      if (v.kind === "claim") return !!d.start && same(d.start, v.start) && same(d.end ?? d.start, v.end ?? v.start);
      if (v.kind !== "date") return false;
      if (v.decade !== undefined) return !!d.start && earliest(d.start) <= latest({ year: v.decade + 9 }) && latest(d.end ?? d.start) >= earliest({ year: v.decade });
      // the parts the figure gives must agree with the date (resolved, or as stated when unresolved)
      const s = d.start ?? (d.stated.start as PartialDate);
      const e = d.end ?? (d.stated.end as PartialDate | undefined) ?? s;
      const p = v.parts;
      if (p.year !== undefined && !(s.year !== undefined && s.year <= p.year && (e.year ?? s.year) >= p.year)) return false;
      if (p.month !== undefined && s.month !== p.month && e.month !== p.month) return false;
      if (p.day !== undefined && !(s.day !== undefined && s.day <= p.day && (e.day ?? s.day) >= p.day)) return false;
      return true;
    }
    case "country":
      return v.kind === "country" && c.value.code === v.code;
    case "person":
      return v.kind === "person" && (c.value.id === v.id || !!c.value.alternatives?.includes(v.id));
  }
}
