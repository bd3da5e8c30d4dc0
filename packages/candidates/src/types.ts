/**
 * What the extractor proposes. Spans are JavaScript string indices (UTF-16 code units)
 * into the text exactly as given, `end` exclusive: `text.slice(start, end)` is the
 * matched passage, the same convention as the corpus citations (seeds/src/schema.ts).
 */

/** A date as precise as the text makes it: "2024", "August 2024", "20 October 2025". */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** The parts a passage writes, which may lack a year ("18 and 19 August"). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** How a number is hedged: "أكثر من" at_least, "ما يصل إلى" at_most, "نحو" approximately, "بين … و…" range. */
export type Qualifier = "exact" | "at_least" | "at_most" | "approximately" | "range";

export interface AmountValue {
  /** In units of the currency (4.4 مليار دولار is 4400000000); the low end of a range. */
  value: number;
  /** The high end when qualifier is "range". */
  valueMax?: number;
  /** ISO 4217, or null when the word is ambiguous ("دينار", "سوم") and the text does not settle it. */
  currency: string | null;
  qualifier: Qualifier;
}

export interface PercentageValue {
  value: number;
  valueMax?: number;
  /** Set when the text states a change ("ارتفع بنسبة 17.5%"); absent for a level ("إلى 35.7%"). */
  direction?: "up" | "down";
  qualifier: Qualifier;
}

export interface QuantityValue {
  /** In base units (ملياري متر مكعب is 2000000000 m3). */
  value: number;
  valueMax?: number;
  /** tonne, kg, km, m, m3, MW, GW, kWh, barrel, TEU, container, hectare, or a counted thing: time, day, month, year, decade, person, country… */
  unit: string;
  /** A rate: "سنويا" year, "يوميا" day, "شهريا" month. */
  per?: "year" | "month" | "day";
  qualifier: Qualifier;
}

export interface DateValue {
  /** STATED: the text gives the year. RELATIVE: the year (or more) comes from the publication date. */
  basis: "STATED" | "RELATIVE";
  /** The date meant; null for a RELATIVE phrase that cannot be resolved (no publication date, or not precise enough). */
  start: PartialDate | null;
  end?: PartialDate;
  /** What the words themselves give, before any resolution. */
  stated: { start: DateParts; end?: DateParts };
  /** RELATIVE only: the words resolved ("الشهر الماضي") and the publication date used (null when the document has none). */
  phrase?: string;
  resolvedAgainst?: PartialDate | null;
}

export interface CountryValue {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** How the passage names it: the country's name or an adjective/demonym ("الروسية", "الأتراك"). */
  form: "name" | "adjective";
}

export interface PersonValue {
  id: string;
  /** Other people the same words may name (an alias two people share). */
  alternatives?: string[];
}

interface Base {
  start: number;
  end: number;
  /** text.slice(start, end). */
  text: string;
  /** Facts already recorded that this candidate matches (linkCandidates). */
  links?: FactLink[];
}

export type Candidate =
  | (Base & { kind: "amount"; value: AmountValue })
  | (Base & { kind: "percentage"; value: PercentageValue })
  | (Base & { kind: "quantity"; value: QuantityValue })
  | (Base & { kind: "date"; value: DateValue })
  | (Base & { kind: "country"; value: CountryValue })
  | (Base & { kind: "person"; value: PersonValue });

export type CandidateKind = Candidate["kind"];
export const CANDIDATE_KINDS: readonly CandidateKind[] = ["amount", "percentage", "quantity", "date", "country", "person"];

/** One recorded fact's citation, with the values the fact states (when known) for linking. */
export interface FactCitation {
  /** Which fact: "indicator az-ru-trade-turnover-2023", "event …", free-form for the caller. */
  fact: string;
  /** The document the span is in; linkCandidates skips other documents when told which one it is given. */
  document?: string;
  start: number;
  end: number;
  figures: readonly string[];
  values?: readonly FactValue[];
}

export type FactValue =
  | { kind: "amount"; value: number; currency?: string }
  | { kind: "percentage"; value: number }
  | { kind: "quantity"; value: number; unit?: string }
  | { kind: "date"; start: PartialDate; end?: PartialDate }
  | { kind: "country"; code: string }
  | { kind: "person"; id: string };

export interface FactLink {
  fact: string;
  start: number;
  end: number;
  /** "value": the fact states this very value; "figure": the citation lists a figure the candidate holds. */
  by: "value" | "figure";
}
