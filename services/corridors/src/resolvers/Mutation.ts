import { requireRole } from "@atlas/runtime";
import type { MutationResolvers } from "../__generated__/resolvers-types";
import type { Context } from "../context";
import {
  addCorridorCitation,
  createCorridor,
  idFor,
  retractCorridor,
  retractCorridorCitation,
  retractCorridorDate,
  updateCorridor,
  type WriteContext,
} from "../writes";

const writer = (ctx: Context, action: string): WriteContext => ({ db: ctx.db, peers: ctx.peers, caller: requireRole(ctx.caller, "curator", action), requestId: ctx.requestId });
/** After a write: the corridor as stored now (retracted ones too: the curator asked for it). */
const reread = (ctx: Context, id: string) => ctx.db.prisma.corridor.findUniqueOrThrow({ where: { id } });

export const Mutation: MutationResolvers = {
  createCorridor: async (_, { input, idempotencyKey }, ctx) =>
    reread(ctx, await createCorridor(writer(ctx, "Recording a corridor"), { ...input, id: idFor(input) }, idempotencyKey)),
  updateCorridor: async (_, { id, version, patch, sources, idempotencyKey }, ctx) =>
    reread(ctx, await updateCorridor(writer(ctx, "Changing a corridor"), id, version, patch, sources, idempotencyKey)),
  retractCorridor: async (_, { id, version, reason, idempotencyKey }, ctx) =>
    reread(ctx, await retractCorridor(writer(ctx, "Retracting a corridor"), id, version, reason, idempotencyKey)),
  addCorridorCitation: async (_, { id, citation, idempotencyKey }, ctx) =>
    reread(ctx, await addCorridorCitation(writer(ctx, "Citing a corridor"), id, citation, idempotencyKey)),
  retractCorridorCitation: async (_, { citationId, reason, idempotencyKey }, ctx) =>
    reread(ctx, await retractCorridorCitation(writer(ctx, "Retracting a citation"), citationId, reason, idempotencyKey)),
  retractCorridorDate: async (_, { dateId, reason, idempotencyKey }, ctx) =>
    reread(ctx, await retractCorridorDate(writer(ctx, "Retracting a date claim"), dateId, reason, idempotencyKey)),
  stageCorridorsImport: async (_, { importId, part }, ctx) => {
    const w = writer(ctx, "Importing");
    const staged = await ctx.imports.stage(importId, part, { caller: w.caller, requestId: ctx.requestId });
    return { importId, records: staged.records, report: null };
  },
  applyCorridorsImport: async (_, { importId }, ctx) => {
    writer(ctx, "Importing");
    const report = await ctx.imports.apply(importId, ctx.requestId);
    return { importId, records: null, report: JSON.stringify(report) };
  },
};
