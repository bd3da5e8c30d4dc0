import DataLoader from "dataloader";
import type { EventDateRow, EventRow, PersonRow, PrismaDb, Provider, RoleRow } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, linksOfPairs, primeCountries, VISIBLE } from "@atlas/runtime";
import { batchReader, providerOfClient } from "@atlas/runtime/src/batch";
import { byId, timeline, type Placed } from "@atlas/runtime/src/lists";

const LEADER_KINDS = ["HEAD_OF_STATE", "HEAD_OF_GOVERNMENT"];

type EventCountry = { eventId: string; countryCode: string };
type Participant = { eventId: string; personId: string };
type RolePerson = { countryCode: string; personId: string };

/**
 * Built once per request (see context.ts). Every batch is one SQL statement, whatever its
 * number of keys (see @atlas/runtime batch.ts). Public reads leave retracted people, roles,
 * events, citations and date claims out: fact rows through the by-id loaders, which every
 * list goes through, the rest where they are read.
 */
export function createLoaders(prisma: PrismaDb, provider: Provider = providerOfClient(prisma)) {
  const read = batchReader(prisma, provider);
  const eventCountries = new DataLoader<string, string[]>(async (ids) => {
    const rows = await read<EventCountry>({ table: "event_country", key: "eventId", orderBy: "countryCode" }, ids);
    return groupByKey(ids, rows, (r) => r.eventId).map((l) => l.map((r) => r.countryCode));
  });
  return {
    person: new DataLoader<string, PersonRow | null>(async (ids) =>
      byKey(ids, await read<PersonRow>({ table: "person", key: "id", where: VISIBLE }, ids), (r) => r.id),
    ),
    names: new DataLoader<string, string[]>(async (ids) => {
      const rows = await read<{ personId: string; name: string }>({ table: "person_name", key: "personId", columns: ["personId", "name"], orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.personId).map((l) => l.map((r) => r.name));
    }),
    roles: new DataLoader<string, RoleRow[]>(async (ids) => {
      const rows = await read<RoleRow>({ table: "role", key: "personId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.personId);
    }),
    roleSources: new DataLoader<number, CitationRow[]>(async (ids) => {
      const rows = await read<CitationRow & { ownerId: number }>({ table: "role_source", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Person ids per country: everyone with a role for it (`all`) or its heads of state and government (`leaders`). */
    peopleOfCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await read<RolePerson>({ table: "role", key: "countryCode", columns: ["countryCode", "personId"], where: VISIBLE, orderBy: "personId" }, codes);
      return groupByKey(codes, rows, (r) => r.countryCode).map((l) => [...new Set(l.map((r) => r.personId))]);
    }),
    leadersOfCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await read<RolePerson>(
        { table: "role", key: "countryCode", columns: ["countryCode", "personId"], where: { kind: { in: LEADER_KINDS }, ...VISIBLE }, orderBy: "personId" },
        codes,
      );
      return groupByKey(codes, rows, (r) => r.countryCode).map((l) => [...new Set(l.map((r) => r.personId))]);
    }),
    event: new DataLoader<string, EventRow | null>(async (ids) =>
      byKey(ids, await read<EventRow>({ table: "event", key: "id", where: VISIBLE }, ids), (r) => r.id),
    ),
    eventDates: new DataLoader<string, EventDateRow[]>(async (ids) => {
      const rows = await read<EventDateRow>({ table: "event_date", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    eventSources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await read<CitationRow & { ownerId: string }>({ table: "event_source", key: "ownerId", where: VISIBLE, orderBy: "id" }, ids);
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    eventCountries,
    participants: new DataLoader<string, string[]>(async (ids) => {
      const rows = await read<Participant>({ table: "event_participant", key: "eventId", orderBy: "personId" }, ids);
      return groupByKey(ids, rows, (r) => r.eventId).map((l) => l.map((r) => r.personId));
    }),
    eventsOfPerson: new DataLoader<string, string[]>(async (ids) => {
      const rows = await read<Participant>({ table: "event_participant", key: "personId", orderBy: "eventId" }, ids);
      return groupByKey(ids, rows, (r) => r.personId).map((l) => l.map((r) => r.eventId));
    }),
    eventsOfCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await read<EventCountry>({ table: "event_country", key: "countryCode", orderBy: "eventId" }, codes);
      return groupByKey(codes, rows, (r) => r.countryCode).map((l) => l.map((r) => r.eventId));
    }),
    /** Event ids per bilateral id: events involving both countries. One statement for all pairs. */
    eventsOfPair: new DataLoader<string, string[]>(async (pairIds) => {
      const links = await linksOfPairs(prisma, { table: "event_country", owner: "eventId" }, pairIds, provider);
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

/** Loads people by id (retracted ones dropped), placed by id. Lists page this in memory (see @atlas/runtime lists.ts). */
export async function peopleInOrder(loaders: Loaders, ids: readonly string[]): Promise<Placed<PersonRow>[]> {
  return byId(await peopleById(loaders, ids));
}

/**
 * Loads events by id (retracted ones dropped), placed in timeline order: oldest first (the
 * earliest visible date claim), undated last, then by id. Lists page this in memory.
 */
export async function eventsInOrder(loaders: Loaders, ids: readonly string[]): Promise<Placed<EventRow>[]> {
  const [rows, dates] = await Promise.all([loaders.event.loadMany(ids), loaders.eventDates.loadMany(ids)]);
  return timeline(rows, dates);
}
