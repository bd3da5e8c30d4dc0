import DataLoader from "dataloader";
import type { CorridorDateRow, CorridorRow, PrismaDb, Provider } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, linksOfPairs, primeCountries, VISIBLE } from "@atlas/runtime";
import { batchReader, providerOfClient } from "@atlas/runtime/src/batch";
import { byId, type Placed } from "@atlas/runtime/src/lists";

type CorridorCountry = { corridorId: string; countryCode: string };

/** Built once per request (see context.ts). Every batch is one SQL statement, whatever its number of keys (see @atlas/runtime batch.ts). */
export function createLoaders(prisma: PrismaDb, provider: Provider = providerOfClient(prisma)) {
  const read = batchReader(prisma, provider);
  const countries = new DataLoader<string, string[]>(async (ids) => {
    const rows = await read<CorridorCountry>({ table: "corridor_country", key: "corridorId", orderBy: "countryCode" }, ids);
    return groupByKey(ids, rows, (r) => r.corridorId).map((l) => l.map((r) => r.countryCode));
  });
  return {
    corridor: new DataLoader<string, CorridorRow | null>(async (ids) =>
      byKey(ids, await read<CorridorRow>({ table: "corridor", key: "id", where: VISIBLE }, ids), (r) => r.id),
    ),
    names: new DataLoader<string, string[]>(async (ids) => {
      const rows = await read<{ corridorId: string; name: string }>({ table: "corridor_name", key: "corridorId", columns: ["corridorId", "name"], orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.corridorId).map((l) => l.map((r) => r.name));
    }),
    countries,
    dates: new DataLoader<string, CorridorDateRow[]>(async (ids) => {
      const rows = await read<CorridorDateRow>({ table: "corridor_date", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    sources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await read<CitationRow & { ownerId: string }>({ table: "corridor_source", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Corridor ids per country code (retracted ones too: the corridor loader leaves them out). */
    byCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await read<CorridorCountry>({ table: "corridor_country", key: "countryCode", orderBy: "corridorId" }, codes);
      return groupByKey(codes, rows, (r) => r.countryCode).map((l) => l.map((r) => r.corridorId));
    }),
    /** Corridor ids per bilateral id: those crossing both countries. One statement for all pairs. */
    byPair: new DataLoader<string, string[]>(async (pairIds) => {
      const links = await linksOfPairs(prisma, { table: "corridor_country", owner: "corridorId" }, pairIds, provider);
      primeCountries(countries, links);
      return idsByPair(pairIds, links);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads corridors by id (retracted ones dropped), placed by id. Lists page this in memory (see @atlas/runtime lists.ts). */
export async function corridorsById(loaders: Loaders, ids: readonly string[]): Promise<Placed<CorridorRow>[]> {
  return byId((await loaders.corridor.loadMany(ids)).filter((r): r is CorridorRow => !!r && !(r instanceof Error)));
}
