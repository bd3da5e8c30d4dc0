import DataLoader from "dataloader";
import type { CountryRow, PrismaDb, Provider } from "@atlas/db";
import { byKey, groupByKey, type CitationRow, VISIBLE } from "@atlas/runtime";
import { batchReader, providerOfClient } from "@atlas/runtime/src/batch";

/** Built once per request (see context.ts): loaders cache per request only. Every batch is one SQL statement, whatever its number of keys. */
export function createLoaders(prisma: PrismaDb, provider: Provider = providerOfClient(prisma)) {
  const read = batchReader(prisma, provider);
  return {
    country: new DataLoader<string, CountryRow | null>(async (codes) =>
      byKey(codes, await read<CountryRow>({ table: "country", key: "code" }, codes), (r) => r.code),
    ),
    names: new DataLoader<string, string[]>(async (codes) => {
      const rows = await read<{ countryCode: string; name: string }>({ table: "country_name", key: "countryCode", columns: ["countryCode", "name"], orderBy: "id" }, codes);
      return groupByKey(codes, rows, (r) => r.countryCode).map((list) => list.map((r) => r.name));
    }),
    sources: new DataLoader<string, CitationRow[]>(async (codes) => {
      const rows = await read<CitationRow & { ownerId: string }>({ table: "country_source", key: "ownerId", where: VISIBLE, orderBy: "id" }, codes);
      return groupByKey(codes, rows, (r) => r.ownerId);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
