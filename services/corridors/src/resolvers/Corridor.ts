import { countryRefs, inLang, requireRole, toChange } from "@atlas/runtime";
import { citationOf, dateClaimWithIds } from "@atlas/runtime/src/lists";
import type { CorridorKind, CorridorResolvers, CorridorStatus } from "../__generated__/resolvers-types";

const citation = citationOf("corridor_source");
const dateClaim = dateClaimWithIds("corridor_date");

export const Corridor: CorridorResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.corridor.load(ref.id),
  kind: (k) => k.kind as CorridorKind,
  status: (k) => k.status as CorridorStatus,
  name: (k, { lang }) => inLang(lang, k.nameEn, k.nameAr),
  names: (k, _, { loaders }) => loaders.names.load(k.id),
  countries: async (k, _, { loaders }) => countryRefs(await loaders.countries.load(k.id)),
  // A date claim's source carries the claim's own id (date:<n>), for retractCorridorDate.
  dates: async (k, _, { loaders }) => (await loaders.dates.load(k.id)).map(dateClaim),
  sources: async (k, _, { loaders }) => (await loaders.sources.load(k.id)).map(citation),
  retraction: (k) => (k.retractedAt ? { at: k.retractedAt.toISOString(), by: k.retractedBy ?? "", reason: k.retractReason ?? "" } : null),
  history: async (k, _, { db, caller }) => {
    requireRole(caller, "curator", "Reading a corridor's history");
    const rows = await db.prisma.corridorsWrite.findMany({ where: { entityType: "Corridor", entityId: k.id }, orderBy: { id: "asc" } });
    return rows.map(toChange);
  },
};
