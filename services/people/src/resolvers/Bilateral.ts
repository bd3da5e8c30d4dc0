import type { EventRow } from "@atlas/db";
import { parseBilateralId } from "@atlas/runtime";
import { eventsInOrder, peopleById } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  events: async (b, _, { loaders }) => eventsInOrder(loaders, await loaders.eventsOfPair.load(b.id)),
  /** Participants of the pair's events that stand (a retracted event's participants are not counted). */
  people: async (b, _, { loaders }) => {
    const events = (await loaders.event.loadMany(await loaders.eventsOfPair.load(b.id))).filter((e): e is EventRow => !!e && !(e instanceof Error));
    const participants = (await loaders.participants.loadMany(events.map((e) => e.id))).flatMap((p) => (Array.isArray(p) ? p : []));
    return peopleById(loaders, [...new Set(participants)].sort());
  },
};
