/**
 * The export datasets: for each, its columns (the same names and meaning as the SQL
 * views `analytics.<name>` / `analytics_<name>`, see the migration
 * 20261122160000_analytics_views), the fixed GraphQL operation that reads it through the
 * gateway, and how one page of that operation's answer becomes rows.
 */
import { ExportError, type Filters } from "./params";

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** One entity of a GraphQL page: its connection cursor, its id, and the export rows it gives (after filtering). */
export interface Entity {
  cursor: string;
  id: string;
  rows: Row[];
}

/** One call of a dataset's operation: its variables, and how to read the answer. */
export interface Step {
  query: string;
  variables: Record<string, unknown>;
  /** The page's entities in order, and whether more follow the last one. */
  read(data: unknown): { entities: Entity[]; hasNextPage: boolean };
}

export interface Dataset {
  name: string;
  /** The SQL view with the same columns (PostgreSQL name; on SQLite `analytics_<view>`). */
  view: string;
  description: string;
  columns: readonly string[];
  /** Which filters apply; any other is refused with HTTP 400. */
  filters: readonly (keyof Filters)[];
  /**
   * The most entities one GraphQL call asks for (`$first`; the subgraphs allow 1..100).
   * The gateway's demand control multiplies the cost of an entity's fields by it: sized so
   * one call is estimated (demand.ts, with the subgraphs' @listSize) at half the default
   * cost limit or less; the estimates are beside each dataset's pageSize.
   */
  pageSize: number;
  /**
   * The filters of `f` this dataset applies to fetched entities because the subgraph has
   * no argument for them: with any of them, an entity may give no row at all.
   */
  filteredAfterFetch(f: Filters): (keyof Filters)[];
  /** The operation call for up to `first` entities after the connection cursor `after` (null: from the first). */
  step(filters: Filters, after: string | null, first: number): Step;
}

interface SourceNode {
  document: string;
  publisher: string | null;
  publishedOn: string | null;
  claim: string;
  start: number;
  end: number;
}

interface PageOf<T> {
  pageInfo: { hasNextPage: boolean };
  edges: { cursor: string; node: T }[];
}

const SOURCE_FIELDS = "document publisher publishedOn claim start end";

const sourceCells = (s: SourceNode | undefined): Row => ({
  source_document: s?.document ?? null,
  source_publisher: s?.publisher ?? null,
  source_published_on: s?.publishedOn ?? null,
  source_start: s?.start ?? null,
  source_end: s?.end ?? null,
  source_claim: s?.claim ?? null,
});

const SOURCE_COLUMNS = ["source_document", "source_publisher", "source_published_on", "source_start", "source_end", "source_claim"] as const;

const inYears = (year: number | null, f: Filters): boolean => {
  if (f.yearFrom === undefined && f.yearTo === undefined) return true;
  if (year === null) return false;
  return (f.yearFrom === undefined || year >= f.yearFrom) && (f.yearTo === undefined || year <= f.yearTo);
};

const entitiesOf = <T extends { id: string }>(page: PageOf<T>, rowsOf: (node: T) => Row[]): { entities: Entity[]; hasNextPage: boolean } => ({
  entities: page.edges.map((e) => ({ cursor: e.cursor, id: e.node.id, rows: rowsOf(e.node) })),
  hasNextPage: page.pageInfo.hasNextPage,
});

// ─── indicators ──────────────────────────────────────────────────────────────

interface IndicatorNode {
  id: string;
  metric: string;
  kind: string;
  label: string;
  value: number;
  qualifier: string;
  valueMax: number | null;
  partOf: { id: string } | null;
  unit: string;
  year: number | null;
  changePercent: number | null;
  basisNote: string | null;
  periodStart: { iso: string } | null;
  periodEnd: { iso: string } | null;
  from: { code: string } | null;
  to: { code: string } | null;
  countries: { code: string }[];
  sources: SourceNode[];
}

const INDICATORS = /* GraphQL */ `
  query ExportIndicators($country: ID, $partner: ID, $metric: String, $yearFrom: Int, $yearTo: Int, $first: Int!, $after: String) {
    indicators(country: $country, partner: $partner, metric: $metric, yearFrom: $yearFrom, yearTo: $yearTo, first: $first, after: $after) {
      pageInfo { hasNextPage }
      edges {
        cursor
        node {
          id metric kind label value qualifier valueMax partOf { id } unit year changePercent basisNote
          periodStart { iso } periodEnd { iso } from { code } to { code } countries { code }
          sources { ${SOURCE_FIELDS} }
        }
      }
    }
  }
`;

