import DataLoader from "dataloader";
import type { IndicatorRow, PrismaDb } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, linksOfPairs, primeCountries, VISIBLE } from "@atlas/runtime";

/** Built once per request (see context.ts). Every batch is one SQL statement. */
export function createLoaders(prisma: PrismaDb) {
  const countries = new DataLoader<string, string[]>(async (ids) => {
    const rows = await prisma.indicatorCountry.findMany({ where: { indicatorId: { in: [...ids] } }, orderBy: { countryCode: "asc" } });
    return groupByKey(ids, rows, (r) => r.indicatorId).map((list) => list.map((r) => r.countryCode));
  });
  return {
    indicator: new DataLoader<string, IndicatorRow | null>(async (ids) =>
      byKey(ids, await prisma.indicator.findMany({ where: { id: { in: [...ids] }, ...VISIBLE } }), (r) => r.id),
    ),
    countries,
    sources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await prisma.indicatorSource.findMany({ where: { ownerId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Indicator ids per country code. */
    byCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await prisma.indicatorCountry.findMany({ where: { countryCode: { in: [...codes] } }, orderBy: { indicatorId: "asc" } });
      return groupByKey(codes, rows, (r) => r.countryCode).map((list) => list.map((r) => r.indicatorId));
    }),
    /** Indicator ids per bilateral id: those about both countries. One statement for all pairs. */
    byPair: new DataLoader<string, string[]>(async (pairIds) => {
      const links = await linksOfPairs(prisma, { table: "indicator_country", owner: "indicatorId" }, pairIds);
      primeCountries(countries, links);
      return idsByPair(pairIds, links);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads indicators by id, by year (undated last) then id, optionally of one metric. */
export async function indicatorsInOrder(loaders: Loaders, ids: readonly string[], metric?: string | null): Promise<IndicatorRow[]> {
  const rows = (await loaders.indicator.loadMany(ids)).filter((r): r is IndicatorRow => !!r && !(r instanceof Error));
  return rows
    .filter((r) => !metric || r.metric === metric)
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.id.localeCompare(b.id));
}
