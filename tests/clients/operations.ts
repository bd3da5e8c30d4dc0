/**
 * What an app asks, as its authors would write it, for the client-library tests: the deep
 * profile, a country, the list of countries, a pair's paged agreements. Every object a
 * cache normalises carries `id`; none of the operations names a type policy.
 */
import { BILATERAL_PROFILE as PROFILE } from "../support/queries";

/**
 * The deep bilateral profile as an app with a normalised cache writes it: the shared
 * profile (tests/support/queries.ts, also the benchmark's) with `id` on every object.
 */
export const BILATERAL_PROFILE = [
  ["countries { code", "countries { id code"], // the pair's countries and each indicator's
  ["parties { code name }", "parties { id code name }"],
  ["signedOn { iso }", "signedOn { id iso }"],
  ["date { iso }", "date { id iso }"],
  ["sources { document", "sources { id document"],
  ["roles { kind title country { code }", "roles { id kind title country { id code }"],
].reduce((q, [from, to]) => {
  if (!q.includes(from!)) throw new Error(`the shared profile no longer selects ${from}`);
  return q.split(from!).join(to!);
}, PROFILE);

export const COUNTRY_PROFILE = /* GraphQL */ `
  query CountryProfile($code: ID!) {
    country(code: $code) {
      id
      code
      name
      leaders { id name }
      agreements { id title parties { id code name } sources { id document claim start end } }
      indicators { id label value countries { id code } sources { id document claim } }
    }
  }
`;

export const COUNTRY_LIST = /* GraphQL */ `
  query CountryList($first: Int) {
    countries(first: $first) { totalCount nodes { id code name } }
  }
`;

export const PAIR_AGREEMENTS_PAGE = /* GraphQL */ `
  query PairAgreementsPage($a: ID!, $b: ID!, $first: Int, $after: String) {
    bilateral(a: $a, b: $b) {
      id
      agreementsConnection(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id title parties { id code } }
      }
    }
  }
`;

export const PAIR_AGREEMENTS_ALL = /* GraphQL */ `
  query PairAgreementsAll($a: ID!, $b: ID!) {
    bilateral(a: $a, b: $b) { id agreements { id } }
  }
`;

export interface AgreementsConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}

export interface AgreementsPage {
  bilateral: { id: string; agreementsConnection: AgreementsConnection } | null;
}

/** The six reads of the session: profile, two countries, the list, another pair, the profile again. */
export const SESSION: { query: string; variables: Record<string, unknown> }[] = [
  { query: BILATERAL_PROFILE, variables: { a: "AZ", b: "RU" } },
  { query: COUNTRY_PROFILE, variables: { code: "AZ" } },
  { query: COUNTRY_PROFILE, variables: { code: "KZ" } },
  { query: COUNTRY_LIST, variables: { first: 100 } },
  { query: BILATERAL_PROFILE, variables: { a: "AZ", b: "KZ" } },
  { query: BILATERAL_PROFILE, variables: { a: "AZ", b: "UZ" } },
];

/** Console output a client library writes (warnings such as "Cache data may be lost"), captured for a test. */
export function captureConsole(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = { warn: console.warn, error: console.error, log: console.log };
  const keep =
    (kind: string) =>
    (...args: unknown[]): void => {
      messages.push(`${kind}: ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}`);
    };
  console.warn = keep("warn");
  console.error = keep("error");
  return {
    messages,
    restore: () => {
      console.warn = original.warn;
      console.error = original.error;
    },
  };
}

/** Every object with a __typename in an answer, by "Type:id" (the normalised key), and those without an id. */
export function entitiesIn(value: unknown, into = { keys: new Set<string>(), withoutId: new Set<string>() }): typeof into {
  if (Array.isArray(value)) for (const v of value) entitiesIn(v, into);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.__typename === "string" && !/Connection$|Edge$|^PageInfo$/.test(o.__typename)) {
      if (typeof o.id === "string") into.keys.add(`${o.__typename}:${o.id}`);
      else into.withoutId.add(o.__typename);
    }
    for (const v of Object.values(o)) entitiesIn(v, into);
  }
  return into;
}
