/**
 * Document.candidates: the fact candidates of a stored text (@atlas/candidates), shaped for
 * GraphQL. The lexicons come from the subgraphs that own them, through Peers, since this
 * subgraph reads only its own tables: every country's spellings from the countries subgraph
 * (merged into the library's built-in list, which adds the adjective and demonym forms), and
 * every person's spellings from the people subgraph. Built once per request (context.ts).
 * Likewise the recorded facts a candidate links to: their citations live in the five fact
 * subgraphs, asked (in parallel, once per document and request) through `_citationsOfDocument`.
 */
import {
  atlasCountries,
  buildCountryLexicon,
  buildPersonLexicon,
  findCandidates,
  linkCandidates,
  type Candidate,
  type CountryLexicon,
  type CountrySpelling,
  type FactCitation,
  type DateParts as PartsValue,
  type PersonLexicon,
  type Qualifier as QualifierValue,
} from "@atlas/candidates";
import type { DocumentRow } from "@atlas/db";
import { partialDate, type Caller, type Peers } from "@atlas/runtime";
import type { CandidateKind, DateParts, FactCandidate, LinkedFact, PartialDate, Qualifier } from "./__generated__/resolvers-types";

export interface Lexicons {
  countries: CountryLexicon;
  people: PersonLexicon;
  /** The visible citations of a document's recorded facts, from the subgraphs that own them. */
  citations: (document: string) => Promise<DocumentCitation[]>;
}

/** A citation as the fact subgraphs' internal `_citationsOfDocument` returns it. */
export interface DocumentCitation {
  kind: string;
  id: string;
  citationId: string;
  start: number;
  end: number;
  figures: string[];
}

/** The subgraphs that own facts (and their citation tables). */
const FACT_SUBGRAPHS = ["agreements", "indicators", "people", "corridors", "countries"] as const;
const CITATIONS = `query CandidateCitations($document: ID!) { _citationsOfDocument(document: $document) { kind id citationId start end figures } }`;

/** Every visible citation of the document in every fact subgraph; one that is down fails the whole (SUBGRAPH_UNAVAILABLE). */
async function loadCitations(peers: Peers, document: string, ctx: { caller?: Caller; requestId?: string }): Promise<DocumentCitation[]> {
  const lists = await Promise.all(
    FACT_SUBGRAPHS.map(async (peer) => (await peers.request<{ _citationsOfDocument: DocumentCitation[] }>(peer, CITATIONS, { document }, ctx))._citationsOfDocument),
  );
  return lists.flat();
}

/** Pages of 100 (the peers' maximum); the bound keeps a runaway list from looping forever. */
const PAGE = 100;
const MAX_PAGES = 200;

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function everyNode<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Page<T> = await fetchPage(after);
    out.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return out;
}

const COUNTRIES = `query CandidateCountries($first: Int!, $after: String) { countries(first: $first, after: $after) { nodes { code names } pageInfo { hasNextPage endCursor } } }`;
const PEOPLE = `query CandidatePeople($first: Int!, $after: String) { people(first: $first, after: $after) { nodes { id names } pageInfo { hasNextPage endCursor } } }`;

/** Spellings ending like a nisba adjective ("الفرنسيين", "الكازاخستانية") are adjective forms, not names. */
const adjectival = (s: string): boolean => /(ي|ية|يه|يين|يون|يان)$/.test(s.split(" ").pop()!);

/** The country and person lexicons as the countries and people subgraphs know them now. */
export async function loadLexicons(peers: Peers, ctx: { caller?: Caller; requestId?: string }): Promise<Lexicons> {
  const [countries, people] = await Promise.all([
    everyNode<{ code: string; names: string[] }>(
      async (after) => (await peers.request<{ countries: Page<{ code: string; names: string[] }> }>("countries", COUNTRIES, { first: PAGE, after }, ctx)).countries,
    ),
    everyNode<{ id: string; names: string[] }>(
      async (after) => (await peers.request<{ people: Page<{ id: string; names: string[] }> }>("people", PEOPLE, { first: PAGE, after }, ctx)).people,
    ),
  ]);
  // The same merge as the library's report (report/corpus.ts): the countries subgraph's spellings added to the built-in list.
  const extra: CountrySpelling[] = countries.map((c) => ({ code: c.code, names: c.names.filter((n) => !adjectival(n)), demonyms: c.names.filter(adjectival) }));
  const citations = new Map<string, Promise<DocumentCitation[]>>();
  return {
    countries: buildCountryLexicon([...atlasCountries, ...extra]),
    people: buildPersonLexicon(people),
    citations: (document) => {
      let list = citations.get(document);
      if (!list) citations.set(document, (list = loadCitations(peers, document, ctx)));
      return list;
    },
  };
}

