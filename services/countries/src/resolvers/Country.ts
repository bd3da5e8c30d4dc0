import { inLang, requireRole, toChange } from "@atlas/runtime";
import { citationOf, listConnection, listSlice } from "@atlas/runtime/src/lists";
import type { CountryResolvers } from "../__generated__/resolvers-types";
import type { Context } from "../context";

const citation = citationOf("country_source");

/** The country's citations in the order they were recorded (row id). */
async function sourcesOf(code: string, { loaders }: Context) {
  return (await loaders.sources.load(code)).map((row) => ({ node: citation(row), at: [row.id ?? 0] }));
}

export const Country: CountryResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.country.load(ref.code),
  // The code itself: clients' caches key Country by __typename + id (or id alone, Relay), and no other type's id is two capitals.
  id: (c) => c.code,
  name: (c, { lang }) => inLang(lang, c.nameEn, c.nameAr),
  capital: (c, { lang }) => (c.capitalEn === null ? null : inLang(lang, c.capitalEn, c.capitalAr)),
  names: (c, _, { loaders }) => loaders.names.load(c.code),
  sources: async (c, args, ctx) => listSlice(`Country(${c.code}).sources`, await sourcesOf(c.code, ctx), args),
  sourcesConnection: async (c, args, ctx) => listConnection(`Country(${c.code}).sources`, await sourcesOf(c.code, ctx), args),
  history: async (c, _, { db, caller }) => {
    requireRole(caller, "curator", "Reading a country's history");
    const rows = await db.prisma.countriesWrite.findMany({ where: { entityType: "Country", entityId: c.code }, orderBy: { id: "asc" } });
    return rows.map(toChange);
  },
};