function indicatorRows(i: IndicatorNode): Row[] {
  const codes = i.countries.map((c) => c.code).sort();
  const base: Row = {
    indicator_id: i.id,
    metric: i.metric,
    kind: i.kind,
    label: i.label,
    countries: codes.join(";"),
    country_count: codes.length,
    pair_id: codes.length === 2 ? codes.join("-") : null,
    country_a: codes.length <= 2 ? (codes[0] ?? null) : null,
    country_b: codes.length === 2 ? codes[1]! : null,
    from_country: i.from?.code ?? null,
    to_country: i.to?.code ?? null,
    year: i.year,
    period_start: i.periodStart?.iso ?? null,
    period_end: i.periodEnd?.iso ?? null,
    value: i.value,
    unit: i.unit,
    change_percent: i.changePercent,
    basis_note: i.basisNote,
  };
  // Appended after the source columns: the columns BI tools already read keep their places.
  const bound: Row = { value_qualifier: i.qualifier, value_max: i.valueMax, part_of: i.partOf?.id ?? null };
  if (i.sources.length === 0) return [{ ...base, source_rank: null, ...sourceCells(undefined), ...bound }];
  return i.sources.map((s, n) => ({ ...base, source_rank: n + 1, ...sourceCells(s), ...bound }));
}

const indicators: Dataset = {
  name: "indicators",
  view: "indicator_observations",
  description: "One row per indicator observation and source (source_rank = 1 for one row per indicator).",
  columns: [
    "indicator_id", "metric", "kind", "label", "countries", "country_count", "pair_id", "country_a", "country_b",
    "from_country", "to_country", "year", "period_start", "period_end", "value", "unit", "change_percent", "basis_note",
    "source_rank", ...SOURCE_COLUMNS, "value_qualifier", "value_max", "part_of",
  ],
  filters: ["country", "pair", "metric", "yearFrom", "yearTo"],
  pageSize: 100, // estimated 61 per indicator: 6,104 a call
  // Every filter is an argument of Query.indicators, and every indicator gives at least one row.
  filteredAfterFetch: () => [],
  step: (f, after, first) => ({
    query: INDICATORS,
    variables: {
      country: f.pair?.[0] ?? f.country ?? null,
      partner: f.pair?.[1] ?? null,
      metric: f.metric ?? null,
      yearFrom: f.yearFrom ?? null,
      yearTo: f.yearTo ?? null,
      first,
      after,
    },
    read: (data) => entitiesOf((data as { indicators: PageOf<IndicatorNode> }).indicators, indicatorRows),
  }),
};

// ─── agreements ──────────────────────────────────────────────────────────────

interface AgreementNode {
  id: string;
  title: string;
  titleAr: string;
  kind: string;
  nature: string;
  status: string;
  signedOn: { iso: string } | null;
  signedOnDisputed: boolean;
  signedOnClaims: { date: { year: number } }[];
  parties: { code: string; name: string; nameAr: string }[];
  sources: SourceNode[];
}

const AGREEMENTS = /* GraphQL */ `
  query ExportAgreements($country: ID, $first: Int!, $after: String) {
    agreements(country: $country, first: $first, after: $after) {
      pageInfo { hasNextPage }
      edges {
        cursor
        node {
          id title titleAr: title(lang: AR) kind nature status signedOn { iso } signedOnDisputed
          signedOnClaims { date { year } }
          parties { code name nameAr: name(lang: AR) }
          sources { ${SOURCE_FIELDS} }
        }
      }
    }
  }
`;

function agreementRows(a: AgreementNode, f: Filters): Row[] {
  const codes = a.parties.map((p) => p.code);
  if (f.pair && !f.pair.every((c) => codes.includes(c))) return [];
  const years = a.signedOnClaims.map((c) => c.date.year);
  const signedYear = years.length ? Math.min(...years) : null;
  if (!inYears(signedYear, f)) return [];
  return a.parties.map((p) => ({
    agreement_id: a.id,
    title: a.title,
    title_ar: a.titleAr,
    kind: a.kind,
    status: a.status,
    signed_on: a.signedOn?.iso ?? null,
    signed_on_disputed: a.signedOnDisputed,
    signed_year: signedYear,
    party_code: p.code,
    party_name: p.name,
    party_name_ar: p.nameAr,
    party_count: codes.length,
    parties: codes.join(";"),
    source_count: a.sources.length,
    ...sourceCells(a.sources[0]),
    nature: a.nature,
  }));
}

const agreements: Dataset = {
  name: "agreements",
  view: "agreement_parties",
  description: "One row per agreement and party country, with the agreement's first source.",
  columns: [
    "agreement_id", "title", "title_ar", "kind", "status", "signed_on", "signed_on_disputed", "signed_year",
    "party_code", "party_name", "party_name_ar", "party_count", "parties", "source_count", ...SOURCE_COLUMNS, "nature",
  ],
  filters: ["country", "pair", "yearFrom", "yearTo"],
  pageSize: 50, // estimated 113 per agreement: 5,654 a call
  // Query.agreements takes one country: a pair's second country and the signing years are checked here.
  filteredAfterFetch: (f) => (["pair", "yearFrom", "yearTo"] as const).filter((k) => f[k] !== undefined),
  step: (f, after, first) => ({
    query: AGREEMENTS,
    variables: { country: f.pair?.[0] ?? f.country ?? null, first, after },
    read: (data) => entitiesOf((data as { agreements: PageOf<AgreementNode> }).agreements, (a) => agreementRows(a, f)),
  }),
};

