import { requireRole } from "@atlas/runtime";
import type { MutationResolvers } from "../__generated__/resolvers-types";
import type { Context } from "../context";
import {
  addAgreementCitation,
  createAgreement,
  idFor,
  retractAgreement,
  retractAgreementCitation,
  retractAgreementDate,
  updateAgreement,
  type WriteContext,
} from "../writes";

const writer = (ctx: Context, action: string): WriteContext => ({ db: ctx.db, peers: ctx.peers, caller: requireRole(ctx.caller, "curator", action), requestId: ctx.requestId });
/** After a write: the agreement as stored now (retracted ones too: the curator asked for it). */
const reread = (ctx: Context, id: string) => ctx.db.prisma.agreement.findUniqueOrThrow({ where: { id } });

export const Mutation: MutationResolvers = {
  createAgreement: async (_, { input, idempotencyKey }, ctx) =>
    reread(ctx, await createAgreement(writer(ctx, "Recording an agreement"), { ...input, id: idFor(input) }, idempotencyKey)),
  updateAgreement: async (_, { id, version, patch, sources, idempotencyKey }, ctx) =>
    reread(ctx, await updateAgreement(writer(ctx, "Changing an agreement"), id, version, { ...patch }, sources, idempotencyKey)),
  retractAgreement: async (_, { id, version, reason, idempotencyKey }, ctx) =>
    reread(ctx, await retractAgreement(writer(ctx, "Retracting an agreement"), id, version, reason, idempotencyKey)),
  addAgreementCitation: async (_, { id, citation, idempotencyKey }, ctx) =>
    reread(ctx, await addAgreementCitation(writer(ctx, "Citing an agreement"), id, citation, idempotencyKey)),
  retractAgreementCitation: async (_, { citationId, reason, idempotencyKey }, ctx) =>
    reread(ctx, await retractAgreementCitation(writer(ctx, "Retracting a citation"), citationId, reason, idempotencyKey)),
  retractAgreementDate: async (_, { dateId, reason, idempotencyKey }, ctx) =>
    reread(ctx, await retractAgreementDate(writer(ctx, "Retracting a date claim"), dateId, reason, idempotencyKey)),
  stageAgreementsImport: async (_, { importId, part }, ctx) => {
    const w = writer(ctx, "Importing");
    const staged = await ctx.imports.stage(importId, part, { caller: w.caller, requestId: ctx.requestId });
    return { importId, records: staged.records, report: null };
  },
  applyAgreementsImport: async (_, { importId }, ctx) => {
    writer(ctx, "Importing");
    const report = await ctx.imports.apply(importId, ctx.requestId);
    return { importId, records: null, report: JSON.stringify(report) };
  },
};