const QUALIFIER: Record<QualifierValue, Qualifier> = { exact: "EXACT", at_least: "AT_LEAST", at_most: "AT_MOST", approximately: "APPROXIMATELY", range: "RANGE" };
const PER = { year: "YEAR", month: "MONTH", day: "DAY" } as const;
const DIRECTION = { up: "UP", down: "DOWN" } as const;

const date = (d: { year: number; month?: number; day?: number } | null | undefined): PartialDate | null => (d ? partialDate(d.year, d.month, d.day) : null);
const parts = (p: PartsValue): DateParts => ({ year: p.year ?? null, month: p.month ?? null, day: p.day ?? null });

/** One library candidate as the GraphQL FactCandidate: only the field its kind names is set. */
function toGraphQL(document: string, c: Candidate, byKey: ReadonlyMap<string, DocumentCitation>): FactCandidate {
  const kind = c.kind.toUpperCase() as CandidateKind;
  const out: FactCandidate = {
    id: `${document}:${c.kind}:${c.start}-${c.end}`,
    kind,
    start: c.start,
    end: c.end,
    text: c.text,
    amount: null,
    percentage: null,
    quantity: null,
    date: null,
    country: null,
    person: null,
    linkedFacts: (c.links ?? []).map((l): LinkedFact => {
      const f = byKey.get(l.fact)!;
      return { kind: f.kind, id: f.id, citationId: f.citationId, start: f.start, end: f.end };
    }),
  };
  switch (c.kind) {
    case "amount":
      out.amount = { value: c.value.value, valueMax: c.value.valueMax ?? null, currency: c.value.currency, qualifier: QUALIFIER[c.value.qualifier] };
      break;
    case "percentage":
      out.percentage = {
        value: c.value.value,
        valueMax: c.value.valueMax ?? null,
        direction: c.value.direction ? DIRECTION[c.value.direction] : null,
        qualifier: QUALIFIER[c.value.qualifier],
      };
      break;
    case "quantity":
      out.quantity = { value: c.value.value, valueMax: c.value.valueMax ?? null, unit: c.value.unit, per: c.value.per ? PER[c.value.per] : null, qualifier: QUALIFIER[c.value.qualifier] };
      break;
    case "date":
      out.date = {
        basis: c.value.basis,
        start: date(c.value.start),
        end: date(c.value.end),
        stated: parts(c.value.stated.start),
        statedEnd: c.value.stated.end ? parts(c.value.stated.end) : null,
        phrase: c.value.phrase ?? null,
        resolvedAgainst: date(c.value.resolvedAgainst),
      };
      break;
    case "country":
      out.country = { code: c.value.code, form: c.value.form === "name" ? "NAME" : "ADJECTIVE", country: { code: c.value.code } };
      break;
    case "person":
      out.person = { id: c.value.id, person: { id: c.value.id }, alternatives: (c.value.alternatives ?? []).map((id) => ({ id })) };
      break;
  }
  return out;
}

/** A citation's key for linkCandidates: unique per citation, so each overlapping citation is its own link. */
const citationKey = (f: DocumentCitation): string => `${f.kind}:${f.id}:${f.citationId}`;

/**
 * The document's candidates, in text order, each with the recorded facts it matches;
 * `kinds` (GraphQL enum values) filters them. Empty when the text is not stored.
 */
export async function documentCandidates(d: DocumentRow, lexicons: Lexicons, kinds?: readonly CandidateKind[] | null): Promise<FactCandidate[]> {
  if (d.text === null) return [];
  const publishedOn = d.publishedYear === null ? null : { year: d.publishedYear, ...(d.publishedMonth ? { month: d.publishedMonth } : {}), ...(d.publishedDay ? { day: d.publishedDay } : {}) };
  const wanted = kinds?.length ? new Set(kinds) : null;
  const found = findCandidates(d.text, { publishedOn, countries: lexicons.countries, people: lexicons.people });
  const cited = await lexicons.citations(d.id);
  const byKey = new Map(cited.map((f) => [citationKey(f), f]));
  const facts: FactCitation[] = cited.map((f) => ({ fact: citationKey(f), start: f.start, end: f.end, figures: f.figures }));
  return linkCandidates(found, facts)
    .map((c) => toGraphQL(d.id, c, byKey))
    .filter((c) => !wanted || wanted.has(c.kind));
}
