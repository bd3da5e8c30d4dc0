import DataLoader from "dataloader";
import type { EventDateRow, EventRow, PersonRow, PrismaDb, RoleRow } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, inDateOrder, linksOfPairs, primeCountries, VISIBLE } from "@atlas/runtime";

const LEADER_KINDS = ["HEAD_OF_STATE", "HEAD_OF_GOVERNMENT"];

/**
 * Built once per request (see context.ts). Every batch is one SQL statement. Public reads
 * leave retracted people, roles, events, citations and date claims out: fact rows through
 * the by-id loaders, which every list goes through, the rest where they are read.
 */
export function createLoaders(prisma: PrismaDb) {
  const eventCountries = new DataLoader<string, string[]>(async (ids) => {
    const rows = await prisma.eventCountry.findMany({ where: { eventId: { in: [...ids] } }, orderBy: { countryCode: "asc" } });
    return groupByKey(ids, rows, (r) => r.eventId).map((l) => l.map((r) => r.countryCode));
  });
  return {
    person: new DataLoader<string, PersonRow | null>(async (ids) =>
      byKey(ids, await prisma.person.findMany({ where: { id: { in: [...ids] }, ...VISIBLE } }), (r) => r.id),
    ),
    names: new DataLoader<string, string[]>(async (ids) => {
      const rows = await prisma.personName.findMany({ where: { personId: { in: [...ids] } }, select: { personId: true, name: true }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.personId).map((l) => l.map((r) => r.name));
    }),
    roles: new DataLoader<string, RoleRow[]>(async (ids) => {
      const rows = await prisma.role.findMany({ where: { personId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.personId);
    }),
    roleSources: new DataLoader<number, CitationRow[]>(async (ids) => {
      const rows = await prisma.roleSource.findMany({ where: { ownerId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Person ids per country: everyone with a role for it (`all`) or its heads of state and government (`leaders`). */
    peopleOfCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await prisma.role.findMany({ where: { countryCode: { in: [...codes] }, ...VISIBLE }, select: { countryCode: true, personId: true }, orderBy: { personId: "asc" } });
      return groupByKey(codes, rows, (r) => r.countryCode!).map((l) => [...new Set(l.map((r) => r.personId))]);
    }),
    leadersOfCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await prisma.role.findMany({
        where: { countryCode: { in: [...codes] }, kind: { in: LEADER_KINDS }, ...VISIBLE },
        select: { countryCode: true, personId: true },
        orderBy: { personId: "asc" },
      });
      return groupByKey(codes, rows, (r) => r.countryCode!).map((l) => [...new Set(l.map((r) => r.personId))]);
    }),
    event: new DataLoader<string, EventRow | null>(async (ids) =>
      byKey(ids, await prisma.event.findMany({ where: { id: { in: [...ids] }, ...VISIBLE } }), (r) => r.id),
    ),
    eventDates: new DataLoader<string, EventDateRow[]>(async (ids) => {
      const rows = await prisma.eventDate.findMany({ where: { ownerId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    eventSources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await prisma.eventSource.findMany({ where: { ownerId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    eventCountries,
    participants: new DataLoader<string, string[]>(async (ids) => {
      const rows = await prisma.eventParticipant.findMany({ where: { eventId: { in: [...ids] } }, orderBy: { personId: "asc" } });
      return groupByKey(ids, rows, (r) => r.eventId).map((l) => l.map((r) => r.personId));
    }),
    eventsOfPerson: new DataLoader<string, string[]>(async (ids) => {
      const rows = await prisma.eventParticipant.findMany({ where: { personId: { in: [...ids] } }, orderBy: { eventId: "asc" } });
      return groupByKey(ids, rows, (r) => r.personId).map((l) => l.map((r) => r.eventId));
    }),
    eventsOfCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await prisma.eventCountry.findMany({ where: { countryCode: { in: [...codes] } }, orderBy: { eventId: "asc" } });
      return groupByKey(codes, rows, (r) => r.countryCode).map((l) => l.map((r) => r.eventId));
    }),
    /** Event ids per bilateral id: events involving both countries. One statement for all pairs. */
    eventsOfPair: new DataLoader<string, string[]>(async (pairIds) => {
      const links = await linksOfPairs(prisma, { table: "event_country", owner: "eventId" }, pairIds);
      primeCountries(eventCountries, links);
      return idsByPair(pairIds, links);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

const present = <T>(xs: readonly (T | null | Error)[]): T[] => xs.filter((x): x is T => x !== null && !(x instanceof Error));

export async function peopleById(loaders: Loaders, ids: readonly string[]): Promise<PersonRow[]> {
  return present(await loaders.person.loadMany(ids));
}

/** Loads events by id, oldest first, undated last, then by id. */
export async function eventsInOrder(loaders: Loaders, ids: readonly string[]): Promise<EventRow[]> {
  const [rows, dates] = await Promise.all([loaders.event.loadMany(ids), loaders.eventDates.loadMany(ids)]);
  return inDateOrder(rows, dates);
}
