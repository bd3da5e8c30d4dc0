import { inLang, partialDate, requireRole, toChange } from "@atlas/runtime";
import type { DocumentResolvers } from "../__generated__/resolvers-types";
import { documentCandidates } from "../candidates";

export const Document: DocumentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.document.load(ref.id),
  title: (d, { lang }) => inLang(lang, d.titleEn, d.titleAr),
  publishedOn: (d) => partialDate(d.publishedYear, d.publishedMonth, d.publishedDay),
  author: (d, { lang }) => (d.author === null ? null : inLang(lang, d.author, d.authorAr)),
  textLength: (d) => (d.text === null ? null : d.text.length),
  history: async (d, _, { db, caller }) => {
    requireRole(caller, "curator", "Reading a document's history");
    const rows = await db.prisma.sourcesWrite.findMany({ where: { entityType: "Document", entityId: d.id }, orderBy: { id: "asc" } });
    return rows.map(toChange);
  },
  candidates: async (d, { kinds }, { caller, lexicons }) => {
    requireRole(caller, "curator", "Reading a document's fact candidates");
    return documentCandidates(d, await lexicons(), kinds);
  },
};
