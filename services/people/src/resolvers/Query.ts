import { badInput, connection, countryCodeArg, decodeCursor, pageSizeArg, requireRole } from "@atlas/runtime";
import { namesMatching, searchArg } from "@atlas/runtime/src/text";
import type { QueryResolvers } from "../__generated__/resolvers-types";
import { CITATION_OF_DOCUMENT, documentCitation } from "@atlas/runtime/src/sources";

const yearArg = (name: string, v: number | null | undefined): number | undefined => {
  if (v === null || v === undefined) return undefined;
  if (!Number.isInteger(v) || v < 1900 || v > 2100) throw badInput(name, `must be a year between 1900 and 2100, got ${v}`);
  return v;
};

/** A roles cursor holds the row id of the last role of its page. */
const roleCursorArg = (after: string | null | undefined): number | null => {
  const key = decodeCursor("role", after);
  if (key === null) return null;
  if (!/^\d{1,10}$/.test(key)) throw badInput("after", `not a cursor from this list: ${JSON.stringify(after)}`);
  return Number(key);
};

export const Query: QueryResolvers = {
  person: (_, { id, includeRetracted }, { loaders, db, caller }) => {
    if (!includeRetracted) return loaders.person.load(id);
    requireRole(caller, "curator", "Reading retracted people");
    return db.prisma.person.findUnique({ where: { id } });
  },
  event: (_, { id, includeRetracted }, { loaders, db, caller }) => {
    if (!includeRetracted) return loaders.event.load(id);
    requireRole(caller, "curator", "Reading retracted events");
    return db.prisma.event.findUnique({ where: { id } });
  },

  people: async (_, { search, country, first, after, includeRetracted }, { db, caller }) => {
    if (includeRetracted) requireRole(caller, "curator", "Listing retracted people");
    const size = pageSizeArg(first);
    const afterId = decodeCursor("person", after);
    const names = await namesMatching(db.prisma, "person_name", searchArg("search", search));
    const where = {
      ...(includeRetracted ? {} : { retractedAt: null }),
      ...names,
      ...(country ? { roles: { some: { countryCode: countryCodeArg("country", country), ...(includeRetracted ? {} : { retractedAt: null }) } } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.person.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.person.count({ where }),
    ]);
    return connection("person", rows, size, (r) => r.id, totalCount);
  },

  events: async (_, args, { db, caller }) => {
    if (args.includeRetracted) requireRole(caller, "curator", "Listing retracted events");
    const size = pageSizeArg(args.first);
    const afterId = decodeCursor("event", args.after);
    const yearFrom = yearArg("yearFrom", args.yearFrom);
    const yearTo = yearArg("yearTo", args.yearTo);
    const visible = args.includeRetracted ? {} : { retractedAt: null };
    const where = {
      ...visible,
      ...(args.country ? { countries: { some: { countryCode: countryCodeArg("country", args.country) } } } : {}),
      ...(args.kind ? { kind: args.kind } : {}),
      // A date claim (one the reader may see) starting in the years asked for.
      ...(yearFrom !== undefined || yearTo !== undefined ? { dates: { some: { ...visible, startYear: { gte: yearFrom, lte: yearTo } } } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.event.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.event.count({ where }),
    ]);
    return connection("event", rows, size, (r) => r.id, totalCount);
  },

  roles: async (_, args, { db, caller }) => {
    if (args.includeRetracted) requireRole(caller, "curator", "Listing retracted roles");
    const size = pageSizeArg(args.first);
    const afterId = roleCursorArg(args.after);
    const where = {
      ...(args.includeRetracted ? {} : { retractedAt: null, person: { retractedAt: null } }),
      ...(args.country ? { countryCode: countryCodeArg("country", args.country) } : {}),
      ...(args.kind ? { kind: args.kind } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.role.findMany({ where: afterId !== null ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.role.count({ where }),
    ]);
    return connection("role", rows, size, (r) => String(r.id), totalCount);
  },

  /** Internal, for the sources subgraph's candidates (@inaccessible; only callers holding the subgraph secret reach a subgraph): one statement per table; retracted citations and facts left out. */
  _citationsOfDocument: async (_, { document }, { db }) => {
    const [roles, events] = await Promise.all([
      db.prisma.roleSource.findMany({ where: { documentId: document, retractedAt: null, owner: { retractedAt: null } }, select: CITATION_OF_DOCUMENT, orderBy: { id: "asc" } }),
      db.prisma.eventSource.findMany({ where: { documentId: document, retractedAt: null, owner: { retractedAt: null } }, select: CITATION_OF_DOCUMENT, orderBy: { id: "asc" } }),
    ]);
    return [...roles.map(documentCitation("role")), ...events.map(documentCitation("event"))];
  },
};
