/**
 * What every subgraph's write path shares: refusals with stable codes that name the
 * field and the reason, optimistic-concurrency conflicts, input parsed by the same zod
 * contract the seed files use, and the visibility rule for retracted facts.
 */
import { GraphQLError } from "graphql";
import type { z } from "zod";

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

/** Parses input with a zod schema of the seed contract; refuses with every issue named by its path. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, prefix = "input"): T {
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
