import { requireRole } from "@atlas/runtime";
import type { MutationResolvers } from "../__generated__/resolvers-types";
import type { Context } from "../context";
import { createTradeFlow, retractTradeFlow } from "../trade-flows";
import { addIndicatorCitation, createIndicator, idFor, retractIndicator, retractIndicatorCitation, updateIndicator, type WriteContext } from "../writes";

const writer = (ctx: Context, action: string): WriteContext => ({ db: ctx.db, peers: ctx.peers, caller: requireRole(ctx.caller, "curator", action), requestId: ctx.requestId });
/** After a write: the indicator as stored now (retracted ones too: the curator asked for it). */
const reread = (ctx: Context, id: string) => ctx.db.prisma.indicator.findUniqueOrThrow({ where: { id } });

export const Mutation: MutationResolvers = {
  createIndicator: async (_, { input, idempotencyKey }, ctx) =>
    reread(ctx, await createIndicator(writer(ctx, "Recording an indicator"), { ...input, id: idFor(input) }, idempotencyKey)),
  updateIndicator: async (_, { id, version, patch, sources, idempotencyKey }, ctx) =>
    reread(ctx, await updateIndicator(writer(ctx, "Changing an indicator"), id, version, patch, sources, idempotencyKey)),
  retractIndicator: async (_, { id, version, reason, idempotencyKey }, ctx) =>
    reread(ctx, await retractIndicator(writer(ctx, "Retracting an indicator"), id, version, reason, idempotencyKey)),
  addIndicatorCitation: async (_, { id, citation, idempotencyKey }, ctx) =>
    reread(ctx, await addIndicatorCitation(writer(ctx, "Citing an indicator"), id, citation, idempotencyKey)),
  retractIndicatorCitation: async (_, { citationId, reason, idempotencyKey }, ctx) =>
    reread(ctx, await retractIndicatorCitation(writer(ctx, "Retracting a citation"), citationId, reason, idempotencyKey)),
  createTradeFlow: async (_, { input, idempotencyKey }, ctx) =>
    ctx.db.prisma.tradeFlow.findUniqueOrThrow({ where: { id: await createTradeFlow(writer(ctx, "Recording a trade flow"), input, idempotencyKey) } }),
  retractTradeFlow: async (_, { id, version, reason, idempotencyKey }, ctx) =>
    ctx.db.prisma.tradeFlow.findUniqueOrThrow({ where: { id: await retractTradeFlow(writer(ctx, "Retracting a trade flow"), id, version, reason, idempotencyKey) } }),
  stageIndicatorsImport: async (_, { importId, part }, ctx) => {
    const w = writer(ctx, "Importing");
    const staged = await ctx.imports.stage(importId, part, { caller: w.caller, requestId: ctx.requestId });
    return { importId, records: staged.records, report: null };
  },
  applyIndicatorsImport: async (_, { importId }, ctx) => {
    writer(ctx, "Importing");
    const report = await ctx.imports.apply(importId, ctx.requestId);
    return { importId, records: null, report: JSON.stringify(report) };
  },
};
