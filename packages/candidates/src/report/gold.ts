/**
 * Gold items from the curated corpus (seeds/data/documents/*.ts), derived without the
 * extractor's code:
 *
 * - Figures. Every figure a citation lists, at each place it occurs inside the span. Its
 *   kind and value come from the record the citation supports: an indicator whose value is
 *   the figure times a power of a thousand (@atlas/runtime's figureValue/valueProblem rule)
 *   gives an amount (currency unit), a percentage (PERCENT, or the change percent) or a
 *   quantity (TONNES, KM, PEOPLE, COUNT, DAYS, MONTHS, YEARS…); a year, a day or a decade of
 *   a date the record states (a date claim, the publication date) gives a date; otherwise a
 *   four-digit year is a date, a yyyy-mm-dd string a date, a month name a month. A few figures
 *   no record types are typed by hand in OVERRIDES (with the reason). What remains
 *   (ordinals, multipliers, a clock time, an id in a URL) is kind "other": listed, not scored.
 * - Stated dates. Every STATED date claim, with its source span and its exact start/end.
 * - Country mentions. For each record, each citation and each country the record names
 *   (mention, parties, countries, from/to, place, role country): every place in the span
 *   where one of that country's spellings occurs as a word (attached و ف ب ل ك ال allowed
 *   before it). Spellings: countries.ts names and aliases plus the spellings the articles'
 *   country records list, except capitals (a city is not the country's name).
 * - People: the same for each person record's role citations and the person's names and
 *   aliases.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { figureValue } from "@atlas/runtime/src/provenance";
import { readSeedFiles } from "@atlas/seeds/src/corpus";
import { documentFile, type Citation, type DateClaim, type DocumentFile, type PartialDate } from "@atlas/seeds/src/schema";

export type GoldKind = "amount" | "percentage" | "quantity" | "date" | "country" | "person" | "other";

export type GoldValue =
  | { kind: "amount"; value: number; currency: string }
  | { kind: "percentage"; value: number; direction?: "up" | "down" }
  | { kind: "quantity"; value: number; unit: string }
  /** A figure that is part of a date: the candidate's date must agree with these parts. */
  | { kind: "date"; parts: { year?: number; month?: number; day?: number }; decade?: number }
  /** A STATED date claim: the candidate's date must be exactly this. */
  | { kind: "claim"; start: PartialDate; end?: PartialDate }
  | { kind: "country"; code: string }
  | { kind: "person"; id: string }
  | { kind: "other" };

export interface GoldItem {
  document: string;
  kind: GoldKind;
  /** "figure", "stated date", "country mention", "person mention". */
  source: "figure" | "stated date" | "country" | "person";
  label: string;
  /** Where it is: a candidate must overlap one of these. */
  spans: Array<[number, number]>;
  value: GoldValue;
  /** Which record typed it. */
  why: string;
}

export function sourcesDir(): string {
  return process.env.SOURCES_DIR ?? join(__dirname, "..", "..", "..", "..", "..", "shared", "sources");
}
export const readArticle = (id: string): string => readFileSync(join(sourcesDir(), `${id}.txt`), "utf8");

export function seedDocuments(): DocumentFile[] {
  return readSeedFiles().documents.map((f) => documentFile.parse(f.content));
}

const western = (s: string): string => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const CURRENCIES = new Set(["USD", "EUR", "RUB", "AZN", "KZT", "UZS", "KGS", "TJS", "TMT", "CNY", "GBP"]);
const QUANTITY_UNITS: Record<string, string> = {
  TONNES: "tonne", TONNES_PER_YEAR: "tonne", KM: "km", PEOPLE: "person", BARRELS_PER_DAY: "barrel", CUBIC_METRES_PER_YEAR: "m3",
  TEU_PER_YEAR: "TEU", MW: "MW", COUNT: "*", DAYS: "day", MONTHS: "month", YEARS: "year",
};
/** Month names for typing a figure that is one (independent of the extractor's table). */
const MONTH_FIGURES: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, أبريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8, سبتمبر: 9, أكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
};

