/**
 * The workbench's writes and the facts a document already has (issue 16). Every write is a
 * curation mutation of the subgraph that owns the fact, sent with the curator's key
 * (curatorQuery); the server validates it (seed contract, references, spans and figures)
 * and refuses with BAD_USER_INPUT naming the input path, which the form shows at its field.
 */
import { ApiRefusal, curatorQuery, type FactCandidate } from "./workbench-api";

export type FactKind = "indicator" | "agreement" | "event" | "role";
export type RecordedKind = FactKind | "corridor";

export const FACT_KINDS: readonly FactKind[] = ["indicator", "agreement", "event", "role"];

export const INDICATOR_KINDS = ["ACTUAL", "TARGET", "FORECAST", "ESTIMATE", "CUMULATIVE", "PLANNED", "CAPACITY"] as const;
export const QUALIFIERS = ["EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATELY", "RANGE"] as const;
export const AGREEMENT_KINDS = ["TREATY", "AGREEMENT", "MEMORANDUM", "JOINT_STATEMENT", "DECLARATION", "COUNCIL", "COMMISSION", "PROGRAM", "ROADMAP", "CONTRACT", "FUND", "OTHER"] as const;
export const AGREEMENT_STATUSES = ["SIGNED", "IN_FORCE", "ESTABLISHED", "PLANNED", "UNDER_NEGOTIATION", "ANNOUNCED", "UNKNOWN"] as const;
export const EVENT_KINDS = ["STATE_VISIT", "OFFICIAL_VISIT", "VISIT", "SUMMIT", "MEETING", "TALKS", "CONFERENCE", "FORUM", "COUNCIL_SESSION", "OPENING", "SIGNING", "PHONE_CALL", "OTHER"] as const;
export const ROLE_KINDS = ["HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "MINISTER", "DEPUTY_MINISTER", "OFFICIAL", "DIPLOMAT", "LEGISLATOR", "MILITARY", "BUSINESS", "EXPERT", "AUTHOR", "JOURNALIST", "OTHER"] as const;
export const DATE_BASES = ["STATED", "RELATIVE"] as const;

/** One citation of a recorded fact, in the document the workbench shows. */
export interface RecordedCitation {
  start: number;
  end: number;
  claim: string;
  citationId: string | null;
}

/** A fact that cites the open document, visible or retracted. */
export interface RecordedFact {
  kind: RecordedKind;
  id: string;
  title: string;
  version: number;
  retraction: { at: string; by: string; reason: string } | null;
  citations: RecordedCitation[];
}

interface SourceNode {
  document: string;
  start: number;
  end: number;
  claim: string;
  citationId: string | null;
}
interface FactNode {
  id: string;
  version: number;
  retraction: { at: string; by: string; reason: string } | null;
  sources: SourceNode[];
}
interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const FACT_FIELDS = "id version retraction { at by reason } sources { document start end claim citationId }";

/** Per kind: the list to page through (retracted ones too: curators only) and how a node reads in the margin. */
const LISTS: { kind: RecordedKind; field: string; query: string; title: (n: FactNode & Record<string, unknown>) => string }[] = [
  {
    kind: "indicator",
    field: "indicators",
    query: `query WorkbenchIndicators($after: String) { indicators(first: 100, after: $after, includeRetracted: true) { nodes { ${FACT_FIELDS} label value unit } pageInfo { hasNextPage endCursor } } }`,
    title: (n) => `${String(n.label)}: ${Number(n.value).toLocaleString("en-GB")} ${String(n.unit)}`,
  },
  {
    kind: "agreement",
    field: "agreements",
    query: `query WorkbenchAgreements($after: String) { agreements(first: 100, after: $after, includeRetracted: true) { nodes { ${FACT_FIELDS} title kind } pageInfo { hasNextPage endCursor } } }`,
    title: (n) => `${String(n.title)} (${String(n.kind).toLowerCase()})`,
  },
  {
    kind: "event",
    field: "events",
    query: `query WorkbenchEvents($after: String) { events(first: 100, after: $after, includeRetracted: true) { nodes { ${FACT_FIELDS} title kind date { iso } } pageInfo { hasNextPage endCursor } } }`,
    title: (n) => `${String(n.title)} (${String(n.kind).toLowerCase()}${n.date ? `, ${(n.date as { iso: string }).iso}` : ""})`,
  },
  {
    kind: "role",
    field: "roles",
    query: `query WorkbenchRoles($after: String) { roles(first: 100, after: $after, includeRetracted: true) { nodes { ${FACT_FIELDS} title kind person { id name } } pageInfo { hasNextPage endCursor } } }`,
    title: (n) => `${(n.person as { name: string } | null)?.name ?? "(retracted person)"}: ${String(n.title)}`,
  },
  {
    kind: "corridor",
    field: "corridors",
    query: `query WorkbenchCorridors($after: String) { corridors(first: 100, after: $after, includeRetracted: true) { nodes { ${FACT_FIELDS} name kind } pageInfo { hasNextPage endCursor } } }`,
    title: (n) => `${String(n.name)} (${String(n.kind).toLowerCase()})`,
  },
];

/**
 * Every fact with a citation in `document`, visible and retracted, by kind and id. The API
 * has no public "facts citing a document" field, so this pages through each fact list (100
 * at a time) and keeps those citing it: fine for a corpus of this size.
 */
export async function factsOfDocument(key: string, document: string, signal?: AbortSignal): Promise<RecordedFact[]> {
  const perKind = await Promise.all(
    LISTS.map(async (list) => {
      const out: RecordedFact[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const data: Record<string, Page<FactNode & Record<string, unknown>>> = await curatorQuery(key, list.query, { after }, signal);
        const connection = data[list.field]!;
        for (const n of connection.nodes) {
          const citations = n.sources.filter((s) => s.document === document).map(({ start, end, claim, citationId }) => ({ start, end, claim, citationId }));
          if (citations.length) out.push({ kind: list.kind, id: n.id, title: list.title(n), version: n.version, retraction: n.retraction, citations });
        }
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      return out;
    }),
  );
  return perKind.flat().sort((a, b) => (a.citations[0]?.start ?? 0) - (b.citations[0]?.start ?? 0) || a.id.localeCompare(b.id));
}

const RETRACT: Record<RecordedKind, string> = {
  indicator: "retractIndicator",
  agreement: "retractAgreement",
  event: "retractEvent",
  role: "retractRole",
  corridor: "retractCorridor",
};

/** Retracts a fact read at `version`; the server answers CONFLICT when another write came first. */
export async function retractFact(key: string, fact: Pick<RecordedFact, "kind" | "id" | "version">, reason: string): Promise<void> {
  const field = RETRACT[fact.kind];
  await curatorQuery(key, `mutation WorkbenchRetract($id: ID!, $version: Int!, $reason: String!) { ${field}(id: $id, version: $version, reason: $reason) { id version } }`, {
    id: fact.id,
    version: fact.version,
    reason,
  });
}

/** The fact as the server holds it now (after a CONFLICT), or null when it is gone from the lists. */
export async function rereadFact(key: string, document: string, fact: Pick<RecordedFact, "kind" | "id">): Promise<RecordedFact | null> {
  const all = await factsOfDocument(key, document);
  return all.find((f) => f.kind === fact.kind && f.id === fact.id) ?? null;
}

/** The form's values, all as typed (strings); `kind` picks the mutation. */
export type FormValues = Record<string, string>;

/** What the form opens with: the span, and the candidate it was opened from, if any. */
export interface FormOrigin {
  start: number;
  end: number;
  candidate: FactCandidate | null;
}

const DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*/g;

/** Every number the passage writes, as written: the citation's figures. */
export const figuresOf = (passage: string): string[] => [...new Set(passage.match(DIGITS) ?? [])];

/** The fact a candidate suggests: numbers are indicators, dates events, people roles, countries agreements. */
export function suggestedKind(c: FactCandidate | null, candidatesInSpan: readonly FactCandidate[]): FactKind {
  const lead = c ?? candidatesInSpan.find((x) => ["AMOUNT", "PERCENTAGE", "QUANTITY"].includes(x.kind)) ?? candidatesInSpan.find((x) => x.kind === "DATE") ?? candidatesInSpan.find((x) => x.kind === "PERSON") ?? null;
  switch (lead?.kind) {
    case "DATE":
      return "event";
    case "PERSON":
      return "role";
    case "COUNTRY":
      return "agreement";
    default:
      return "indicator";
  }
}

const isoToText = (iso: string | null | undefined): string => iso ?? "";

/**
 * The form's first values for a span: the citation (document, offsets, figures the passage
 * writes), the countries the document names, and what the candidate states (value and unit,
 * a date, a person).
 */
export function prefill(origin: FormOrigin, text: string, candidates: readonly FactCandidate[]): FormValues {
  const passage = text.slice(origin.start, origin.end);
  const inSpan = candidates.filter((c) => c.start < origin.end && c.end > origin.start);
  const countries = [...new Set(candidates.filter((c) => c.country).map((c) => c.country!.code))];
  const spanCountries = [...new Set(inSpan.filter((c) => c.country).map((c) => c.country!.code))];
  const parties = (spanCountries.length >= 2 ? spanCountries : countries).slice(0, 2).join(", ");
  const values: FormValues = {
    kind: suggestedKind(origin.candidate, inSpan),
    start: String(origin.start),
    end: String(origin.end),
    claim: "",
    figures: figuresOf(passage).join(", "),
    countries: parties,
    parties,
    indicatorKind: "ACTUAL",
    qualifier: "EXACT",
    agreementKind: "AGREEMENT",
    agreementStatus: "SIGNED",
    eventKind: "MEETING",
    roleKind: "OFFICIAL",
    basis: "STATED",
  };
  const lead = origin.candidate ?? inSpan.find((c) => c.amount ?? c.percentage ?? c.quantity) ?? null;
  const number = lead?.amount ?? lead?.percentage ?? lead?.quantity ?? null;
  if (number) {
    values.value = String(number.value);
    values.valueMax = number.valueMax === null ? "" : String(number.valueMax);
    values.qualifier = QUALIFIERS.includes(number.qualifier as (typeof QUALIFIERS)[number]) ? number.qualifier : "EXACT";
  }
  if (lead?.amount) values.unit = lead.amount.currency ?? "";
  if (lead?.percentage) values.unit = "PERCENT";
  if (lead?.quantity) values.unit = lead.quantity.unit;
  const date = (origin.candidate?.date ? origin.candidate : inSpan.find((c) => c.date?.start))?.date ?? null;
  if (date?.start) {
    values.date = isoToText(date.start.iso);
    values.basis = date.basis === "RELATIVE" ? "RELATIVE" : "STATED";
    if (date.basis === "RELATIVE") values.basisNote = `"${date.phrase ?? ""}" resolved against the publication date ${date.resolvedAgainst?.iso ?? ""}`;
    if (date.basis !== "RELATIVE" && /^\d{4}/.test(date.start.iso)) values.year = date.start.iso.slice(0, 4);
  }
  const person = (origin.candidate?.person ? origin.candidate : inSpan.find((c) => c.person))?.person ?? null;
  if (person) values.person = person.id;
  return values;
}

/** "2026", "2026-02" or "2026-02-03" as a PartialDateInput; null when blank; throws when malformed. */
export function partialDate(text: string | undefined, field: string): { year: number; month?: number; day?: number } | null {
  const t = (text ?? "").trim();
  if (!t) return null;
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (!m) throw new FormProblem(field, "write the date as yyyy, yyyy-mm or yyyy-mm-dd");
  return { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

/** A problem the form finds before sending (a value it cannot even put into the request). */
export class FormProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "FormProblem";
  }
}

const list = (s: string | undefined): string[] =>
  (s ?? "")
    .split(/[,،\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const codes = (s: string | undefined): string[] => list(s).map((x) => x.toUpperCase());
const opt = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);
const int = (s: string | undefined, field: string): number => {
  const n = Number((s ?? "").trim());
  if ((s ?? "").trim() === "" || !Number.isInteger(n)) throw new FormProblem(field, "must be a whole number");
  return n;
};
const num = (s: string | undefined, field: string): number | undefined => {
  if (!s?.trim()) return undefined;
  const n = Number(s.trim());
  if (!Number.isFinite(n)) throw new FormProblem(field, "must be a number");
  return n;
};

/** The mutation and its variables for the form's values. */
export function mutationOf(document: string, v: FormValues): { query: string; variables: Record<string, unknown>; field: string } {
  const citation = { document, start: int(v.start, "start"), end: int(v.end, "end"), claim: (v.claim ?? "").trim(), figures: list(v.figures) };
  switch (v.kind as FactKind) {
    case "indicator": {
      const value = num(v.value, "value");
      if (value === undefined) throw new FormProblem("value", "is required");
      const year = num(v.year, "year");
      return {
        field: "createIndicator",
        query: "mutation WorkbenchCreateIndicator($input: IndicatorInput!) { createIndicator(input: $input) { id version } }",
        variables: {
          input: {
            metric: (v.metric ?? "").trim().toUpperCase(),
            kind: v.indicatorKind,
            value,
            qualifier: v.qualifier,
            valueMax: num(v.valueMax, "valueMax"),
            unit: (v.unit ?? "").trim().toUpperCase(),
            year,
            label: (v.label ?? "").trim(),
            countries: codes(v.countries),
            sources: [citation],
          },
        },
      };
    }
    case "agreement": {
      const date = partialDate(v.date, "date");
      return {
        field: "createAgreement",
        query: "mutation WorkbenchCreateAgreement($input: AgreementInput!) { createAgreement(input: $input) { id version } }",
        variables: {
          input: {
            kind: v.agreementKind,
            status: v.agreementStatus,
            title: (v.title ?? "").trim(),
            titleAr: opt(v.titleAr),
            parties: codes(v.parties),
            signedOn: date ? [{ start: date, basis: v.basis, basisNote: v.basis === "RELATIVE" ? opt(v.basisNote) : undefined, source: citation }] : [],
            sources: [citation],
          },
        },
      };
    }
    case "event": {
      const date = partialDate(v.date, "date");
      const city = opt(v.city);
      const placeCountry = opt(v.placeCountry)?.toUpperCase();
      return {
        field: "createEvent",
        query: "mutation WorkbenchCreateEvent($input: EventInput!) { createEvent(input: $input) { id version } }",
        variables: {
          input: {
            kind: v.eventKind,
            title: { en: (v.title ?? "").trim(), ar: opt(v.titleAr) },
            countries: codes(v.countries),
            dates: date ? [{ start: date, basis: v.basis, basisNote: v.basis === "RELATIVE" ? opt(v.basisNote) : undefined, source: citation }] : [],
            place: city || placeCountry ? { country: placeCountry, city: city ? { en: city } : undefined } : undefined,
            sources: [citation],
          },
        },
      };
    }
    case "role": {
      const asOf = partialDate(v.date, "date");
      return {
        field: "createRole",
        query: "mutation WorkbenchCreateRole($personId: ID!, $input: RoleInput!) { createRole(personId: $personId, input: $input) { id version } }",
        variables: {
          personId: (v.person ?? "").trim(),
          input: {
            kind: v.roleKind,
            title: { en: (v.title ?? "").trim(), ar: opt(v.titleAr) },
            country: opt(v.country)?.toUpperCase(),
            organization: opt(v.organization),
            asOf: asOf ?? undefined,
            sources: [citation],
          },
        },
      };
    }
    default:
      throw new FormProblem("kind", `unknown kind of fact ${JSON.stringify(v.kind)}`);
  }
}

/**
 * Which of the form's fields a server path names: "input.sources[0]…" and a date claim's
 * "…source" are the citation's offsets, "input.countries[1]" the countries, "personId" the
 * person. Null for a path the form has no field for (shown above the form).
 */
export function formFieldOf(path: string | null, kind: FactKind): string | null {
  if (!path) return null;
  if (/^input\.sources\b/.test(path) || /^input\.(signedOn|dates)\[\d+\]\.source\b/.test(path)) {
    if (/\.claim$/.test(path)) return "claim";
    if (/\.figures/.test(path)) return "figures";
    return "end";
  }
  if (/^input\.(signedOn|dates|asOf)\b/.test(path)) return "date";
  if (path === "personId") return "person";
  if (/^input\.place\.country\b/.test(path)) return "placeCountry";
  const m = /^input\.([A-Za-z]+)/.exec(path);
  const name = m?.[1];
  if (!name) return null;
  const byKind: Record<FactKind, Record<string, string>> = {
    indicator: { metric: "metric", kind: "indicatorKind", value: "value", qualifier: "qualifier", valueMax: "valueMax", unit: "unit", year: "year", period: "year", label: "label", countries: "countries" },
    agreement: { kind: "agreementKind", status: "agreementStatus", title: "title", titleAr: "titleAr", parties: "parties" },
    event: { kind: "eventKind", title: "title", countries: "countries", place: "city" },
    role: { kind: "roleKind", title: "title", country: "country", organization: "organization", start: "date", end: "date" },
  };
  return byKind[kind][name] ?? null;
}

/** Sends the form; resolves to the new fact's id. Refusals come back as ApiRefusal (with field) or FormProblem. */
export async function recordFact(key: string, document: string, v: FormValues): Promise<string> {
  const { query, variables, field } = mutationOf(document, v);
  const data = await curatorQuery<Record<string, { id: string }>>(key, query, variables);
  return data[field]!.id;
}

export { ApiRefusal };
