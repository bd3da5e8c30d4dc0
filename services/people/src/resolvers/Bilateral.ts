import { parseBilateralId } from "@atlas/runtime";
import { eventsInOrder, peopleById } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  events: async (b, _, { loaders }) => eventsInOrder(loaders, await loaders.eventsOfPair.load(b.id)),
  people: async (b, _, { loaders }) => {
    const eventIds = await loaders.eventsOfPair.load(b.id);
    const participants = (await loaders.participants.loadMany(eventIds)).flatMap((p) => (Array.isArray(p) ? p : []));
    return peopleById(loaders, [...new Set(participants)].sort());
  },
};
