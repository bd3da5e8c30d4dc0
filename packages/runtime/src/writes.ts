/**
 * What every subgraph's write path shares: refusals with stable codes that name the
 * field and the reason, optimistic-concurrency conflicts, input parsed by the same zod
 * contract the seed files use, and the visibility rule for retracted facts.
 */
import { GraphQLError } from "graphql";
import type { z } from "zod";
import { unstorable } from "./text";

export interface Problem {
  /** The input path, e.g. "input.sources[0].end". */
  field: string;
  reason: string;
}

/** BAD_USER_INPUT naming every field that was wrong; nothing was written. */
export function refused(problems: readonly Problem[]): GraphQLError {
  const first = problems[0] ?? { field: "input", reason: "invalid" };
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1, 6).map((p) => `${p.field}: ${p.reason}`).join("; ")})` : "";
  return new GraphQLError(`${first.field}: ${first.reason}${more}`, {
    extensions: { code: "BAD_USER_INPUT", argumentName: first.field.split(/[.[]/)[0], field: first.field, problems },
  });
}

export function refuseIf(problems: readonly Problem[]): void {
  if (problems.length) throw refused(problems);
}

/** Problems from messages that already start with "<path>: ". */
export function problemsOf(prefix: string, messages: readonly string[]): Problem[] {
  return messages.map((m) => {
    const i = m.indexOf(": ");
    return i > 0 ? { field: `${prefix}${m.slice(0, i)}`, reason: m.slice(i + 2) } : { field: prefix || "input", reason: m };
  });
}

/** Strings neither store keeps faithfully (see unstorable), by path. */
export function badStrings(value: unknown, path: string): Problem[] {
  if (typeof value === "string") {
    const bad = unstorable(value);
    return bad ? [{ field: path, reason: `contains ${bad}` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => badStrings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => badStrings(v, `${path}.${k}`));
  return [];
}

/** Parses input with a zod schema of the seed contract; refuses with every issue named by its path. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, prefix = "input"): T {
  refuseIf(badStrings(input, prefix));
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw refused(
    r.error.issues.map((i) => ({
      field: [prefix, ...i.path].map((p, n) => (typeof p === "number" ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`)).join(""),
      reason: i.message,
    })),
  );
}

/** CONFLICT: the caller read `expected` but the record is at `current` now. */
export function conflict(entityType: string, id: string, expected: number, current: number): GraphQLError {
  return new GraphQLError(`${entityType} ${id} is at version ${current}, not ${expected}: another write came first; read it again and reapply your change`, {
    extensions: { code: "CONFLICT", entityType, id, expectedVersion: expected, currentVersion: current },
  });
}

export function notFound(entityType: string, field: string, id: string): GraphQLError {
  return new GraphQLError(`${field}: no ${entityType} ${JSON.stringify(id)}`, {
    extensions: { code: "NOT_FOUND", argumentName: field, entityType, id },
  });
}

/** A write to a retracted fact is refused: retraction is final (the record and its history stay). */
export function retractedRefusal(entityType: string, field: string, id: string): GraphQLError {
  return new GraphQLError(`${field}: ${entityType} ${id} is retracted; it can no longer be changed or cited`, {
    extensions: { code: "BAD_USER_INPUT", argumentName: field, reason: "RETRACTED", entityType, id },
  });
}

/** The Prisma `where` fragment public reads add: retracted facts and citations are left out. */
export const VISIBLE = { retractedAt: null } as const;

/** A retraction reason: required, one line, at most 500 characters. */
export function reasonArg(reason: string): string {
  const r = reason.trim();
  if (r.length < 3 || r.length > 500) throw refused([{ field: "reason", reason: "give a reason of 3 to 500 characters" }]);
  return r;
}

/**
 * GraphQL hands absent optional fields as undefined but explicit ones as null; the seed
 * contract's optional fields take undefined. Drops null-valued properties (deeply, not
 * inside arrays' elements' nulls), so "null" means "not given".
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, compact(v)])) as T;
}

/** A date claim's `source.citationId` is "date:<row id>": never mistaken for a citation's id. */
export const DATE_ID_PREFIX = "date:";

const MAX_ROW_ID = 2_147_483_647; // PostgreSQL's integer

/**
 * A row id given as an ID argument (citations, date claims, roles): digits only, within a
 * 32-bit integer, optionally written with `prefix` ("date:12"). Anything else is
 * BAD_USER_INPUT naming the argument, never a database error.
 */
export function rowIdArg(field: string, raw: string, prefix?: string): number {
  if (!prefix && raw.startsWith(DATE_ID_PREFIX)) {
    throw refused([{ field, reason: `${JSON.stringify(raw)} is a date claim's id, not a citation's: retract it with retractAgreementDate, retractEventDate or retractCorridorDate` }]);
  }
  const s = prefix && raw.startsWith(prefix) ? raw.slice(prefix.length) : raw;
  const n = /^\d{1,10}$/.test(s) ? Number(s) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROW_ID) {
    throw refused([{ field, reason: `not an id: ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)}${prefix ? ` (a number, or ${prefix}<number>)` : ""}` }]);
  }
  return n;
}
