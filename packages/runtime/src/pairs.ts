import { Prisma, type PrismaDb } from "@atlas/db";
import { parseBilateralId } from "./codes";

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
 * Identifiers come from the closed LinkTable type, never from input; codes are parameters.
 */
export async function linksOfPairs(prisma: PrismaDb, link: LinkTable, pairIds: readonly string[]): Promise<CountryLink[]> {
  const pairs = pairIds.map(parseBilateralId).filter((p): p is [string, string] => p !== null);
  if (pairs.length === 0) return [];
  const table = Prisma.raw(`"${link.table}"`);
  const owner = Prisma.raw(`"${link.owner}"`);
  const wanted = Prisma.join(pairs.map(([a, b]) => Prisma.sql`(x."countryCode" = ${a} AND y."countryCode" = ${b})`), " OR ");
  return prisma.$queryRaw<CountryLink[]>`
    SELECT l.${owner} AS "ownerId", l."countryCode" AS "countryCode"
    FROM ${table} l
    WHERE l.${owner} IN (
      SELECT x.${owner} FROM ${table} x JOIN ${table} y ON y.${owner} = x.${owner} WHERE ${wanted}
    )
    ORDER BY 1, 2`;
}

/** Primes a per-owner loader of country codes with the links found (codes in code order). */
export function primeCountries(loader: { prime(key: string, value: string[]): unknown }, links: readonly CountryLink[]): void {
  const byOwner = new Map<string, string[]>();
  for (const l of links) byOwner.set(l.ownerId, [...(byOwner.get(l.ownerId) ?? []), l.countryCode]);
  for (const [owner, codes] of byOwner) loader.prime(owner, codes);
}
