import { inLang, partialDate } from "@atlas/runtime";
import type { DocumentResolvers } from "../__generated__/resolvers-types";

export const Document: DocumentResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.document.load(ref.id),
  title: (d, { lang }) => inLang(lang, d.titleEn, d.titleAr),
  publishedOn: (d) => partialDate(d.publishedYear, d.publishedMonth, d.publishedDay),
  author: (d, { lang }) => (d.author === null ? null : inLang(lang, d.author, d.authorAr)),
};
