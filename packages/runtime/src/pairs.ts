import type { PrismaDb, Provider } from "@atlas/db";
import { ident, providerOfClient, tuplesTable } from "./batch";
import { parseBilateralId } from "./codes";
import { inBatchSpan } from "./tracing";

export interface CountryLink {
  ownerId: string;
  countryCode: string;
}

/** Link tables that tie a fact to countries: table name and its owner column. */
export type LinkTable =
  | { table: "agreement_party"; owner: "agreementId" }
  | { table: "indicator_country"; owner: "indicatorId" }
  | { table: "event_country"; owner: "eventId" }
  | { table: "corridor_country"; owner: "corridorId" };

/**
 * For Bilateral fields, one statement for every pair of a request: the owners linked to
 * both countries of some pair, with ALL their country links (so the caller can prime
 * its per-owner countries loader and skip a second statement). The database does the
 * intersection instead of returning every row of both countries (thousands for busy pairs).
 * The pairs travel as one JSON parameter (see batch.ts), so any number of pairs is one
 * statement on either store. Identifiers come from the closed LinkTable type, never from
 * input; codes are parameters.
 */
export async function linksOfPairs(
  prisma: PrismaDb,
  link: LinkTable,
  pairIds: readonly string[],
  provider: Provider = providerOfClient(prisma),
): Promise<CountryLink[]> {
  const pairs = pairIds.map(parseBilateralId).filter((p): p is [string, string] => p !== null);
  if (pairs.length === 0) return [];
  const table = ident(link.table);
  const owner = ident(link.owner);
  const statement = prisma.$queryRaw<CountryLink[]>`
    SELECT l.${owner} AS "ownerId", l."countryCode" AS "countryCode"
    FROM ${table} l
    WHERE l.${owner} IN (
      SELECT x.${owner}
      FROM (${tuplesTable(provider, ["a", "b"], pairs)}) p
      JOIN ${table} x ON x."countryCode" = p."a"
      JOIN ${table} y ON y.${owner} = x.${owner} AND y."countryCode" = p."b"
    )
    ORDER BY 1, 2`;
  // A loader's batch (byPair): its span when the request is traced.
  return inBatchSpan(`batch ${link.table} pairs`, { "atlas.batch.table": link.table, "atlas.batch.keys": pairs.length }, () => statement);
}

/** Primes a per-owner loader of country codes with the links found (codes in code order). */
export function primeCountries(loader: { prime(key: string, value: string[]): unknown }, links: readonly CountryLink[]): void {
  const byOwner = new Map<string, string[]>();
  for (const l of links) byOwner.set(l.ownerId, [...(byOwner.get(l.ownerId) ?? []), l.countryCode]);
  for (const [owner, codes] of byOwner) loader.prime(owner, codes);
}
