import { countryRefs, partialDate, toSource } from "@atlas/runtime";
import type { IndicatorKind, IndicatorResolvers } from "../__generated__/resolvers-types";

export const Indicator: IndicatorResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.indicator.load(ref.id),
  kind: (i) => i.kind as IndicatorKind,
  periodStart: (i) => partialDate(i.periodStartYear, i.periodStartMonth, i.periodStartDay),
  periodEnd: (i) => partialDate(i.periodEndYear, i.periodEndMonth, i.periodEndDay),
  from: (i) => (i.fromCode ? { code: i.fromCode } : null),
  to: (i) => (i.toCode ? { code: i.toCode } : null),
  countries: async (i, _, { loaders }) => countryRefs(await loaders.countries.load(i.id)),
  sources: async (i, _, { loaders }) => (await loaders.sources.load(i.id)).map(toSource),
};
