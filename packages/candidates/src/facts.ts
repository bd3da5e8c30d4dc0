/**
 * A document's recorded facts as citations with the values they state, for linking. The
 * input is the seed contract's document file (seeds/src/schema.ts) read structurally, so
 * the library does not depend on the seeds package; a store's rows can be shaped the same.
 */
import type { FactCitation, FactValue, PartialDate } from "./types";

interface Cite {
  document: string;
  start: number;
  end: number;
  figures?: readonly string[];
}
interface DateClaim {
  start: PartialDate;
  end?: PartialDate;
  basis: string;
  source: Cite;
}

/** The parts of a document file linking reads. */
export interface DocumentFacts {
  document: { id: string; publishedOn: PartialDate | null; sources?: readonly Cite[] };
  countries?: ReadonlyArray<{ code: string; sources: readonly Cite[] }>;
  people?: ReadonlyArray<{ id: string; roles: ReadonlyArray<{ country: string | null; sources: readonly Cite[] }> }>;
  agreements?: ReadonlyArray<{ id: string; parties: readonly string[]; signatories?: readonly string[]; signedOn?: readonly DateClaim[]; sources: readonly Cite[] }>;
  indicators?: ReadonlyArray<{
    id: string;
    value: number;
    unit: string;
    changePercent?: number | null;
    countries: readonly string[];
    from?: string | null;
    to?: string | null;
    sources: readonly Cite[];
  }>;
  events?: ReadonlyArray<{ id: string; countries: readonly string[]; participants?: readonly string[]; dates?: readonly DateClaim[]; sources: readonly Cite[] }>;
  corridors?: ReadonlyArray<{ id: string; countries: readonly string[]; dates?: readonly DateClaim[]; sources: readonly Cite[] }>;
}

/** ISO 4217 codes an indicator's unit may be. */
const CURRENCY = /^(USD|EUR|RUB|AZN|KZT|UZS|KGS|TJS|TMT|CNY|GBP|JPY|TRY|INR|PKR|IRR|SAR|AED|QAR|EGP|AMD|GEL|UAH|BYN)$/;

const countries = (codes: ReadonlyArray<string | null | undefined>): FactValue[] =>
  [...new Set(codes.filter((c): c is string => !!c))].map((code) => ({ kind: "country" as const, code }));
const people = (ids: readonly string[] = []): FactValue[] => ids.map((id) => ({ kind: "person" as const, id }));
const dates = (claims: readonly DateClaim[] = []): FactValue[] =>
  claims.map((d) => ({ kind: "date" as const, start: d.start, ...(d.end ? { end: d.end } : {}) }));

export function factsFromDocument(file: DocumentFacts): FactCitation[] {
  const out: FactCitation[] = [];
  const cite = (fact: string, list: readonly Cite[], values: FactValue[]): void => {
    for (const c of list) out.push({ fact, document: c.document, start: c.start, end: c.end, figures: c.figures ?? [], values });
  };
  const d = file.document;
  cite(`document ${d.id}`, d.sources ?? [], d.publishedOn ? [{ kind: "date", start: d.publishedOn }] : []);
  for (const c of file.countries ?? []) cite(`country ${c.code}`, c.sources, countries([c.code]));
  for (const p of file.people ?? []) for (const r of p.roles) cite(`person ${p.id}`, r.sources, [...people([p.id]), ...countries([r.country])]);
  for (const a of file.agreements ?? []) {
    cite(`agreement ${a.id}`, a.sources, [...countries(a.parties), ...people(a.signatories), ...dates(a.signedOn)]);
    for (const claim of a.signedOn ?? []) cite(`agreement ${a.id}`, [claim.source], [...countries(a.parties), ...dates([claim])]);
  }
  for (const i of file.indicators ?? []) {
    const values: FactValue[] = countries([...i.countries, i.from, i.to]);
    if (CURRENCY.test(i.unit)) values.push({ kind: "amount", value: i.value, currency: i.unit });
    else if (i.unit === "PERCENT") values.push({ kind: "percentage", value: i.value });
    else values.push({ kind: "quantity", value: i.value, unit: i.unit });
    if (typeof i.changePercent === "number") values.push({ kind: "percentage", value: i.changePercent });
    cite(`indicator ${i.id}`, i.sources, values);
  }
  for (const e of file.events ?? []) {
    cite(`event ${e.id}`, e.sources, [...countries(e.countries), ...people(e.participants), ...dates(e.dates)]);
    for (const claim of e.dates ?? []) cite(`event ${e.id}`, [claim.source], [...countries(e.countries), ...dates([claim])]);
  }
  for (const k of file.corridors ?? []) {
    cite(`corridor ${k.id}`, k.sources, [...countries(k.countries), ...dates(k.dates)]);
    for (const claim of k.dates ?? []) cite(`corridor ${k.id}`, [claim.source], [...countries(k.countries), ...dates([claim])]);
  }
  return out;
}
