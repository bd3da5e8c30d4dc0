/**
 * Writes a validated corpus to the store in one transaction. Loading the same
 * corpus again changes nothing (its checksum is recorded); a changed corpus
 * replaces the seeded facts as a whole, so no half-loaded state is ever visible.
 */
import type { Database, PrismaDb } from "@atlas/db";
import { foldForSearch } from "@atlas/runtime/src/text";
import type { Corpus } from "./corpus";
import type { Citation, DateClaim, PartialDate } from "./schema";

type Tx = Omit<PrismaDb, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const SEED_STATE_ID = "corpus";
/**
 * Bump when the loader writes something new (a table, a column) for the same corpus,
 * so stores loaded by an older loader are reloaded. 2: corridors.
 */
const LOADER_VERSION = 2;

export interface LoadResult {
  loaded: boolean;
  checksum: string;
  counts: Record<string, number>;
}

const cite = (c: Citation) => ({ documentId: c.document, start: c.start, end: c.end, claim: c.claim, figures: JSON.stringify(c.figures) });
const dateCols = (prefix: "start" | "end" | "asOf" | "periodStart" | "periodEnd", d: PartialDate | null | undefined) => ({
  [`${prefix}Year`]: d?.year ?? null,
  [`${prefix}Month`]: d?.month ?? null,
  [`${prefix}Day`]: d?.day ?? null,
});
const dateClaimRow = (ownerId: string, d: DateClaim) => ({
  ownerId,
  startYear: d.start.year,
  startMonth: d.start.month ?? null,
  startDay: d.start.day ?? null,
  endYear: d.end?.year ?? null,
  endMonth: d.end?.month ?? null,
  endDay: d.end?.day ?? null,
  basis: d.basis,
  basisNote: d.basisNote ?? null,
  ...cite(d.source),
});

export function countsOf(c: Corpus): Record<string, number> {
  return {
    documents: c.documents.length,
    countries: c.countries.length,
    people: c.people.length,
    roles: c.people.reduce((n, p) => n + p.roles.length, 0),
    agreements: c.agreements.length,
    indicators: c.indicators.length,
    events: c.events.length,
    corridors: c.corridors.length,
  };
}

async function clear(tx: Tx): Promise<void> {
  // Children first, so the order works whether or not the store enforces foreign keys.
  await tx.documentSource.deleteMany();
  await tx.document.deleteMany();
  await tx.countrySource.deleteMany();
  await tx.countryName.deleteMany();
  await tx.country.deleteMany();
  await tx.agreementSource.deleteMany();
  await tx.agreementDate.deleteMany();
  await tx.agreementSignatory.deleteMany();
  await tx.agreementParty.deleteMany();
  await tx.agreement.deleteMany();
  await tx.indicatorSource.deleteMany();
  await tx.indicatorCountry.deleteMany();
  await tx.indicator.deleteMany();
  await tx.roleSource.deleteMany();
  await tx.role.deleteMany();
  await tx.personName.deleteMany();
  await tx.person.deleteMany();
  await tx.eventSource.deleteMany();
  await tx.eventDate.deleteMany();
  await tx.eventParticipant.deleteMany();
  await tx.eventCountry.deleteMany();
  await tx.event.deleteMany();
  await tx.corridorSource.deleteMany();
  await tx.corridorDate.deleteMany();
  await tx.corridorCountry.deleteMany();
  await tx.corridorName.deleteMany();
  await tx.corridor.deleteMany();
}

