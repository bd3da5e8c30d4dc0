/**
 * The data's real shape, for the gateway's demand control: the longest list each field
 * holds right now (the most agreements of any country, of any pair …). A subgraph serves
 * them at GET /list-sizes (behind the subgraph secret); the gateway refreshes them every
 * minute and costs a list at the larger of its declared @listSize and its live maximum,
 * so the estimate stays an upper bound however the data grows (RELIABILITY.md).
 *
 * Counts include retracted rows: an upper bound is what the estimate needs.
 */
import type { Database } from "@atlas/db";

export const LIST_SIZES_PATH = "/list-sizes";

/** One field's live maximum: a statement answering one row with one column `n`. */
export interface ListSizeSpec {
  /** "Type.field", as in the supergraph. */
  field: string;
  sql: string;
}

const q = (name: string): string => `"${name}"`;

/**
 * The most rows of `table` sharing one `column` value (e.g. agreement_party by countryCode),
 * counting distinct `distinct` values if given, over the rows `where` (SQL) keeps.
 */
export function perGroup(field: string, table: string, column: string, distinct?: string, where?: string): ListSizeSpec {
  const count = distinct ? `COUNT(DISTINCT ${q(distinct)})` : "COUNT(*)";
  return { field, sql: `SELECT COALESCE(MAX(n), 0) AS n FROM (SELECT ${count} AS n FROM ${q(table)}${where ? ` WHERE ${where}` : ""} GROUP BY ${q(column)}) t` };
}

/** The most owners two countries share in a link table (owner, countryCode): a Bilateral list. */
export function perPair(field: string, table: string, owner: string): ListSizeSpec {
  return {
    field,
    sql:
      `SELECT COALESCE(MAX(n), 0) AS n FROM (SELECT COUNT(*) AS n FROM ${q(table)} a JOIN ${q(table)} b ` +
      `ON a.${q(owner)} = b.${q(owner)} AND a.${q("countryCode")} < b.${q("countryCode")} GROUP BY a.${q("countryCode")}, b.${q("countryCode")}) t`,
  };
}

/** The most distinct `distinct` values of `detail` (by `owner`) over the owners two countries share: a pair's participants. */
export function perPairThrough(field: string, table: string, owner: string, detail: string, distinct: string): ListSizeSpec {
  return {
    field,
    sql:
      `SELECT COALESCE(MAX(n), 0) AS n FROM (SELECT COUNT(DISTINCT d.${q(distinct)}) AS n FROM ${q(table)} a JOIN ${q(table)} b ` +
      `ON a.${q(owner)} = b.${q(owner)} AND a.${q("countryCode")} < b.${q("countryCode")} JOIN ${q(detail)} d ON d.${q(owner)} = a.${q(owner)} ` +
      `GROUP BY a.${q("countryCode")}, b.${q("countryCode")}) t`,
  };
}

/** All rows of a table (an unpaged top-level list). */
export function total(field: string, table: string): ListSizeSpec {
  return { field, sql: `SELECT COUNT(*) AS n FROM ${q(table)}` };
}

/** Reads every spec (one statement each), cached for `ttlMs`; concurrent callers share one read. */
export function liveListSizes(db: Database, specs: readonly ListSizeSpec[], ttlMs = 60_000): () => Promise<Record<string, number>> {
  let cached: { at: number; sizes: Promise<Record<string, number>> } | undefined;
  const read = async (): Promise<Record<string, number>> => {
    const sizes: Record<string, number> = {};
    for (const spec of specs) {
      const rows = await db.prisma.$queryRawUnsafe<{ n: number | bigint | null }[]>(spec.sql);
      sizes[spec.field] = Math.max(sizes[spec.field] ?? 0, Number(rows[0]?.n ?? 0));
    }
    return sizes;
  };
  return () => {
    if (!cached || Date.now() - cached.at > ttlMs) {
      const sizes = read();
      cached = { at: Date.now(), sizes };
      sizes.catch(() => (cached = undefined));
    }
    return cached.sizes;
  };
}