// ─── roles ───────────────────────────────────────────────────────────────────

interface PartialDateNode {
  iso: string;
  year: number;
}

interface PersonNode {
  id: string;
  name: string;
  nameAr: string;
  roles: {
    kind: string;
    title: string;
    titleAr: string;
    country: { code: string; name: string; nameAr: string } | null;
    organization: string | null;
    start: PartialDateNode | null;
    end: PartialDateNode | null;
    asOf: PartialDateNode | null;
    sources: SourceNode[];
  }[];
}

const PERSON_FIELDS = `
  id name nameAr: name(lang: AR)
  roles {
    kind title titleAr: title(lang: AR) country { code name nameAr: name(lang: AR) } organization
    start { iso year } end { iso year } asOf { iso year }
    sources { ${SOURCE_FIELDS} }
  }
`;

const PEOPLE = /* GraphQL */ `
  query ExportRoles($country: ID, $first: Int!, $after: String) {
    people(country: $country, first: $first, after: $after) {
      pageInfo { hasNextPage }
      edges { cursor node { ${PERSON_FIELDS} } }
    }
  }
`;

const PAIR_PEOPLE = /* GraphQL */ `
  query ExportRolesOfPair($a: ID!, $b: ID!) {
    bilateral(a: $a, b: $b) { people { ${PERSON_FIELDS} } }
  }
`;

/** A position in an unpaged list, as the pair-roles step writes it into its cursors. */
function listPosition(after: string): number {
  if (!/^\d{1,9}$/.test(after)) throw new ExportError(400, "BAD_PARAMETER", "after: not a cursor of this export; follow page.next or the Link header as given", "after");
  return Number(after);
}

function roleRows(p: PersonNode, f: Filters): Row[] {
  return p.roles.flatMap((r, n) => {
    const year = r.asOf?.year ?? r.start?.year ?? null;
    if (f.country && r.country?.code !== f.country) return [];
    if (!inYears(year, f)) return [];
    return [
      {
        person_id: p.id,
        role_rank: n + 1,
        person_name: p.name,
        person_name_ar: p.nameAr,
        role_kind: r.kind,
        title: r.title,
        title_ar: r.titleAr,
        country_code: r.country?.code ?? null,
        country_name: r.country?.name ?? null,
        country_name_ar: r.country?.nameAr ?? null,
        organization: r.organization,
        start_date: r.start?.iso ?? null,
        end_date: r.end?.iso ?? null,
        as_of: r.asOf?.iso ?? null,
        year,
        source_count: r.sources.length,
        ...sourceCells(r.sources[0]),
      },
    ];
  });
}

const roles: Dataset = {
  name: "roles",
  view: "roles",
  description: "One row per role a person holds, with the role's first source.",
  columns: [
    "person_id", "role_rank", "person_name", "person_name_ar", "role_kind", "title", "title_ar", "country_code",
    "country_name", "country_name_ar", "organization", "start_date", "end_date", "as_of", "year", "source_count",
    ...SOURCE_COLUMNS,
  ],
  filters: ["country", "pair", "yearFrom", "yearTo"],
  pageSize: 25, // estimated 396 per person (five roles of five sources assumed): 9,904 a call; a pair's people, 5,912
  // Query.people(country:) keeps people with a role for the country (each gives a row); years are checked here.
  filteredAfterFetch: (f) => (["yearFrom", "yearTo"] as const).filter((k) => f[k] !== undefined),
  step: (f, after, first) => {
    if (f.pair) {
      // Bilateral.people is not paged: one call answers the whole list, and the cursor is a position in it.
      const start = after === null ? 0 : listPosition(after);
      return {
        query: PAIR_PEOPLE,
        variables: { a: f.pair[0], b: f.pair[1] },
        read: (data) => {
          const people = (data as { bilateral: { people: PersonNode[] | null } | null }).bilateral?.people ?? [];
          return {
            entities: people.slice(start).map((p, i) => ({ cursor: String(start + i + 1), id: p.id, rows: roleRows(p, f) })),
            hasNextPage: false,
          };
        },
      };
    }
    return {
      query: PEOPLE,
      variables: { country: f.country ?? null, first, after },
      read: (data) => entitiesOf((data as { people: PageOf<PersonNode> }).people, (p) => roleRows(p, f)),
    };
  },
};

export const DATASETS: readonly Dataset[] = [indicators, agreements, roles];

export const datasetNamed = (name: string): Dataset | undefined => DATASETS.find((d) => d.name === name);