async function write(tx: Tx, c: Corpus): Promise<void> {
  await tx.document.createMany({
    data: c.documents.map((d) => ({
      id: d.id,
      titleEn: d.title.en,
      titleAr: d.title.ar,
      publisher: d.publisher,
      publishedYear: d.publishedOn?.year ?? null,
      publishedMonth: d.publishedOn?.month ?? null,
      publishedDay: d.publishedOn?.day ?? null,
      publishedOnNote: d.publishedOnNote,
      author: d.author,
      authorAr: d.authorAr ?? null,
    })),
  });
  await tx.documentSource.createMany({ data: c.documents.flatMap((d) => d.sources.map((s) => ({ ownerId: d.id, ...cite(s) }))) });

  await tx.country.createMany({
    data: c.countries.map((x) => ({
      code: x.code,
      iso3: x.iso3,
      nameEn: x.name.en,
      nameAr: x.name.ar,
      capitalEn: x.capital?.en ?? null,
      capitalAr: x.capital?.ar ?? null,
    })),
  });
  await tx.countryName.createMany({
    data: c.countries.flatMap((x) => [...new Set([...x.spellings, x.code, x.iso3])].map((name) => ({ countryCode: x.code, name, folded: foldForSearch(name) }))),
  });
  await tx.countrySource.createMany({ data: c.countries.flatMap((x) => x.sources.map((s) => ({ ownerId: x.code, ...cite(s) }))) });

  await tx.agreement.createMany({
    data: c.agreements.map((a) => ({
      id: a.id,
      kind: a.kind,
      titleEn: a.title.en,
      titleAr: a.title.ar ?? null,
      status: a.status,
      summary: a.summary ?? null,
      eventId: a.event ?? null,
    })),
  });
  await tx.agreementParty.createMany({ data: c.agreements.flatMap((a) => [...new Set(a.parties)].map((countryCode) => ({ agreementId: a.id, countryCode }))) });
  await tx.agreementSignatory.createMany({ data: c.agreements.flatMap((a) => a.signatories.map((personId) => ({ agreementId: a.id, personId }))) });
  await tx.agreementDate.createMany({ data: c.agreements.flatMap((a) => a.signedOn.map((d) => dateClaimRow(a.id, d))) });
  await tx.agreementSource.createMany({ data: c.agreements.flatMap((a) => a.sources.map((s) => ({ ownerId: a.id, ...cite(s) }))) });

  await tx.indicator.createMany({
    data: c.indicators.map((i) => ({
      id: i.id,
      metric: i.metric,
      kind: i.kind,
      value: i.value,
      unit: i.unit,
      year: i.year ?? null,
      ...dateCols("periodStart", i.period?.start),
      ...dateCols("periodEnd", i.period?.end),
      changePercent: i.changePercent ?? null,
      label: i.label,
      fromCode: i.from ?? null,
      toCode: i.to ?? null,
      basisNote: i.basisNote ?? null,
    })),
  });
  await tx.indicatorCountry.createMany({ data: c.indicators.flatMap((i) => [...new Set(i.countries)].map((countryCode) => ({ indicatorId: i.id, countryCode }))) });
  await tx.indicatorSource.createMany({ data: c.indicators.flatMap((i) => i.sources.map((s) => ({ ownerId: i.id, ...cite(s) }))) });

  await tx.person.createMany({ data: c.people.map((p) => ({ id: p.id, nameEn: p.name.en, nameAr: p.name.ar })) });
  await tx.personName.createMany({
    data: c.people.flatMap((p) => [...new Set([p.name.en, p.name.ar, ...p.aliases])].map((name) => ({ personId: p.id, name, folded: foldForSearch(name) }))),
  });
  // Roles have generated ids, so they are written one by one with their citations nested.
  for (const p of c.people) {
    for (const r of p.roles) {
      await tx.role.create({
        data: {
          personId: p.id,
          kind: r.kind,
          titleEn: r.title.en,
          titleAr: r.title.ar ?? null,
          countryCode: r.country,
          organization: r.organization ?? null,
          ...dateCols("start", r.start),
          ...dateCols("end", r.end),
          ...dateCols("asOf", r.asOf),
          sources: { createMany: { data: r.sources.map(cite) } },
        },
      });
    }
  }

  await tx.event.createMany({
    data: c.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      titleEn: e.title.en,
      titleAr: e.title.ar ?? null,
      placeCountryCode: e.place?.country ?? null,
      placeCityEn: e.place?.city?.en ?? null,
      placeCityAr: e.place?.city?.ar ?? null,
    })),
  });
  await tx.eventCountry.createMany({ data: c.events.flatMap((e) => [...new Set(e.countries)].map((countryCode) => ({ eventId: e.id, countryCode }))) });
  await tx.eventParticipant.createMany({ data: c.events.flatMap((e) => e.participants.map((personId) => ({ eventId: e.id, personId }))) });
  await tx.eventDate.createMany({ data: c.events.flatMap((e) => e.dates.map((d) => dateClaimRow(e.id, d))) });
  await tx.eventSource.createMany({ data: c.events.flatMap((e) => e.sources.map((s) => ({ ownerId: e.id, ...cite(s) }))) });

  await tx.corridor.createMany({
    data: c.corridors.map((k) => ({ id: k.id, kind: k.kind, nameEn: k.name.en, nameAr: k.name.ar ?? null, status: k.status, summary: k.summary ?? null })),
  });
  await tx.corridorName.createMany({
    data: c.corridors.flatMap((k) =>
      [...new Set([k.name.en, k.name.ar, ...k.aliases].filter((n): n is string => !!n))].map((name) => ({ corridorId: k.id, name, folded: foldForSearch(name) })),
    ),
  });
  await tx.corridorCountry.createMany({ data: c.corridors.flatMap((k) => [...new Set(k.countries)].map((countryCode) => ({ corridorId: k.id, countryCode }))) });
  await tx.corridorDate.createMany({ data: c.corridors.flatMap((k) => k.dates.map((d) => dateClaimRow(k.id, d))) });
  await tx.corridorSource.createMany({ data: c.corridors.flatMap((k) => k.sources.map((s) => ({ ownerId: k.id, ...cite(s) }))) });
}

export async function loadCorpus(db: Database, corpus: Corpus): Promise<LoadResult> {
  const counts = countsOf(corpus);
  return db.prisma.$transaction(
    async (tx) => {
      const stored = `${corpus.checksum}/v${LOADER_VERSION}`;
      const state = await tx.seedState.findUnique({ where: { id: SEED_STATE_ID } });
      if (state?.checksum === stored) return { loaded: false, checksum: corpus.checksum, counts };
      await clear(tx);
      await write(tx, corpus);
      const row = { checksum: stored, loadedAt: new Date(), counts: JSON.stringify(counts) };
      await tx.seedState.upsert({ where: { id: SEED_STATE_ID }, create: { id: SEED_STATE_ID, ...row }, update: row });
      return { loaded: true, checksum: corpus.checksum, counts };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
