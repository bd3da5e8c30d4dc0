/**
 * findCandidates: every amount, percentage, quantity, date, country and person a text
 * states, with exact spans into the text as given and normalised values.
 */
import { findExplicitDates, findRelativeDates } from "./dates";
import { matchLexicon, type CountryLexicon, type LexiconHit, type PersonLexicon } from "./lexicon";
import { findLatinAmounts, findMeasures, type RawMeasure } from "./measures";
import { skeleton, toOriginal, tokenize, urlSpans, type Token } from "./text";
import type { Candidate, PartialDate } from "./types";

export interface FindOptions {
  /** The document's publication date: relative dates resolve against it; null or absent leaves them unresolved. */
  publishedOn?: PartialDate | null;
  countries: CountryLexicon;
  people: PersonLexicon;
}

/** Adjectives that name something other than the country: "المحيط الهندي", "اللغة الروسية", "الجوز الهندي". */
const NOT_THE_COUNTRY_AFTER = new Set(["المحيط", "اللغه", "باللغه", "اللغات", "الجوز"]);

const KIND_ORDER: Record<Candidate["kind"], number> = { date: 0, amount: 1, percentage: 2, quantity: 3, country: 4, person: 5 };

export function findCandidates(text: string, options: FindOptions): Candidate[] {
  const pub = options.publishedOn ?? null;
  const sk = skeleton(text);
  const tokens = tokenize(sk.s);
  const urls = urlSpans(sk.s);
  const inUrl = (t: Token): boolean => urls.some(([a, b]) => t.start >= a && t.end <= b);
  const taken = tokens.map(inUrl);

  const explicit = findExplicitDates(tokens, pub, taken);
  const measures: RawMeasure[] = [...findMeasures(tokens, taken), ...urls.flatMap(([a, b]) => findLatinAmounts(sk.s, a, b))];
  const relative = findRelativeDates(tokens, pub, taken);

  const amountSpans = measures.filter((m) => m.kind === "amount").map((m) => [m.start, m.end] as const);
  const countryHits = matchLexicon(tokens, options.countries, (h) => {
    if (inUrl(tokens[h.first]!)) return true;
    if (h.value.form !== "adjective") return false;
    const before = tokens[h.first - 1];
    if (before?.type === "word" && NOT_THE_COUNTRY_AFTER.has(before.text)) return true;
    // "ريال سعودي", "دولار أمريكي": the adjective belongs to the currency
    return amountSpans.some(([a, b]) => h.start >= a && h.end <= b);
  });
  const personHits = matchLexicon(tokens, options.people, (h) => inUrl(tokens[h.first]!));

  settleCurrencies(measures, countryHits);

  const out: Candidate[] = [];
  const span = (start: number, end: number): { start: number; end: number; text: string } => {
    const o = toOriginal(sk, start, end);
    return { ...o, text: text.slice(o.start, o.end) };
  };
  for (const d of [...explicit, ...relative]) {
    const s = span(d.start, d.end);
    const value = d.value.basis === "RELATIVE" ? { ...d.value, phrase: s.text } : d.value;
    out.push({ kind: "date", ...s, value });
  }
  for (const m of measures) {
    const s = span(m.start, m.end);
    if (m.kind === "amount") out.push({ kind: "amount", ...s, value: m.value });
    else if (m.kind === "percentage") out.push({ kind: "percentage", ...s, value: m.value });
    else out.push({ kind: "quantity", ...s, value: m.value });
  }
  for (const h of countryHits) out.push({ kind: "country", ...span(h.start, h.end), value: { code: h.value.code, form: h.value.form } });
  for (const h of personHits) {
    const [id, ...alternatives] = h.value.ids;
    out.push({ kind: "person", ...span(h.start, h.end), value: { id: id!, ...(alternatives.length ? { alternatives } : {}) } });
  }
  return out.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * A word several currencies share ("دينار", "ريال", "سوم") takes the currency of the same
 * word settled earlier in the text ("ريال سعودي" … "ريال"), else that of the nearest country
 * the text names (before it first, then after) among those using the word.
 */
function settleCurrencies(measures: RawMeasure[], countries: LexiconHit<{ code: string }>[]): void {
  const ordered = [...measures].sort((a, b) => a.start - b.start);
  const settled = new Map<string, string>();
  for (const m of ordered) {
    if (m.kind !== "amount") continue;
    const v = m.value;
    if (v.currency && m.currencyWord) settled.set(baseWord(m.currencyWord), v.currency);
    if (v.currency || !m.byCountry) continue;
    const options = m.byCountry;
    const earlier = m.currencyWord ? settled.get(baseWord(m.currencyWord)) : undefined;
    if (earlier && Object.values(options).includes(earlier)) {
      v.currency = earlier;
      continue;
    }
    const before = countries.filter((c) => c.end <= m.start && options[c.value.code]).sort((a, b) => b.end - a.end)[0];
    const after = countries.filter((c) => c.start >= m.end && options[c.value.code]).sort((a, b) => a.start - b.start)[0];
    const pick = before ?? after;
    if (pick) v.currency = options[pick.value.code]!;
  }
}

/** One key for a currency word's singular and plural ("ريال", "ريالا", "ريالات"). */
const baseWord = (word: string): string => word.replace(/^ال/, "").replace(/(ات|ا)$/, "");
