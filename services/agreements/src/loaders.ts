import DataLoader from "dataloader";
import type { AgreementDateRow, AgreementRow, PrismaDb, Provider } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, linksOfPairs, primeCountries, VISIBLE } from "@atlas/runtime";
import { batchReader, providerOfClient } from "@atlas/runtime/src/batch";
import { timeline, type Placed } from "@atlas/runtime/src/lists";

type Party = { agreementId: string; countryCode: string };
type Signatory = { agreementId: string; personId: string };

/**
 * Built once per request (see context.ts). Every batch is one SQL statement, whatever its
 * number of keys (they are bound as one parameter: see @atlas/runtime batch.ts). Retracted
 * agreements, citations and date claims are left out; the id lists (by country, pair,
 * signatory) may name a retracted agreement, which the `agreement` loader then drops.
 */
export function createLoaders(prisma: PrismaDb, provider: Provider = providerOfClient(prisma)) {
  const read = batchReader(prisma, provider);
  const idsOf = (rows: { agreementId: string }[]): string[] => rows.map((r) => r.agreementId);
  const parties = new DataLoader<string, string[]>(async (ids) => {
    const rows = await read<Party>({ table: "agreement_party", key: "agreementId", orderBy: "countryCode" }, ids);
    return groupByKey(ids, rows, (r) => r.agreementId).map((list) => list.map((r) => r.countryCode));
  });
  return {
    agreement: new DataLoader<string, AgreementRow | null>(async (ids) =>
      byKey(ids, await read<AgreementRow>({ table: "agreement", key: "id", where: VISIBLE }, ids), (r) => r.id),
    ),
    parties,
    signatories: new DataLoader<string, string[]>(async (ids) => {
      const rows = await read<Signatory>({ table: "agreement_signatory", key: "agreementId", orderBy: "personId" }, ids);
      return groupByKey(ids, rows, (r) => r.agreementId).map((list) => list.map((r) => r.personId));
    }),
    dates: new DataLoader<string, AgreementDateRow[]>(async (ids) => {
      const rows = await read<AgreementDateRow>({ table: "agreement_date", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    sources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await read<CitationRow & { ownerId: string }>({ table: "agreement_source", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Agreement ids per country code. */
    byCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await read<Party>({ table: "agreement_party", key: "countryCode", orderBy: "agreementId" }, codes);
      return groupByKey(codes, rows, (r) => r.countryCode).map(idsOf);
    }),
    /** Agreement ids per bilateral id ("AZ-KZ"): those both countries are party to. One statement for all pairs. */
    byPair: new DataLoader<string, string[]>(async (pairIds) => {
      const links = await linksOfPairs(prisma, { table: "agreement_party", owner: "agreementId" }, pairIds, provider);
      primeCountries(parties, links);
      return idsByPair(pairIds, links);
    }),
    /** Agreement ids per signatory person id. */
    bySignatory: new DataLoader<string, string[]>(async (personIds) => {
      const rows = await read<Signatory>({ table: "agreement_signatory", key: "personId", orderBy: "agreementId" }, personIds);
      return groupByKey(personIds, rows, (r) => r.personId).map(idsOf);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Loads agreements by id (retracted ones dropped), each placed in timeline order: oldest
 * signing date first (the earliest visible claim), undated last, then by id. Lists page
 * this in memory (see @atlas/runtime lists.ts): the batches are the same with or without paging.
 */
export async function agreementTimeline(loaders: Loaders, ids: readonly string[], natures?: readonly string[] | null): Promise<Placed<AgreementRow>[]> {
  const [rows, dates] = await Promise.all([loaders.agreement.loadMany(ids), loaders.dates.loadMany(ids)]);
  return timeline(natures ? rows.map((r) => (r && !(r instanceof Error) && natures.includes(r.nature) ? r : null)) : rows, dates);
}

/** Which of a pair's lists: the two countries alone, with others, or both (the PairScope argument). */
export type PairScope = "BILATERAL" | "MULTILATERAL" | "ANY";

/**
 * Keeps the ids whose parties fit the scope: exactly the pair's two countries (BILATERAL), the
 * two and at least one more (MULTILATERAL), or any. byPair primed the parties loader with every
 * listed agreement's parties, so this reads nothing more.
 */
export async function inScope(loaders: Loaders, ids: readonly string[], scope: PairScope | null | undefined): Promise<string[]> {
  if (!scope || scope === "ANY") return [...ids];
  const parties = await loaders.parties.loadMany(ids);
  return ids.filter((_, i) => {
    const list = parties[i];
    const n = Array.isArray(list) ? list.length : 0;
    return scope === "BILATERAL" ? n === 2 : n > 2;
  });
}
