import { inLang, requireRole, toChange, toSource } from "@atlas/runtime";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.country.load(ref.code),
  name: (c, { lang }) => inLang(lang, c.nameEn, c.nameAr),
  capital: (c, { lang }) => (c.capitalEn === null ? null : inLang(lang, c.capitalEn, c.capitalAr)),
  names: (c, _, { loaders }) => loaders.names.load(c.code),
  sources: async (c, _, { loaders }) => (await loaders.sources.load(c.code)).map(toSource),
  history: async (c, _, { db, caller }) => {
    requireRole(caller, "curator", "Reading a country's history");
    const rows = await db.prisma.countriesWrite.findMany({ where: { entityType: "Country", entityId: c.code }, orderBy: { id: "asc" } });
    return rows.map(toChange);
  },
};
