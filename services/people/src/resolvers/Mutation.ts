import { requireRole } from "@atlas/runtime";
import type { MutationResolvers } from "../__generated__/resolvers-types";
import type { Context } from "../context";
import {
  addEventCitation,
  addRoleCitation,
  createEvent,
  createPerson,
  createRole,
  retractEvent,
  retractEventCitation,
  retractEventDate,
  retractPerson,
  retractRole,
  retractRoleCitation,
  updateEvent,
  updatePerson,
  updateRole,
  type WriteContext,
} from "../writes";

const writer = (ctx: Context, action: string): WriteContext => ({ db: ctx.db, peers: ctx.peers, caller: requireRole(ctx.caller, "curator", action), requestId: ctx.requestId });
/** After a write: the fact as stored now (retracted ones too: the curator asked for it). */
const person = (ctx: Context, id: string) => ctx.db.prisma.person.findUniqueOrThrow({ where: { id } });
const role = (ctx: Context, id: number) => ctx.db.prisma.role.findUniqueOrThrow({ where: { id } });
const event = (ctx: Context, id: string) => ctx.db.prisma.event.findUniqueOrThrow({ where: { id } });

export const Mutation: MutationResolvers = {
  createPerson: async (_, { input, idempotencyKey }, ctx) => person(ctx, await createPerson(writer(ctx, "Recording a person"), input, idempotencyKey)),
  updatePerson: async (_, { id, version, patch, sources, idempotencyKey }, ctx) =>
    person(ctx, await updatePerson(writer(ctx, "Changing a person"), id, version, patch, sources, idempotencyKey)),
  retractPerson: async (_, { id, version, reason, idempotencyKey }, ctx) =>
    person(ctx, await retractPerson(writer(ctx, "Retracting a person"), id, version, reason, idempotencyKey)),

  createRole: async (_, { personId, input, idempotencyKey }, ctx) => role(ctx, await createRole(writer(ctx, "Recording a role"), personId, input, idempotencyKey)),
  updateRole: async (_, { id, version, patch, sources, idempotencyKey }, ctx) =>
    role(ctx, await updateRole(writer(ctx, "Changing a role"), id, version, patch, sources, idempotencyKey)),
  retractRole: async (_, { id, version, reason, idempotencyKey }, ctx) => role(ctx, await retractRole(writer(ctx, "Retracting a role"), id, version, reason, idempotencyKey)),
  addRoleCitation: async (_, { id, citation, idempotencyKey }, ctx) => role(ctx, await addRoleCitation(writer(ctx, "Citing a role"), id, citation, idempotencyKey)),
  retractRoleCitation: async (_, { citationId, reason, idempotencyKey }, ctx) =>
    role(ctx, await retractRoleCitation(writer(ctx, "Retracting a citation"), citationId, reason, idempotencyKey)),

  createEvent: async (_, { input, idempotencyKey }, ctx) => event(ctx, await createEvent(writer(ctx, "Recording an event"), input, idempotencyKey)),
  updateEvent: async (_, { id, version, patch, sources, idempotencyKey }, ctx) =>
    event(ctx, await updateEvent(writer(ctx, "Changing an event"), id, version, patch, sources, idempotencyKey)),
  retractEvent: async (_, { id, version, reason, idempotencyKey }, ctx) =>
    event(ctx, await retractEvent(writer(ctx, "Retracting an event"), id, version, reason, idempotencyKey)),
  addEventCitation: async (_, { id, citation, idempotencyKey }, ctx) => event(ctx, await addEventCitation(writer(ctx, "Citing an event"), id, citation, idempotencyKey)),
  retractEventCitation: async (_, { citationId, reason, idempotencyKey }, ctx) =>
    event(ctx, await retractEventCitation(writer(ctx, "Retracting a citation"), citationId, reason, idempotencyKey)),
  retractEventDate: async (_, { dateId, reason, idempotencyKey }, ctx) =>
    event(ctx, await retractEventDate(writer(ctx, "Retracting a date claim"), dateId, reason, idempotencyKey)),

  stagePeopleImport: async (_, { importId, part }, ctx) => {
    const w = writer(ctx, "Importing");
    const staged = await ctx.imports.stage(importId, part, { caller: w.caller, requestId: ctx.requestId });
    return { importId, records: staged.records, report: null };
  },
  applyPeopleImport: async (_, { importId }, ctx) => {
    writer(ctx, "Importing");
    const report = await ctx.imports.apply(importId, ctx.requestId);
    return { importId, records: null, report: JSON.stringify(report) };
  },
};
