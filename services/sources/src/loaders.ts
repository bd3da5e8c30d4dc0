import DataLoader from "dataloader";
import type { DocumentRow, PrismaDb, Provider } from "@atlas/db";
import { byKey } from "@atlas/runtime";
import { batchReader, providerOfClient } from "@atlas/runtime/src/batch";

/** Documents of imports that have not committed are staged: public reads leave them out. */
export const PUBLISHED = { stagedImport: null } as const;

/** Built once per request (see context.ts). Every batch is one SQL statement, whatever its number of keys. */
export function createLoaders(prisma: PrismaDb, provider: Provider = providerOfClient(prisma)) {
  const read = batchReader(prisma, provider);
  return {
    document: new DataLoader<string, DocumentRow | null>(async (ids) =>
      byKey(ids, await read<DocumentRow>({ table: "document", key: "id", where: PUBLISHED }, ids), (r) => r.id),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
