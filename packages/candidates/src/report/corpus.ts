/**
 * The extractor run over the seed articles, scored against the gold items (gold.ts), plus
 * the precision sample and the links to recorded facts.
 */
import { atlasCountries } from "../countries";
import { factsFromDocument } from "../facts";
import { findCandidates } from "../find";
import { buildCountryLexicon, buildPersonLexicon, type CountrySpelling } from "../lexicon";
import { linkCandidates } from "../link";
import type { Candidate } from "../types";
import { corpusSpellings, goldItems, readArticle, seedDocuments, type GoldItem } from "./gold";
import { finds } from "./score";

export interface CorpusRun {
  documents: Array<{ id: string; candidates: Candidate[] }>;
  gold: Array<GoldItem & { found: boolean }>;
}

/** Spellings ending like a nisba adjective ("الفرنسيين", "الكازاخستانية") are adjectives, not names. */
const adjectival = (s: string): boolean => /(ي|ية|يه|يين|يون|يان)$/.test(s.split(" ").pop()!);

/** The lexicons the report runs with: the Atlas countries plus the corpus's own spellings, and the corpus's people. */
export function corpusLexicons(docs = seedDocuments()): { countries: ReturnType<typeof buildCountryLexicon>; people: ReturnType<typeof buildPersonLexicon> } {
  const sp = corpusSpellings(docs);
  const extra: CountrySpelling[] = sp.countries.map((c) => ({ code: c.code, names: c.names.filter((n) => !adjectival(n)), demonyms: c.names.filter(adjectival) }));
  return { countries: buildCountryLexicon([...atlasCountries, ...extra]), people: buildPersonLexicon(sp.people) };
}

export function runCorpus(): CorpusRun {
  const docs = seedDocuments();
  const { countries, people } = corpusLexicons(docs);
  const documents = docs.map((d) => {
    const candidates = findCandidates(readArticle(d.document.id), { publishedOn: d.document.publishedOn, countries, people });
    return { id: d.document.id, candidates: linkCandidates(candidates, factsFromDocument(d), d.document.id) };
  });
  const byDoc = new Map(documents.map((d) => [d.id, d.candidates]));
  const gold = goldItems(docs).map((g) => ({ ...g, found: byDoc.get(g.document)!.some((c) => finds(c, g)) }));
  return { documents, gold };
}

/** FNV-1a, 32 bits: a stable pseudo-random rank for a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const SAMPLE_SEED = 16;
export const SAMPLE_SIZE = 100;

/**
 * SAMPLE_SIZE candidates of all the articles: those whose key ranks lowest under a seeded
 * hash. Uniform like a shuffle, but stable: a change to the extractor only moves the
 * candidates it changes in or out of the sample, so the other labels stay valid.
 */
export function precisionSample(run: CorpusRun, size = SAMPLE_SIZE, seed = SAMPLE_SEED): Array<{ document: string; candidate: Candidate }> {
  const all = run.documents.flatMap((d) => d.candidates.map((candidate) => ({ document: d.id, candidate, rank: fnv1a(`${seed}:${labelKey(d.id, candidate)}`) })));
  return all
    .sort((a, b) => a.rank - b.rank)
    .slice(0, size)
    .map(({ document, candidate }) => ({ document, candidate }))
    .sort((a, b) => a.document.localeCompare(b.document) || a.candidate.start - b.candidate.start);
}

/** The key a hand label is filed under, and the value it was given for (a changed value needs a new label). */
export const labelKey = (document: string, c: Candidate): string => `${document}@${c.start}-${c.end}/${c.kind}`;
export function valueSummary(c: Candidate): string {
  switch (c.kind) {
    case "amount":
      return `${c.value.value}${c.value.valueMax !== undefined ? `–${c.value.valueMax}` : ""} ${c.value.currency ?? "?"} ${c.value.qualifier}`;
    case "percentage":
      return `${c.value.value}%${c.value.direction ? ` ${c.value.direction}` : ""} ${c.value.qualifier}`;
    case "quantity":
      return `${c.value.value}${c.value.valueMax !== undefined ? `–${c.value.valueMax}` : ""} ${c.value.unit}${c.value.per ? `/${c.value.per}` : ""} ${c.value.qualifier}`;
    case "date": {
      const f = (p: { year?: number; month?: number; day?: number } | null | undefined): string => (p ? [p.year ?? "?", p.month, p.day].filter((x) => x !== undefined).join("-") : "unresolved");
      const v = c.value;
      const stated = `${f(v.stated.start as never)}${v.stated.end ? `..${f(v.stated.end as never)}` : ""}`;
      return `${v.basis} ${f(v.start)}${v.end ? `..${f(v.end)}` : ""}${v.start || !v.stated.start.month ? "" : ` (stated ${stated})`}`;
    }
    case "country":
      return `${c.value.code} ${c.value.form}`;
    case "person":
      return c.value.id + (c.value.alternatives ? ` (or ${c.value.alternatives.join(", ")})` : "");
  }
}
