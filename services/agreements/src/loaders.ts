import DataLoader from "dataloader";
import type { AgreementDateRow, AgreementRow, PrismaDb } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, inDateOrder, linksOfPairs, primeCountries, VISIBLE } from "@atlas/runtime";

/**
 * Built once per request (see context.ts). Every batch is one SQL statement. Retracted
 * agreements, citations and date claims are left out; the id lists (by country, pair,
 * signatory) may name a retracted agreement, which the `agreement` loader then drops.
 */
export function createLoaders(prisma: PrismaDb) {
  const idsOf = (rows: { agreementId: string }[]): string[] => rows.map((r) => r.agreementId);
  const parties = new DataLoader<string, string[]>(async (ids) => {
    const rows = await prisma.agreementParty.findMany({ where: { agreementId: { in: [...ids] } }, orderBy: { countryCode: "asc" } });
    return groupByKey(ids, rows, (r) => r.agreementId).map((list) => list.map((r) => r.countryCode));
  });
  return {
    agreement: new DataLoader<string, AgreementRow | null>(async (ids) =>
      byKey(ids, await prisma.agreement.findMany({ where: { id: { in: [...ids] }, ...VISIBLE } }), (r) => r.id),
    ),
    parties,
    signatories: new DataLoader<string, string[]>(async (ids) => {
      const rows = await prisma.agreementSignatory.findMany({ where: { agreementId: { in: [...ids] } }, orderBy: { personId: "asc" } });
      return groupByKey(ids, rows, (r) => r.agreementId).map((list) => list.map((r) => r.personId));
    }),
    dates: new DataLoader<string, AgreementDateRow[]>(async (ids) => {
      const rows = await prisma.agreementDate.findMany({ where: { ownerId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    sources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await prisma.agreementSource.findMany({ where: { ownerId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Agreement ids per country code. */
    byCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await prisma.agreementParty.findMany({ where: { countryCode: { in: [...codes] } }, orderBy: { agreementId: "asc" } });
      return groupByKey(codes, rows, (r) => r.countryCode).map(idsOf);
    }),
    /** Agreement ids per bilateral id ("AZ-KZ"): those both countries are party to. One statement for all pairs. */
    byPair: new DataLoader<string, string[]>(async (pairIds) => {
      const links = await linksOfPairs(prisma, { table: "agreement_party", owner: "agreementId" }, pairIds);
      primeCountries(parties, links);
      return idsByPair(pairIds, links);
    }),
    /** Agreement ids per signatory person id. */
    bySignatory: new DataLoader<string, string[]>(async (personIds) => {
      const rows = await prisma.agreementSignatory.findMany({ where: { personId: { in: [...personIds] } }, orderBy: { agreementId: "asc" } });
      return groupByKey(personIds, rows, (r) => r.personId).map(idsOf);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads agreements by id, oldest signing date first, undated last, then by id. */
export async function agreementsInOrder(loaders: Loaders, ids: readonly string[]): Promise<AgreementRow[]> {
  const [rows, dates] = await Promise.all([loaders.agreement.loadMany(ids), loaders.dates.loadMany(ids)]);
  return inDateOrder(rows, dates);
}
