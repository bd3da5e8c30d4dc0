/**
 * The explorer's only way to the data: the public GraphQL API. Its operations are persisted
 * (listed at build time, see web/persisted-operations.ts): a query goes as a GET naming the
 * operation's sha256, a short URL the browser and a CDN may cache (the gateway says how long
 * in Cache-Control). A gateway that does not know the hash (another build) gets the document by POST.
 */
import persistedIds from "virtual:persisted-operations";

export interface ApiError {
  message: string;
  extensions?: { code?: string; serviceName?: string };
}

export interface ApiResult<T> {
  data: T | null;
  /** Errors that came with a (partial) answer, e.g. one subgraph down. */
  errors: ApiError[];
}

interface Body<T> {
  data?: T | null;
  errors?: ApiError[];
}

const OPERATION = /^\s*query\s+([_A-Za-z][_0-9A-Za-z]*)/;

async function send<T>(url: string, init: RequestInit): Promise<{ status: number; body: Body<T> }> {
  const res = await fetch(url, init);
  try {
    return { status: res.status, body: (await res.json()) as Body<T> };
  } catch {
    throw new Error(`The API answered HTTP ${res.status} without a JSON body`);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<ApiResult<T>> {
  const name = OPERATION.exec(query)?.[1];
  const hash = name ? persistedIds[name] : undefined;
  let answer: { status: number; body: Body<T> } | undefined;
  if (name && hash) {
    const search = new URLSearchParams({
      operationName: name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
    });
    answer = await send<T>(`/graphql?${search}`, { headers: { accept: "application/json" }, signal });
    if (answer.body.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) answer = undefined;
  }
  answer ??= await send<T>("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const errors = answer.body.errors ?? [];
  if (!answer.body.data) throw new Error(errors.map((e) => e.message).join("; ") || `The API answered HTTP ${answer.status} without data`);
  return { data: answer.body.data, errors };
}

export interface Source {
  document: string;
  publisher: string | null;
  publishedOn: string | null;
  claim: string;
  start: number;
  end: number;
}

export interface CountryOption {
  code: string;
  name: string;
  nameAr: string;
  names: string[];
}

export const COUNTRIES = /* GraphQL */ `
  query ExplorerCountries {
    countries(first: 100) { nodes { code name nameAr: name(lang: AR) names } }
  }
`;

export interface Country {
  code: string;
  iso3: string;
  name: string;
  nameAr: string;
  capital: string | null;
  capitalAr: string | null;
  leaders: { id: string; name: string; nameAr: string }[] | null;
}

export interface Agreement {
  id: string;
  title: string;
  titleAr: string;
  kind: string;
  status: string;
  signedOn: { iso: string } | null;
  signedOnDisputed: boolean;
  signedOnClaims: { date: { iso: string }; source: Source }[];
  parties: { code: string }[];
  sources: Source[];
}

export interface Event {
  id: string;
  kind: string;
  title: string;
  titleAr: string;
  date: { iso: string } | null;
  place: { city: string | null; country: { code: string } | null } | null;
  participants: { id: string; name: string }[];
  sources: Source[];
}

export interface Indicator {
  id: string;
  metric: string;
  kind: string;
  value: number;
  /** EXACT, AT_LEAST ("more than"), AT_MOST ("up to"), APPROXIMATELY ("about") or RANGE (value to valueMax). */
  qualifier: string;
  valueMax: number | null;
  unit: string;
  year: number | null;
  changePercent: number | null;
  label: string;
  countries: { code: string }[];
  sources: Source[];
}

export interface Person {
  id: string;
  name: string;
  nameAr: string;
  roles: { kind: string; title: string; country: { code: string } | null; organization: string | null }[];
}

export interface Corridor {
  id: string;
  kind: string;
  name: string;
  nameAr: string;
  status: string;
  summary: string | null;
  countries: { code: string }[];
  sources: Source[];
}

export interface DocumentInfo {
  id: string;
  title: string;
  titleAr: string;
  publisher: string | null;
  publishedOn: { iso: string } | null;
  author: string | null;
}

export interface Profile {
  bilateral: {
    id: string;
    countries: Country[];
    agreements: Agreement[] | null;
    events: Event[] | null;
    indicators: Indicator[] | null;
    people: Person[] | null;
    corridors: Corridor[] | null;
  } | null;
  documents: DocumentInfo[] | null;
}

/** The whole bilateral profile in one request (within the gateway's depth and cost limits). */
export const PROFILE = /* GraphQL */ `
  query ExplorerProfile($a: ID!, $b: ID!) {
    bilateral(a: $a, b: $b) {
      id
      countries {
        code iso3 name nameAr: name(lang: AR) capital capitalAr: capital(lang: AR)
        leaders { id name nameAr: name(lang: AR) }
      }
      agreements {
        id title titleAr: title(lang: AR) kind status signedOn { iso } signedOnDisputed
        signedOnClaims { date { iso } source { ...Cited } }
        parties { code }
        sources { ...Cited }
      }
      events {
        id kind title titleAr: title(lang: AR) date { iso }
        place { city country { code } }
        participants { id name }
        sources { ...Cited }
      }
      indicators { id metric kind value qualifier valueMax unit year changePercent label countries { code } sources { ...Cited } }
      people { id name nameAr: name(lang: AR) roles { kind title country { code } organization } }
      corridors { id kind name nameAr: name(lang: AR) status summary countries { code } sources { ...Cited } }
    }
    documents { id title titleAr: title(lang: AR) publisher publishedOn { iso } author }
  }
  fragment Cited on Source { document publisher publishedOn claim start end }
`;
