import { inLang, partialDate, toSource } from "@atlas/runtime";
import type { RoleKind, RoleResolvers } from "../__generated__/resolvers-types";

export const Role: RoleResolvers = {
  kind: (r) => r.kind as RoleKind,
  title: (r, { lang }) => inLang(lang, r.titleEn, r.titleAr),
  country: (r) => (r.countryCode ? { code: r.countryCode } : null),
  start: (r) => partialDate(r.startYear, r.startMonth, r.startDay),
  end: (r) => partialDate(r.endYear, r.endMonth, r.endDay),
  asOf: (r) => partialDate(r.asOfYear, r.asOfMonth, r.asOfDay),
  sources: async (r, _, { loaders }) => (await loaders.roleSources.load(r.id)).map(toSource),
};
