import { countryRefs, dateClaimOf, inLang, requireRole, toChange } from "@atlas/runtime";
import { commonDate, datesDisputed } from "@atlas/runtime/src/date-claims";
import { citationOf, dateClaimWithIds } from "@atlas/runtime/src/lists";
import type { AgreementResolvers, AgreementKind, AgreementNature, AgreementStatus } from "../__generated__/resolvers-types";

const citation = citationOf("agreement_source");
const dateClaim = dateClaimWithIds("agreement_date");

/**
 * Date claims come from the `dates` loader, which leaves retracted ones out: signedOn and
 * signedOnDisputed use only visible claims. signedOn is the part they all share (issue 13:
 * "October 2024" against "August 2024" gives 2024, flagged as disputed), null across years.
 */
export const Agreement: AgreementResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.agreement.load(ref.id),
  title: (a, { lang }) => inLang(lang, a.titleEn, a.titleAr),
  kind: (a) => a.kind as AgreementKind,
  nature: (a) => a.nature as AgreementNature,
  status: (a) => a.status as AgreementStatus,
  signedOn: async (a, _, { loaders }) => commonDate((await loaders.dates.load(a.id)).map(dateClaimOf)),
  signedOnClaims: async (a, _, { loaders }) => (await loaders.dates.load(a.id)).map(dateClaim),
  signedOnDisputed: async (a, _, { loaders }) => datesDisputed((await loaders.dates.load(a.id)).map(dateClaimOf)),
  parties: async (a, _, { loaders }) => countryRefs(await loaders.parties.load(a.id)),
  signatories: async (a, _, { loaders }) => (await loaders.signatories.load(a.id)).map((id) => ({ id })),
  event: (a) => (a.eventId ? { id: a.eventId } : null),
  sources: async (a, _, { loaders }) => (await loaders.sources.load(a.id)).map(citation),
  retraction: (a) => (a.retractedAt ? { at: a.retractedAt.toISOString(), by: a.retractedBy ?? "", reason: a.retractReason ?? "" } : null),
  history: async (a, _, { db, caller }) => {
    requireRole(caller, "curator", "Reading an agreement's history");
    const rows = await db.prisma.agreementsWrite.findMany({ where: { entityType: "Agreement", entityId: a.id }, orderBy: { id: "asc" } });
    return rows.map(toChange);
  },
};
