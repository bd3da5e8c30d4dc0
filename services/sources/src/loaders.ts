import DataLoader from "dataloader";
import type { DocumentRow, PrismaDb } from "@atlas/db";
import { byKey } from "@atlas/runtime";

/** Documents of imports that have not committed are staged: public reads leave them out. */
export const PUBLISHED = { stagedImport: null } as const;

/** Built once per request (see context.ts). */
export function createLoaders(prisma: PrismaDb) {
  return {
    document: new DataLoader<string, DocumentRow | null>(async (ids) =>
      byKey(ids, await prisma.document.findMany({ where: { id: { in: [...ids] }, ...PUBLISHED } }), (r) => r.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
