import { badInput, connection, countryCodeArg, decodeCursor, pageSizeArg, requireRole } from "@atlas/runtime";
import { filterTextArg } from "@atlas/runtime/src/text";
import type { QueryResolvers } from "../__generated__/resolvers-types";
import { CITATION_OF_DOCUMENT, documentCitation } from "@atlas/runtime/src/sources";

const yearArg = (name: string, v: number | null | undefined): number | undefined => {
  if (v === null || v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 1900 || v > 2100) throw badInput(name, `must be a year between 1900 and 2100, got ${v}`);
  return v;
};

export const Query: QueryResolvers = {
  indicator: (_, { id, includeRetracted }, { loaders, db, caller }) => {
    if (!includeRetracted) return loaders.indicator.load(id);
    requireRole(caller, "curator", "Reading retracted indicators");
    return db.prisma.indicator.findUnique({ where: { id } });
  },

  indicators: async (_, args, { db, caller }) => {
    if (args.includeRetracted) requireRole(caller, "curator", "Listing retracted indicators");
    const size = pageSizeArg(args.first);
    const after = decodeCursor("indicator", args.after);
    const yearFrom = yearArg("yearFrom", args.yearFrom);
    const yearTo = yearArg("yearTo", args.yearTo);
    const metric = filterTextArg("metric", args.metric); // compared with =, so % and _ are literal already
    const codes = [args.country ? countryCodeArg("country", args.country) : null, args.partner ? countryCodeArg("partner", args.partner) : null];
    const where = {
      ...(args.includeRetracted ? {} : { retractedAt: null }),
      AND: codes.filter((c): c is string => !!c).map((code) => ({ countries: { some: { countryCode: code } } })),
      ...(metric ? { metric } : {}),
      ...(args.kind ? { kind: args.kind } : {}),
      ...(yearFrom !== undefined || yearTo !== undefined ? { year: { gte: yearFrom, lte: yearTo } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.indicator.findMany({ where: after ? { ...where, id: { gt: after } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.indicator.count({ where }),
    ]);
    return connection("indicator", rows, size, (r) => r.id, totalCount);
  },

  tradeFlow: (_, { id }, { loaders }) => loaders.tradeFlow.load(id),

  /** Internal, for the sources subgraph's candidates (@inaccessible; only callers holding the subgraph secret reach a subgraph): one statement; retracted citations and facts left out. */
  _citationsOfDocument: async (_, { document }, { db }) =>
    [
      ...(await db.prisma.indicatorSource.findMany({ where: { documentId: document, retractedAt: null, owner: { retractedAt: null } }, select: CITATION_OF_DOCUMENT, orderBy: { id: "asc" } })).map(documentCitation("indicator")),
      ...(await db.prisma.tradeFlowSource.findMany({ where: { documentId: document, retractedAt: null, owner: { retractedAt: null } }, select: CITATION_OF_DOCUMENT, orderBy: { id: "asc" } })).map(documentCitation("tradeFlow")),
    ],
};
