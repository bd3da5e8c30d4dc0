import { inLang, partialDate } from "@atlas/runtime";
import { citationOf } from "@atlas/runtime/src/lists";
import { historyOf, retractionOf } from "../history";
import { roleIdOf } from "../writes";
import type { RoleKind, RoleResolvers } from "../__generated__/resolvers-types";

const citation = citationOf("role_source");

export const Role: RoleResolvers = {
  id: (r) => roleIdOf(r.id),
  person: (r, _, { loaders }) => loaders.person.load(r.personId),
  kind: (r) => r.kind as RoleKind,
  title: (r, { lang }) => inLang(lang, r.titleEn, r.titleAr),
  country: (r) => (r.countryCode ? { code: r.countryCode } : null),
  start: (r) => partialDate(r.startYear, r.startMonth, r.startDay),
  end: (r) => partialDate(r.endYear, r.endMonth, r.endDay),
  asOf: (r) => partialDate(r.asOfYear, r.asOfMonth, r.asOfDay),
  sources: async (r, _, { loaders }) => (await loaders.roleSources.load(r.id)).map(citation),
  retraction: (r) => retractionOf(r),
  history: (r, _, ctx) => historyOf(ctx, "Reading a role's history", [{ type: "Role", ids: [String(r.id)] }]),
};
