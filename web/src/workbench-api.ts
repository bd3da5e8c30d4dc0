/**
 * The curator's workbench reads through the same public API with the curator's key. Its
 * operations are not persisted (no `/* GraphQL *\/` marker, see persisted-operations.ts):
 * they are for key holders, who may send any document, so they go by POST with the key
 * and are never cached.
 */
import type { ApiError } from "./api";

export type CandidateKind = "AMOUNT" | "PERCENTAGE" | "QUANTITY" | "DATE" | "COUNTRY" | "PERSON";

export interface FactCandidate {
  id: string;
  kind: CandidateKind;
  start: number;
  end: number;
  text: string;
  amount: { value: number; valueMax: number | null; currency: string | null; qualifier: string } | null;
  percentage: { value: number; valueMax: number | null; direction: string | null; qualifier: string } | null;
  quantity: { value: number; valueMax: number | null; unit: string; per: string | null; qualifier: string } | null;
  date: { basis: string; start: { iso: string } | null; end: { iso: string } | null; phrase: string | null; resolvedAgainst: { iso: string } | null } | null;
  country: { code: string; form: string } | null;
  person: { id: string; alternatives: { id: string }[] } | null;
}

export interface WorkbenchDocument {
  id: string;
  title: string;
  publishedOn: { iso: string } | null;
  text: string | null;
  candidates: FactCandidate[];
}

export const WORKBENCH_DOCUMENTS = `
  query WorkbenchDocuments {
    documents { id title }
  }
`;

export const WORKBENCH_DOCUMENT = `
  query WorkbenchDocument($id: ID!) {
    document(id: $id) {
      id title publishedOn { iso } text
      candidates {
        id kind start end text
        amount { value valueMax currency qualifier }
        percentage { value valueMax direction qualifier }
        quantity { value valueMax unit per qualifier }
        date { basis start { iso } end { iso } phrase resolvedAgainst { iso } }
        country { code form }
        person { id alternatives { id } }
      }
    }
  }
`;

/** The server's first error, with its code and (for BAD_USER_INPUT) the input path it names. */
export class ApiRefusal extends Error {
  readonly code: string | null;
  readonly field: string | null;
  readonly extensions: Record<string, unknown>;
  /** The message as the server wrote it, without the code. */
  readonly serverMessage: string;
  constructor(error: ApiError) {
    const code = error.extensions?.code ?? null;
    super(code ? `${error.message} (${code})` : error.message);
    this.name = "ApiRefusal";
    this.code = code;
    this.extensions = (error.extensions ?? {}) as Record<string, unknown>;
    this.field = typeof this.extensions.field === "string" ? this.extensions.field : null;
    this.serverMessage = error.message;
  }
}

/** POSTs an operation with the curator's key; a refusal (no key, wrong role) comes back as its message with its code. */
export async function curatorQuery<T>(key: string, query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: T | null; errors?: ApiError[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new Error(`The API answered HTTP ${res.status} without a JSON body`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiRefusal(first);
  if (!body.data) throw new Error(`The API answered HTTP ${res.status} without data`);
  return body.data;
}

/** A candidate's value in words, for the list beside the text. */
export function describeCandidate(c: FactCandidate): string {
  const n = (v: number): string => v.toLocaleString("en-GB", { maximumFractionDigits: 6 });
  const range = (v: number, max: number | null): string => (max === null ? n(v) : `${n(v)}–${n(max)}`);
  const q = (qualifier: string): string => (qualifier === "EXACT" || qualifier === "RANGE" ? "" : `${qualifier.toLowerCase().replace("_", " ")} `);
  if (c.amount) return `${q(c.amount.qualifier)}${range(c.amount.value, c.amount.valueMax)} ${c.amount.currency ?? "(currency unsettled)"}`;
  if (c.percentage) return `${q(c.percentage.qualifier)}${range(c.percentage.value, c.percentage.valueMax)}%${c.percentage.direction ? ` ${c.percentage.direction.toLowerCase()}` : ""}`;
  if (c.quantity) return `${q(c.quantity.qualifier)}${range(c.quantity.value, c.quantity.valueMax)} ${c.quantity.unit}${c.quantity.per ? ` per ${c.quantity.per.toLowerCase()}` : ""}`;
  if (c.date) {
    const when = c.date.start ? `${c.date.start.iso}${c.date.end ? ` to ${c.date.end.iso}` : ""}` : "unresolved";
    return c.date.basis === "RELATIVE" ? `${when} (relative, against ${c.date.resolvedAgainst?.iso ?? "no publication date"})` : when;
  }
  if (c.country) return `${c.country.code}${c.country.form === "ADJECTIVE" ? " (adjective)" : ""}`;
  if (c.person) return [c.person.id, ...c.person.alternatives.map((a) => a.id)].join(" or ");
  return "";
}
