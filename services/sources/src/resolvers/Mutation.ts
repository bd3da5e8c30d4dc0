import { requireRole } from "@atlas/runtime";
import type { MutationResolvers } from "../__generated__/resolvers-types";
import { addDocument, beginImport, commitImport, updateDocument } from "../writes";

export const Mutation: MutationResolvers = {
  addDocument: async (_, { input, idempotencyKey }, { db, caller, requestId }) => {
    const id = await addDocument(db, input, requireRole(caller, "curator", "Adding a document"), requestId, idempotencyKey);
    return db.prisma.document.findUniqueOrThrow({ where: { id } });
  },
  updateDocument: async (_, { id, version, input, idempotencyKey }, { db, caller, requestId }) => {
    const changed = await updateDocument(db, id, version, input, requireRole(caller, "curator", "Changing a document"), requestId, idempotencyKey);
    return db.prisma.document.findUniqueOrThrow({ where: { id: changed } });
  },
  beginImport: (_, { input }, { db, caller, requestId }) => beginImport(db, input, requireRole(caller, "curator", "Importing"), requestId),
  commitImport: (_, { id }, { db, caller, requestId }) => commitImport(db, id, requireRole(caller, "curator", "Importing"), requestId),
};
