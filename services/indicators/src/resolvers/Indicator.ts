import type { IndicatorRow } from "@atlas/db";
import { countryRefs, partialDate, requireRole, toChange } from "@atlas/runtime";
import { citationOf } from "@atlas/runtime/src/lists";
import type { IndicatorKind, IndicatorResolvers, NumberQualifier } from "../__generated__/resolvers-types";

const citation = citationOf("indicator_source");

export const Indicator: IndicatorResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.indicator.load(ref.id),
  kind: (i) => i.kind as IndicatorKind,
  qualifier: (i) => i.qualifier as NumberQualifier,
  periodStart: (i) => partialDate(i.periodStartYear, i.periodStartMonth, i.periodStartDay),
  periodEnd: (i) => partialDate(i.periodEndYear, i.periodEndMonth, i.periodEndDay),
  from: (i) => (i.fromCode ? { code: i.fromCode } : null),
  to: (i) => (i.toCode ? { code: i.toCode } : null),
  partOf: (i, _, { loaders }) => (i.partOfId ? loaders.indicator.load(i.partOfId) : null),
  parts: async (i, _, { loaders }) => (await loaders.indicator.loadMany(await loaders.parts.load(i.id))).filter((r): r is IndicatorRow => !!r && !(r instanceof Error)),
  countries: async (i, _, { loaders }) => countryRefs(await loaders.countries.load(i.id)),
  sources: async (i, _, { loaders }) => (await loaders.sources.load(i.id)).map(citation),
  retraction: (i) => (i.retractedAt ? { at: i.retractedAt.toISOString(), by: i.retractedBy ?? "", reason: i.retractReason ?? "" } : null),
  history: async (i, _, { db, caller }) => {
    requireRole(caller, "curator", "Reading an indicator's history");
    const rows = await db.prisma.indicatorsWrite.findMany({ where: { entityType: "Indicator", entityId: i.id }, orderBy: { id: "asc" } });
    return rows.map(toChange);
  },
};
