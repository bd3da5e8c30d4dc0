import { requireRole } from "@atlas/runtime";
import type { MutationResolvers } from "../__generated__/resolvers-types";
import type { Context } from "../context";
import { retractCountryCitation, upsertCountries, type WriteContext } from "../writes";

const writer = (ctx: Context, role: "curator" | "admin", action: string): WriteContext => ({ db: ctx.db, caller: requireRole(ctx.caller, role, action), requestId: ctx.requestId });

export const Mutation: MutationResolvers = {
  upsertCountries: async (_, { countries, idempotencyKey }, ctx) => {
    const { importId, records, report } = await upsertCountries(writer(ctx, "admin", "Loading the reference list of countries"), countries, idempotencyKey);
    return { importId, records, report: JSON.stringify(report) };
  },
  retractCountryCitation: async (_, { citationId, reason, idempotencyKey }, ctx) => {
    const code = await retractCountryCitation(writer(ctx, "curator", "Retracting a citation"), citationId, reason, idempotencyKey);
    return ctx.db.prisma.country.findUniqueOrThrow({ where: { code } });
  },
  stageCountriesImport: async (_, { importId, part }, ctx) => {
    const w = writer(ctx, "curator", "Importing");
    const staged = await ctx.imports.stage(importId, part, { caller: w.caller, requestId: ctx.requestId });
    return { importId, records: staged.records, report: null };
  },
  applyCountriesImport: async (_, { importId }, ctx) => {
    writer(ctx, "curator", "Importing");
    const report = await ctx.imports.apply(importId, ctx.requestId);
    return { importId, records: null, report: JSON.stringify(report) };
  },
};
