import DataLoader from "dataloader";
import type { DocumentRow, PrismaDb } from "@atlas/db";
import { byKey } from "@atlas/runtime";

/** Built once per request (see context.ts). */
export function createLoaders(prisma: PrismaDb) {
  return {
    document: new DataLoader<string, DocumentRow | null>(async (ids) =>
      byKey(ids, await prisma.document.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
