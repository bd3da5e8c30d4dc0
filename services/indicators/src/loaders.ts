import DataLoader from "dataloader";
import type { IndicatorRow, PrismaDb, Provider, TradeFlowRow } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, linksOfPairs, parseBilateralId, primeCountries, VISIBLE } from "@atlas/runtime";
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
    tradeFlow: new DataLoader<string, TradeFlowRow | null>(async (ids) =>
      byKey(ids, await read<TradeFlowRow>({ table: "trade_flow", key: "id", where: VISIBLE }, ids), (r) => r.id),
    ),
    tradeFlowSources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await read<CitationRow & { ownerId: string }>({ table: "trade_flow_source", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Trade flows from or to each country, by id: two statements for all countries of a request. */
    tradeFlowsOfCountry: new DataLoader<string, TradeFlowRow[]>(async (codes) => {
      const [from, to] = await Promise.all([
        read<TradeFlowRow>({ table: "trade_flow", key: "fromCode", where: VISIBLE, orderBy: "id" }, codes),
        read<TradeFlowRow>({ table: "trade_flow", key: "toCode", where: VISIBLE, orderBy: "id" }, codes),
      ]);
      return codes.map((c) => [...from.filter((r) => r.fromCode === c), ...to.filter((r) => r.toCode === c)].sort((a, b) => (a.id < b.id ? -1 : 1)));
    }),
    /** Trade flows between the two countries of each bilateral id, either way, by id: one statement for all pairs. */
    tradeFlowsOfPair: new DataLoader<string, TradeFlowRow[]>(async (pairIds) => {
      const pairs = pairIds.map(parseBilateralId);
      const codes = [...new Set(pairs.flatMap((p) => p ?? []))];
      const rows = codes.length ? await read<TradeFlowRow>({ table: "trade_flow", key: "fromCode", where: VISIBLE, orderBy: "id" }, codes) : [];
      return pairs.map((p) => (p ? rows.filter((r) => (r.fromCode === p[0] && r.toCode === p[1]) || (r.fromCode === p[1] && r.toCode === p[0])) : []));
    }),
    /** Ids of the indicators that are parts of each indicator (Indicator.parts), visible ones only. */
    parts: new DataLoader<string, string[]>(async (ids) => {
      const rows = await read<{ id: string; partOfId: string }>({ table: "indicator", key: "partOfId", columns: ["id", "partOfId"], where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.partOfId).map((list) => list.map((r) => r.id));
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
/** Which of a pair's lists: the two countries alone, with others, or both (the PairScope argument). */
export type PairScope = "BILATERAL" | "MULTILATERAL" | "ANY";

/**
 * Keeps the ids whose countries fit the scope: exactly the pair's two (BILATERAL), the two and
 * at least one more (MULTILATERAL), or any. byPair primed the countries loader with every listed
 * indicator's countries, so this reads nothing more.
 */
export async function inScope(loaders: Loaders, ids: readonly string[], scope: PairScope | null | undefined): Promise<string[]> {
  if (!scope || scope === "ANY") return [...ids];
  const countries = await loaders.countries.loadMany(ids);
  return ids.filter((_, i) => {
    const list = countries[i];
    const n = Array.isArray(list) ? list.length : 0;
    return scope === "BILATERAL" ? n === 2 : n > 2;
  });
}

export async function indicatorsInOrder(loaders: Loaders, ids: readonly string[], metric?: string | null): Promise<Placed<IndicatorRow>[]> {
  const rows = (await loaders.indicator.loadMany(ids)).filter((r): r is IndicatorRow => !!r && !(r instanceof Error));
  return inOrder(rows.filter((r) => !metric || r.metric === metric).map((node) => ({ node, at: [node.year ?? 9999, node.id] })));
}
