import type { EventRow } from "@atlas/db";
import { parseBilateralId } from "@atlas/runtime";
import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import type { Context } from "../context";
import { eventsInOrder, peopleInOrder } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

const eventsOf = async (pairId: string, { loaders }: Context) => eventsInOrder(loaders, await loaders.eventsOfPair.load(pairId));

/** Participants of the pair's events that stand (a retracted event's participants are not counted). */
async function peopleOf(pairId: string, { loaders }: Context) {
  const events = (await loaders.event.loadMany(await loaders.eventsOfPair.load(pairId))).filter((e): e is EventRow => !!e && !(e instanceof Error));
  const participants = (await loaders.participants.loadMany(events.map((e) => e.id))).flatMap((p) => (Array.isArray(p) ? p : []));
  return peopleInOrder(loaders, [...new Set(participants)].sort());
}

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  events: async (b, args, ctx) => listSlice(`Bilateral(${b.id}).events`, await eventsOf(b.id, ctx), args),
  eventsConnection: async (b, args, ctx) => listConnection(`Bilateral(${b.id}).events`, await eventsOf(b.id, ctx), args),
  people: async (b, args, ctx) => listSlice(`Bilateral(${b.id}).people`, await peopleOf(b.id, ctx), args),
  peopleConnection: async (b, args, ctx) => listConnection(`Bilateral(${b.id}).people`, await peopleOf(b.id, ctx), args),
};
