import type { EventRow } from "@atlas/db";
import { parseBilateralId } from "@atlas/runtime";
import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import type { Context } from "../context";
import { eventsInOrder, peopleInOrder } from "../loaders";
import type { BilateralResolvers, PairScope } from "../__generated__/resolvers-types";

/**
 * The pair's event ids in the scope asked: the two countries alone (BILATERAL, the default), the
 * two and at least one more (MULTILATERAL), or any. eventsOfPair primed eventCountries with every
 * listed event's countries, so this reads nothing more.
 */
async function eventIdsOf(pairId: string, scope: PairScope | null | undefined, { loaders }: Context): Promise<string[]> {
  const ids = await loaders.eventsOfPair.load(pairId);
  if (!scope || scope === "ANY") return ids;
  const countries = await loaders.eventCountries.loadMany(ids);
  return ids.filter((_, i) => {
    const list = countries[i];
    const n = Array.isArray(list) ? list.length : 0;
    return scope === "BILATERAL" ? n === 2 : n > 2;
  });
}

const eventsOf = async (pairId: string, scope: PairScope | null | undefined, ctx: Context) => eventsInOrder(ctx.loaders, await eventIdsOf(pairId, scope, ctx));

/** Participants of the pair's events in the scope that stand (a retracted event's participants are not counted). */
async function peopleOf(pairId: string, scope: PairScope | null | undefined, ctx: Context) {
  const { loaders } = ctx;
  const events = (await loaders.event.loadMany(await eventIdsOf(pairId, scope, ctx))).filter((e): e is EventRow => !!e && !(e instanceof Error));
  const participants = (await loaders.participants.loadMany(events.map((e) => e.id))).flatMap((p) => (Array.isArray(p) ? p : []));
  return peopleInOrder(loaders, [...new Set(participants)].sort());
}

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  events: async (b, { scope, ...page }, ctx) => listSlice(`Bilateral(${b.id}).events`, await eventsOf(b.id, scope, ctx), page),
  eventsConnection: async (b, { scope, ...page }, ctx) => listConnection(`Bilateral(${b.id}).events`, await eventsOf(b.id, scope, ctx), page),
  people: async (b, { scope, ...page }, ctx) => listSlice(`Bilateral(${b.id}).people`, await peopleOf(b.id, scope, ctx), page),
  peopleConnection: async (b, { scope, ...page }, ctx) => listConnection(`Bilateral(${b.id}).people`, await peopleOf(b.id, scope, ctx), page),
};
