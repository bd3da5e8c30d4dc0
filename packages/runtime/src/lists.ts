/**
 * Paging the lists inside an entity (Country.agreements, Bilateral.events …) and the ids
 * of the citations they carry.
 *
 * A nested list is paged in memory, after its loaders' batches: the loaders fetch every
 * parent's whole list in one statement whatever the number of parents (batch.ts), and a
 * page is cut from it here. So paging never adds a statement, and `totalCount` is the
 * length of the list a client would get unpaged. Timelines are ordered by their date
 * claims (the earliest visible claim, undated last), which live in JavaScript
 * (date-claims.ts), not in SQL; per-parent lists are small (tens of rows).
 *
 * Each item has a position: the values its list is sorted by, the last one unique (an
 * id). A cursor holds the position, not an index, so a page resumes after the item even
 * when items before it were retracted in between.
 */
import { dateClaimOf, earliestIso, type DateClaimRow } from "./date-claims";
import { badInput } from "./errors";
import { decodeCursor, encodeCursor, pageSizeArg, type Connection } from "./pagination";
import { toSource, type CitationRow } from "./sources";

/** Where an item sits in its list: strings compare by code point, numbers numerically. */
export type Position = readonly (string | number)[];

export interface Placed<T> {
  node: T;
  at: Position;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export function comparePositions(a: Position, b: Position): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (typeof x === "number" && typeof y === "number") {
      if (x !== y) return x - y;
    } else {
      const [s, t] = [String(x), String(y)];
      if (s !== t) return s < t ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/** The items in list order (a stable sort: equal positions keep the order given). */
export function inOrder<T>(items: readonly Placed<T>[]): Placed<T>[] {
  return [...items].sort((a, b) => comparePositions(a.at, b.at));
}

function positionOfCursor(kind: string, after: string | null | undefined): Position | null {
  const raw = decodeCursor(kind, after);
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const ok = Array.isArray(value) && value.length > 0 && value.length <= 4 && value.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v)));
  if (!ok) throw badInput("after", `not a cursor from this list: ${JSON.stringify(after)}`);
  return value as Position;
}

const cursorOf = (kind: string, item: Placed<unknown>): string => encodeCursor(kind, JSON.stringify(item.at));

/** The items after the cursor, in list order. */
function afterCursor<T>(kind: string, items: readonly Placed<T>[], after: string | null | undefined): Placed<T>[] {
  const sorted = inOrder(items);
  const from = positionOfCursor(kind, after);
  if (!from) return sorted;
  const i = sorted.findIndex((p) => comparePositions(p.at, from) > 0);
  return i < 0 ? [] : sorted.slice(i);
}

/**
 * A plain list field with optional `first`/`after`: without `first` the whole rest of
 * the list (so a query without arguments gets the whole list, as before), with it at most
 * `first` (1..100) items. `after` is a cursor of the field's connection sibling.
 */
export function listSlice<T>(kind: string, items: readonly Placed<T>[], args: PageArgs = {}): T[] {
  const size = args.first === null || args.first === undefined ? undefined : pageSizeArg(args.first);
  const rest = afterCursor(kind, items, args.after);
  return (size === undefined ? rest : rest.slice(0, size)).map((p) => p.node);
}

/** The connection sibling of a nested list: pages of `first` (default 20, 1..100), totalCount the whole list's length. */
export function listConnection<T>(kind: string, items: readonly Placed<T>[], args: PageArgs = {}): Connection<T> {
  const size = pageSizeArg(args.first);
  const rest = afterCursor(kind, items, args.after);
  const page = rest.slice(0, size);
  const edges = page.map((p) => ({ cursor: cursorOf(kind, p), node: p.node }));
  return {
    edges,
    nodes: page.map((p) => p.node),
    pageInfo: { hasNextPage: rest.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: items.length,
  };
}

/**
 * Rows loaded by id (misses and errors dropped), placed in timeline order: the earliest
 * visible date claim first, undated last, then by id (agreements, events).
 */
export function timeline<R extends { id: string }>(rows: readonly (R | null | Error)[], dates: readonly (DateClaimRow[] | Error)[]): Placed<R>[] {
  return inOrder(
    rows.flatMap((row, i) => {
      if (!row || row instanceof Error) return [];
      const claims = dates[i];
      return [{ node: row, at: [Array.isArray(claims) ? earliestIso(claims.map(dateClaimOf)) : "9999", row.id] }];
    }),
  );
}

/** Items in a list sorted by their id alone (people, corridors). */
export const byId = <T extends { id: string }>(rows: readonly T[]): Placed<T>[] => rows.map((node) => ({ node, at: [node.id] }));

/**
 * A citation's own id, "Source:<table>:<row id>" ("Source:agreement_source:12"): one
 * document holds many citations, so the `document` key alone would merge them in a client's
 * cache; row ids repeat across tables, so the table is part of it. Contains ":", which no
 * fact, document or country id does, so it is unique across types (Relay needs that).
 */
export function sourceId(table: string, rowId: number | undefined): string {
  if (rowId === undefined) throw new Error(`a citation of ${table} was read without its row id`);
  return `Source:${table}:${rowId}`;
}

/** toSource with the citation's id. */
export const citationOf =
  (table: string) =>
  (row: CitationRow): ReturnType<typeof toSource> & { id: string } => ({ ...toSource(row), id: sourceId(table, row.id) });

/** dateClaimOf with ids: the claim's "DateClaim:<table>:<row id>" and its source's "Source:<table>:<row id>". */
export const dateClaimWithIds = (table: string) => (row: DateClaimRow) => {
  const claim = dateClaimOf(row);
  const source = { ...claim.source, id: sourceId(table, row.id) };
  return { ...claim, id: `DateClaim:${table}:${row.id}`, source };
};
