import { countryRefs, dateClaimOf, inLang, toSource } from "@atlas/runtime";
import type { CorridorKind, CorridorResolvers, CorridorStatus } from "../__generated__/resolvers-types";

export const Corridor: CorridorResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.corridor.load(ref.id),
  kind: (k) => k.kind as CorridorKind,
  status: (k) => k.status as CorridorStatus,
  name: (k, { lang }) => inLang(lang, k.nameEn, k.nameAr),
  names: (k, _, { loaders }) => loaders.names.load(k.id),
  countries: async (k, _, { loaders }) => countryRefs(await loaders.countries.load(k.id)),
  dates: async (k, _, { loaders }) => (await loaders.dates.load(k.id)).map(dateClaimOf),
  sources: async (k, _, { loaders }) => (await loaders.sources.load(k.id)).map(toSource),
};
