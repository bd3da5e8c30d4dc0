import DataLoader from "dataloader";
import type { IndicatorRow, PrismaDb, Provider } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, linksOfPairs, primeCountries, VISIBLE } from "@atlas/runtime";
import { batchReader, providerOfClient } from "@atlas/runtime/src/batch";
import { inOrder, type Placed } from "@atlas/runtime/src/lists";

type IndicatorCountry = { indicatorId: string; countryCode: string };

/** Built once per request (see context.ts). Every batch is one SQL statement, whatever its number of keys (see @atlas/runtime batch.ts). */
export function createLoaders(prisma: PrismaDb, provider: Provider = providerOfClient(prisma)) {
  const read = batchReader(prisma, provider);
  const countries = new DataLoader<string, string[]>(async (ids) => {
    const rows = await read<IndicatorCountry>({ table: "indicator_country", key: "indicatorId", orderBy: "countryCode" }, ids);
    return groupByKey(ids, rows, (r) => r.indicatorId).map((list) => list.map((r) => r.countryCode));
  });
  return {
    indicator: new DataLoader<string, IndicatorRow | null>(async (ids) =>
      byKey(ids, await read<IndicatorRow>({ table: "indicator", key: "id", where: VISIBLE }, ids), (r) => r.id),
    ),
    countries,
    sources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await read<CitationRow & { ownerId: string }>({ table: "indicator_source", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Indicator ids per country code. */
    byCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await read<IndicatorCountry>({ table: "indicator_country", key: "countryCode", orderBy: "indicatorId" }, codes);
      return groupByKey(codes, rows, (r) => r.countryCode).map((list) => list.map((r) => r.indicatorId));
    }),
    /** Indicator ids per bilateral id: those about both countries. One statement for all pairs. */
    byPair: new DataLoader<string, string[]>(async (pairIds) => {
      const links = await linksOfPairs(prisma, { table: "indicator_country", owner: "indicatorId" }, pairIds, provider);
      primeCountries(countries, links);
      return idsByPair(pairIds, links);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Loads indicators by id (retracted ones dropped), optionally of one metric, each placed by
 * year (undated last) then id. Lists page this in memory (see @atlas/runtime lists.ts).
 */
export async function indicatorsInOrder(loaders: Loaders, ids: readonly string[], metric?: string | null): Promise<Placed<IndicatorRow>[]> {
  const rows = (await loaders.indicator.loadMany(ids)).filter((r): r is IndicatorRow => !!r && !(r instanceof Error));
  return inOrder(rows.filter((r) => !metric || r.metric === metric).map((node) => ({ node, at: [node.year ?? 9999, node.id] })));
}
