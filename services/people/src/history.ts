import { type ChangeRow, requireRole, toChange } from "@atlas/runtime";
import type { Context } from "./context";

/** Why and by whom a fact was retracted; null while it stands. */
export const retractionOf = (r: { retractedAt: Date | null; retractedBy: string | null; retractReason: string | null }) =>
  r.retractedAt ? { at: r.retractedAt.toISOString(), by: r.retractedBy ?? "", reason: r.retractReason ?? "" } : null;

/** The journal entries of some entities, oldest first. Curators only. */
export async function historyOf(ctx: Context, action: string, entities: { type: string; ids: string[] }[]) {
  requireRole(ctx.caller, "curator", action);
  const rows: ChangeRow[] = await ctx.db.prisma.peopleWrite.findMany({
    where: { OR: entities.filter((e) => e.ids.length).map((e) => ({ entityType: e.type, entityId: { in: e.ids } })) },
    orderBy: { id: "asc" },
  });
  return rows.map(toChange);
}