/** Figures no record types, typed by hand: [document, figure, value, reason]. */
const OVERRIDES: Array<[string, string, GoldValue, string]> = [
  ["000_9881232623497d4d", "عشرين", { kind: "quantity", value: 20, unit: "year" }, "'منذ أكثر من عشرين عاما': a duration of more than twenty years"],
  ["002_76e874a06d3d543b", "18", { kind: "date", parts: { month: 8, day: 18 } }, "'يومي 18 و19 آب/ أغسطس الحالي': day 18 of August (year not stated)"],
  ["002_76e874a06d3d543b", "19", { kind: "date", parts: { month: 8, day: 19 } }, "'يومي 18 و19 آب/ أغسطس الحالي': day 19 of August (year not stated)"],
  ["002_76e874a06d3d543b", "21", { kind: "date", parts: { month: 9, day: 21 } }, "'في 21 أيلول/سبتمبر': day 21 of September (year not stated)"],
];

interface Cited {
  citation: Citation;
  /** The record the citation supports, for typing its figures. */
  indicator?: DocumentFile["indicators"][number];
  dates?: Array<{ start: PartialDate; end?: PartialDate }>;
  countries: string[];
  people: string[];
  what: string;
}

function citedOf(d: DocumentFile): Cited[] {
  const out: Cited[] = [];
  const add = (list: Citation[], rest: Omit<Cited, "citation">): void => list.forEach((citation) => out.push({ citation, ...rest }));
  const claims = (list: DateClaim[]): Array<{ start: PartialDate; end?: PartialDate }> => list.map((c) => ({ start: c.start, ...(c.end ? { end: c.end } : {}) }));
  add(d.document.sources, { countries: [], people: [], dates: d.document.publishedOn ? [{ start: d.document.publishedOn }] : [], what: "document" });
  for (const c of d.countries) add(c.sources, { countries: [c.code], people: [], what: `country ${c.code}` });
  for (const p of d.people) for (const r of p.roles) add(r.sources, { countries: r.country ? [r.country] : [], people: [p.id], what: `person ${p.id}` });
  for (const a of d.agreements) {
    add(a.sources, { countries: a.parties, people: a.signatories, what: `agreement ${a.id}` });
    for (const s of a.signedOn) add([s.source], { countries: a.parties, people: [], dates: claims([s]), what: `agreement ${a.id} date` });
  }
  for (const i of d.indicators) add(i.sources, { indicator: i, countries: [...i.countries, ...(i.from ? [i.from] : []), ...(i.to ? [i.to] : [])], people: [], what: `indicator ${i.id}` });
  for (const e of d.events) {
    add(e.sources, { countries: [...e.countries, ...(e.place?.country ? [e.place.country] : [])], people: e.participants, what: `event ${e.id}` });
    for (const s of e.dates) add([s.source], { countries: e.countries, people: [], dates: claims([s]), what: `event ${e.id} date` });
  }
  for (const k of d.corridors) {
    add(k.sources, { countries: k.countries, people: [], what: `corridor ${k.id}` });
    for (const s of k.dates) add([s.source], { countries: k.countries, people: [], dates: claims([s]), what: `corridor ${k.id} date` });
  }
  return out;
}

