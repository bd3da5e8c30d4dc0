import DataLoader from "dataloader";
import type { CountryRow, PrismaDb } from "@atlas/db";
import { byKey, groupByKey, type CitationRow, VISIBLE } from "@atlas/runtime";

/** Built once per request (see context.ts): loaders cache per request only. */
export function createLoaders(prisma: PrismaDb) {
  return {
    country: new DataLoader<string, CountryRow | null>(async (codes) =>
      byKey(codes, await prisma.country.findMany({ where: { code: { in: [...codes] } } }), (r) => r.code),
    ),
    names: new DataLoader<string, string[]>(async (codes) => {
      const rows = await prisma.countryName.findMany({
        where: { countryCode: { in: [...codes] } },
        select: { countryCode: true, name: true },
        orderBy: { id: "asc" },
      });
      return groupByKey(codes, rows, (r) => r.countryCode).map((list) => list.map((r) => r.name));
    }),
    sources: new DataLoader<string, CitationRow[]>(async (codes) => {
      const rows = await prisma.countrySource.findMany({ where: { ownerId: { in: [...codes] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(codes, rows, (r) => r.ownerId);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
