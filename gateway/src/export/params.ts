/**
 * The query string of an export request, validated. Every mistake is an ExportError
 * naming the parameter (HTTP 400); unknown or repeated parameters are mistakes too, so a
 * misspelt filter never silently exports everything.
 */
export interface Filters {
  /** ISO alpha-2, upper case. */
  country?: string;
  /** Two different codes, sorted. */
  pair?: [string, string];
  metric?: string;
  yearFrom?: number;
  yearTo?: number;
}

export interface Paging {
  limit: number;
  /** Rows to skip from the dataset's start (0 when `after` is given). */
  offset: number;
  /** The cursor of page.next / Link rel="next", as given (decoded by cursor.ts). */
  after?: string;
}

export interface ExportParams {
  filters: Filters;
  paging: Paging;
  /** CSV only: start with a UTF-8 byte order mark (default true, for Excel). */
  bom: boolean;
}

export const DEFAULT_LIMIT = 1000;
export const MAX_LIMIT = 10000;
/**
 * The most rows `offset` may skip. Skipping rows costs reading them (pages.ts), so an
 * offset costs what a page of as many rows does; further on, pages go by cursor (`after`),
 * which costs only what the page returns.
 */
export const MAX_OFFSET = 10_000;

/** Query parameter names as they appear in URLs, by filter. */
export const FILTER_PARAMS: Record<keyof Filters, string> = {
  country: "country",
  pair: "pair",
  metric: "metric",
  yearFrom: "year_from",
  yearTo: "year_to",
};

export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

const bad = (parameter: string, message: string): ExportError => new ExportError(400, "BAD_PARAMETER", `${parameter}: ${message}`, parameter);

const CODE = /^[A-Za-z]{2}$/;

function countryCode(parameter: string, value: string): string {
  if (!CODE.test(value)) throw bad(parameter, `expected an ISO 3166-1 alpha-2 country code such as AZ, got ${JSON.stringify(value)}`);
  return value.toUpperCase();
}

function integer(parameter: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw bad(parameter, `expected a whole number, got ${JSON.stringify(value)}`);
  const n = Number(value);
  if (n < min || n > max) throw bad(parameter, `must be between ${min} and ${max}, got ${value}`);
  return n;
}

function offsetOf(value: string): number {
  const offset = integer("offset", value, 0, Infinity);
  if (offset > MAX_OFFSET) {
    throw new ExportError(
      400,
      "OFFSET_TOO_LARGE",
      `offset: at most ${MAX_OFFSET} rows can be skipped, got ${value.length > 15 ? `a ${value.length}-digit number` : value}; page with after instead: follow page.next (JSON) or the Link header (CSV) from the first page`,
      "offset",
    );
  }
  return offset;
}

/**
 * Reads `query` (Express's parsed query string) for a dataset that accepts `accepted`
 * filters. `csv` says whether format-only parameters (bom) apply.
 */
export function parseExportParams(query: Record<string, unknown>, accepted: readonly (keyof Filters)[], dataset: string, csv: boolean): ExportParams {
  const known = new Set<string>(["limit", "offset", "after", ...accepted.map((f) => FILTER_PARAMS[f]), ...(csv ? ["bom"] : [])]);
  const values = new Map<string, string>();
  for (const [name, raw] of Object.entries(query)) {
    if (!known.has(name)) {
      const filter = Object.values(FILTER_PARAMS).includes(name);
      throw bad(name, filter ? `not a filter of the ${dataset} dataset (it takes: ${[...known].join(", ")})` : `unknown parameter (${dataset} takes: ${[...known].join(", ")})`);
    }
    if (typeof raw !== "string") throw bad(name, "give it once, as a single value");
    values.set(name, raw);
  }

  const filters: Filters = {};
  const country = values.get("country");
  if (country !== undefined) filters.country = countryCode("country", country);
  const pair = values.get("pair");
  if (pair !== undefined) {
    const parts = pair.split(/[-,]/);
    if (parts.length !== 2) throw bad("pair", `expected two country codes such as AZ-RU, got ${JSON.stringify(pair)}`);
    const codes = parts.map((p) => countryCode("pair", p)).sort() as [string, string];
    if (codes[0] === codes[1]) throw bad("pair", `expected two different countries, got ${JSON.stringify(pair)}`);
    if (filters.country) throw bad("pair", "give either country or pair, not both");
    filters.pair = codes;
  }
  const metric = values.get("metric");
  if (metric !== undefined) {
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(metric)) throw bad("metric", `expected a metric name such as TRADE_TURNOVER, got ${JSON.stringify(metric)}`);
    filters.metric = metric.toUpperCase();
  }
  const yearFrom = values.get("year_from");
  if (yearFrom !== undefined) filters.yearFrom = integer("year_from", yearFrom, 1900, 2100);
  const yearTo = values.get("year_to");
  if (yearTo !== undefined) filters.yearTo = integer("year_to", yearTo, 1900, 2100);
  if (filters.yearFrom !== undefined && filters.yearTo !== undefined && filters.yearFrom > filters.yearTo) {
    throw bad("year_to", `must not be before year_from (${filters.yearFrom}), got ${filters.yearTo}`);
  }

  const limit = values.has("limit") ? integer("limit", values.get("limit")!, 1, MAX_LIMIT) : DEFAULT_LIMIT;
  const offset = values.has("offset") ? offsetOf(values.get("offset")!) : 0;
  const after = values.get("after");
  if (after !== undefined && values.has("offset")) throw bad("offset", "give either after (a cursor from page.next) or offset, not both");

  let bom = true;
  const bomValue = values.get("bom");
  if (bomValue !== undefined) {
    if (!/^(1|0|true|false)$/.test(bomValue)) throw bad("bom", `expected true or false, got ${JSON.stringify(bomValue)}`);
    bom = bomValue === "1" || bomValue === "true";
  }
  return { filters, paging: { limit, offset, ...(after !== undefined ? { after } : {}) }, bom };
}