function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** The gold typing a record gives a figure, or null. */
function typeFigure(figure: string, c: Cited): { value: GoldValue; why: string } | null {
  const n = figureValue(figure);
  const i = c.indicator;
  if (i && n !== undefined) {
    const scales = i.unit === "PERCENT" ? [1] : i.unit === "YEARS" ? [1, 10] : [1, 1e3, 1e6, 1e9, 1e12];
    const hit = scales.find((m) => near(n * m, Math.abs(i.value)));
    if (hit !== undefined) {
      if (CURRENCIES.has(i.unit)) return { value: { kind: "amount", value: i.value, currency: i.unit }, why: `indicator ${i.id}` };
      if (i.unit === "PERCENT") return { value: { kind: "percentage", value: Math.abs(i.value), ...(i.value < 0 ? { direction: "down" as const } : {}) }, why: `indicator ${i.id}` };
      if (QUANTITY_UNITS[i.unit]) return { value: { kind: "quantity", value: i.value, unit: QUANTITY_UNITS[i.unit]! }, why: `indicator ${i.id} (${i.unit})` };
      return { value: { kind: "other" }, why: `indicator ${i.id} (${i.unit}: not a candidate kind)` };
    }
    if (typeof i.changePercent === "number" && near(n, Math.abs(i.changePercent))) {
      return { value: { kind: "percentage", value: Math.abs(i.changePercent), direction: i.changePercent < 0 ? "down" : "up" }, why: `indicator ${i.id} change` };
    }
  }
  const w = western(figure);
  for (const d of c.dates ?? []) {
    for (const p of [d.start, ...(d.end ? [d.end] : [])]) {
      if (/^\d{4}$/.test(w) && Number(w) === p.year) return { value: { kind: "date", parts: { year: p.year } }, why: `${c.what} year` };
      if (/^\d{1,2}$/.test(w) && p.day === Number(w)) return { value: { kind: "date", parts: { year: p.year, month: p.month, day: p.day } }, why: `${c.what} day` };
    }
    const decade = { العشرينيات: 1920, الثلاثينيات: 1930, السبعينيات: 1970 }[figure];
    if (decade !== undefined && d.end && decade >= d.start.year && decade <= d.end.year) return { value: { kind: "date", parts: {}, decade }, why: `${c.what} decade` };
  }
  if (/^\d{4}$/.test(w) && Number(w) >= 1900 && Number(w) <= 2100) return { value: { kind: "date", parts: { year: Number(w) } }, why: "a year" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
  if (iso) return { value: { kind: "date", parts: { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) } }, why: "a yyyy-mm-dd date" };
  if (MONTH_FIGURES[figure]) return { value: { kind: "date", parts: { month: MONTH_FIGURES[figure] } }, why: "a month name" };
  return null;
}

const CAPITALS = new Set(["كابل", "يريفان", "باكو", "مينسك", "بكين", "براغ", "باريس", "لندن", "نيودلهي", "طهران", "بيشكك", "أستانا", "بيروت", "إسلام آباد", "وارسو", "موسكو", "دوشنبه", "دوشانبي", "عشق آباد", "أنقرة", "كييف", "واشنطن", "طشقند"]);

/** Whether a match at `at` starts a word, allowing attached و ف ب ل ك and ال before it. */
function wordStart(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && /[\u0621-\u064A]/.test(text[k - 1]!)) k--;
  return /^(?:[وف]?[بلك]?)(?:ال)?$/.test(text.slice(k, at)) || /^[وف]?لل$/.test(text.slice(k, at));
}

function nameItems(d: DocumentFile, text: string, source: "country" | "person", spellingsOf: (key: string) => string[], keysOf: (c: Cited) => string[]): GoldItem[] {
  const byPlace = new Map<string, GoldItem>();
  for (const c of citedOf(d)) {
    for (const key of keysOf(c)) {
      const found: Array<[number, number]> = [];
      for (const s of spellingsOf(key)) {
        const variants = s.startsWith("ال") ? [s, `ل${s.slice(1)}`] : [s];
        for (const v of variants) for (const at of occurrences(text, v, c.citation.start, c.citation.end)) if (wordStart(text, at)) found.push([at, at + v.length]);
      }
      // the longest spelling at each place ("جمهورية أذربيجان" over "أذربيجان")
      for (const [a, b] of found) {
        if (found.some(([x, y]) => x <= a && y >= b && y - x > b - a)) continue;
        const k = `${key}:${a}`;
        if (!byPlace.has(k)) {
          byPlace.set(k, {
            document: d.document.id,
            kind: source,
            source,
            label: text.slice(a, b),
            spans: [[a, b]],
            value: source === "country" ? { kind: "country", code: key } : { kind: "person", id: key },
            why: c.what,
          });
        }
      }
    }
  }
  return [...byPlace.values()];
}

