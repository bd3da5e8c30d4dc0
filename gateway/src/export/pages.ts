/**
 * One page of an export, read through the gateway with bounded work. A page starts at a
 * position (a cursor, or the dataset's start plus an offset to skip) and reads GraphQL
 * pages of entities from there, never from the dataset's start, until it holds `limit`
 * rows, the dataset ends, or its budget of GraphQL calls is spent: one call per
 * `dataset.pageSize` rows it has to read, plus EXTRA_CALLS. A filter applied after fetching
 * can make entities give no rows; then the budget ends the page early, shorter than
 * `limit`, with a cursor where it stopped (`truncated`), instead of scanning on.
 */
import type { Position } from "./cursor";
import type { Dataset, Row } from "./datasets";
import type { Filters } from "./params";

export type Run = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

/** Calls beyond one per page size of rows: a resumed entity is read again, and entities may give no row. */
export const EXTRA_CALLS = 2;

/** The most GraphQL calls a page of `dataset` that must read `rows` rows (skipped and returned) may make. */
export const maxCalls = (dataset: Pick<Dataset, "pageSize">, rows: number): number => Math.ceil(rows / dataset.pageSize) + EXTRA_CALLS;

/** The client closed the connection: the page is abandoned before its next GraphQL call. */
export class ClientGone extends Error {
  constructor() {
    super("the client closed the connection");
  }
}

export interface Page {
  rows: Row[];
  /** Where the next page starts; null after the dataset's last row. */
  next: Position | null;
  /** The work bound ended the page before it held `limit` rows (and `next` is set). */
  truncated: boolean;
  /** GraphQL calls made. */
  calls: number;
}

export async function readPage(dataset: Dataset, filters: Filters, start: Position, limit: number, run: Run, signal: AbortSignal): Promise<Page> {
  // Without filters applied after fetching every entity gives a row, so a call need not ask for more entities than rows still wanted.
  const sparse = dataset.filteredAfterFetch(filters).length > 0;
  const budget = maxCalls(dataset, start.drop + limit);
  const rows: Row[] = [];
  let { after, drop, index } = start;
  let resume = start.skip > 0 && start.entity !== undefined ? { entity: start.entity, skip: start.skip } : null;
  let calls = 0;
  while (calls < budget) {
    if (signal.aborted) throw new ClientGone();
    const wanted = drop + limit - rows.length;
    const step = dataset.step(filters, after, sparse ? dataset.pageSize : Math.min(dataset.pageSize, wanted));
    const { entities, hasNextPage } = step.read(await run(step.query, step.variables));
    calls++;
    for (const [i, entity] of entities.entries()) {
      // The rows of a resumed entity that an earlier page gave (none if that entity has gone since).
      const given = resume && i === 0 && entity.id === resume.entity ? Math.min(resume.skip, entity.rows.length) : 0;
      resume = null;
      const dropped = Math.min(drop, entity.rows.length - given);
      const taken = Math.min(entity.rows.length - given - dropped, limit - rows.length);
      rows.push(...entity.rows.slice(given + dropped, given + dropped + taken));
      drop -= dropped;
      index += dropped + taken;
      const used = given + dropped + taken;
      if (used < entity.rows.length) {
        // The page is full inside this entity: the next one resumes it.
        return { rows, next: { after, entity: entity.id, skip: used, drop: 0, index }, truncated: false, calls };
      }
      after = entity.cursor;
      if (rows.length === limit) {
        const more = i < entities.length - 1 || hasNextPage;
        return { rows, next: more ? { after, skip: 0, drop: 0, index } : null, truncated: false, calls };
      }
    }
    if (!hasNextPage) return { rows, next: null, truncated: false, calls };
  }
  return { rows, next: { after, skip: 0, drop, index }, truncated: true, calls };
}
