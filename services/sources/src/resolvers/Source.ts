import { inLang, partialDate } from "@atlas/runtime";
import type { SourceResolvers } from "../__generated__/resolvers-types";

export const Source: SourceResolvers = {
  __resolveReference: (ref) => ({ document: ref.document }),
  publisher: async (s, _, { loaders }) => (await loaders.document.load(s.document))?.publisher ?? null,
  publishedOn: async (s, _, { loaders }) => {
    const d = await loaders.document.load(s.document);
    return d ? (partialDate(d.publishedYear, d.publishedMonth, d.publishedDay)?.iso ?? null) : null;
  },
  documentTitle: async (s, { lang }, { loaders }) => {
    const d = await loaders.document.load(s.document);
    return d ? inLang(lang, d.titleEn, d.titleAr) : null;
  },
  documentInfo: (s, _, { loaders }) => loaders.document.load(s.document),
};