export function goldItems(docs: DocumentFile[] = seedDocuments(), countryRefs = readSeedFiles().countries.content as Array<{ code: string; name: { ar: string }; aliases?: string[] }>): GoldItem[] {
  const arabic = (s: string): boolean => /[\u0600-\u06FF]/.test(s);
  const countrySpellings = new Map<string, Set<string>>();
  const spell = (code: string, s: string): void => {
    if (!arabic(s) || CAPITALS.has(s)) return;
    const set = countrySpellings.get(code) ?? new Set<string>();
    set.add(s);
    countrySpellings.set(code, set);
  };
  for (const c of countryRefs) [c.name.ar, ...(c.aliases ?? [])].forEach((s) => spell(c.code, s));
  for (const d of docs) for (const m of d.countries) m.spellings.forEach((s) => spell(m.code, s));
  const personSpellings = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const p of d.people) {
      const set = personSpellings.get(p.id) ?? new Set<string>();
      [p.name.ar, ...p.aliases].filter(arabic).forEach((s) => set.add(s));
      personSpellings.set(p.id, set);
    }
  }

  const items: GoldItem[] = [];
  for (const d of docs) {
    const id = d.document.id;
    const text = readArticle(id);
    const cited = citedOf(d);
    // figures
    const figures = new Map<string, GoldItem>();
    for (const c of cited) {
      for (const figure of c.citation.figures) {
        const at = occurrences(text, figure, c.citation.start, c.citation.end);
        if (!at.length) throw new Error(`${id}: figure ${figure} not in ${c.citation.start}-${c.citation.end}`);
        const key = `${figure}@${at.join(",")}`;
        const override = OVERRIDES.find(([doc, f]) => doc === id && f === figure);
        const typed = override ? { value: override[2], why: `by hand: ${override[3]}` } : typeFigure(figure, c);
        const prev = figures.get(key);
        // a record's typing wins over "other"; the first typing otherwise
        if (prev && (prev.kind !== "other" || !typed)) continue;
        const value: GoldValue = typed?.value ?? { kind: "other" };
        figures.set(key, {
          document: id,
          kind: value.kind === "claim" ? "date" : value.kind,
          source: "figure",
          label: figure,
          spans: at.map((a) => [a, a + figure.length] as [number, number]),
          value,
          why: typed?.why ?? `no record types it (${c.what})`,
        });
      }
    }
    items.push(...figures.values());
    // stated dates
    const claims = new Map<string, GoldItem>();
    const claimLists: Array<[string, DateClaim[]]> = [
      ...d.agreements.map((a) => [`agreement ${a.id}`, a.signedOn] as [string, DateClaim[]]),
      ...d.events.map((e) => [`event ${e.id}`, e.dates] as [string, DateClaim[]]),
      ...d.corridors.map((k) => [`corridor ${k.id}`, k.dates] as [string, DateClaim[]]),
    ];
    for (const [what, list] of claimLists) {
      for (const claim of list) {
        if (claim.basis !== "STATED") continue;
        const key = `${claim.source.start}-${claim.source.end}:${JSON.stringify([claim.start, claim.end])}`;
        if (claims.has(key)) continue;
        const fmt = (p: PartialDate): string => [p.year, p.month, p.day].filter((x) => x !== undefined).join("-");
        claims.set(key, {
          document: id,
          kind: "date",
          source: "stated date",
          label: claim.end ? `${fmt(claim.start)}..${fmt(claim.end)}` : fmt(claim.start),
          spans: [[claim.source.start, claim.source.end]],
          value: { kind: "claim", start: claim.start, ...(claim.end ? { end: claim.end } : {}) },
          why: what,
        });
      }
    }
    items.push(...claims.values());
    items.push(...nameItems(d, text, "country", (code) => [...(countrySpellings.get(code) ?? [])], (c) => [...new Set(c.countries)]));
    items.push(...nameItems(d, text, "person", (pid) => [...(personSpellings.get(pid) ?? [])], (c) => [...new Set(c.people)]));
  }
  return items;
}

/** The spellings the corpus records for each country and person, for building the lexicons the report runs with. */
export function corpusSpellings(docs: DocumentFile[] = seedDocuments()): {
  countries: Array<{ code: string; names: string[] }>;
  people: Array<{ id: string; names: string[] }>;
} {
  const countries = new Map<string, Set<string>>();
  const people = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const m of d.countries) for (const s of m.spellings) if (!CAPITALS.has(s)) (countries.get(m.code) ?? countries.set(m.code, new Set()).get(m.code)!).add(s);
    for (const p of d.people) for (const s of [p.name.ar, ...p.aliases]) (people.get(p.id) ?? people.set(p.id, new Set()).get(p.id)!).add(s);
  }
  return {
    countries: [...countries].map(([code, s]) => ({ code, names: [...s] })),
    people: [...people].map(([id, s]) => ({ id, names: [...s] })),
  };
}
