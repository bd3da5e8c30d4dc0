import { inLang, requireRole } from "@atlas/runtime";
import { historyOf, retractionOf } from "../history";
import { listSlice } from "@atlas/runtime/src/lists";
import { eventsInOrder } from "../loaders";
import type { PersonResolvers } from "../__generated__/resolvers-types";

export const Person: PersonResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.person.load(ref.id),
  name: (p, { lang }) => inLang(lang, p.nameEn, p.nameAr),
  names: (p, _, { loaders }) => loaders.names.load(p.id),
  roles: (p, _, { loaders }) => loaders.roles.load(p.id),
  events: async (p, _, { loaders }) => listSlice(`Person(${p.id}).events`, await eventsInOrder(loaders, await loaders.eventsOfPerson.load(p.id))),
  retraction: (p) => retractionOf(p),
  /** The person's own writes and its roles' (retracted roles included). */
  history: async (p, _, ctx) => {
    requireRole(ctx.caller, "curator", "Reading a person's history");
    const roles = await ctx.db.prisma.role.findMany({ where: { personId: p.id }, select: { id: true } });
    return historyOf(ctx, "Reading a person's history", [
      { type: "Person", ids: [p.id] },
      { type: "Role", ids: roles.map((r) => String(r.id)) },
    ]);
  },
};
