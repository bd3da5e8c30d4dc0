import { agreedDate, countryRefs, dateClaimOf, inLang, toSource } from "@atlas/runtime";
import type { AgreementResolvers, AgreementKind, AgreementStatus } from "../__generated__/resolvers-types";

export const Agreement: AgreementResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.agreement.load(ref.id),
  title: (a, { lang }) => inLang(lang, a.titleEn, a.titleAr),
  kind: (a) => a.kind as AgreementKind,
  status: (a) => a.status as AgreementStatus,
  signedOn: async (a, _, { loaders }) => agreedDate((await loaders.dates.load(a.id)).map(dateClaimOf)),
  signedOnClaims: async (a, _, { loaders }) => (await loaders.dates.load(a.id)).map(dateClaimOf),
  signedOnDisputed: async (a, _, { loaders }) => new Set((await loaders.dates.load(a.id)).map((d) => dateClaimOf(d).date.iso)).size > 1,
  parties: async (a, _, { loaders }) => countryRefs(await loaders.parties.load(a.id)),
  signatories: async (a, _, { loaders }) => (await loaders.signatories.load(a.id)).map((id) => ({ id })),
  event: (a) => (a.eventId ? { id: a.eventId } : null),
  sources: async (a, _, { loaders }) => (await loaders.sources.load(a.id)).map(toSource),
};
