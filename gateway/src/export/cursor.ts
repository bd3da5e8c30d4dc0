/**
 * The `after` cursor of an export: where the previous page ended, so the next one starts
 * there without reading the rows before it. It holds the subgraph connection's own cursor
 * (the entity before the position), the id of an entity whose rows were only partly given
 * and how many of them, and rows still to skip (an `offset` a page cut short by its work
 * bound did not reach yet).
 *
 * Opaque to clients: base64url JSON, a fingerprint of the dataset and filters it belongs
 * to, and a checksum. The checksum catches a cursor that was cut, edited or mixed up; it
 * is not a secret signature, and needs none: a forged cursor can only name a position in
 * the same public export, which `offset` and the filters reach anyway.
 */
import { createHash } from "node:crypto";
import { ExportError, type Filters } from "./params";

export interface Position {
  /** The connection cursor of the entity before the position; null: the dataset's first entity. */
  after: string | null;
  /** The entity whose first `skip` rows were already given (absent when skip is 0). */
  entity?: string;
  skip: number;
  /** Rows to leave out from the position before the page begins. */
  drop: number;
  /** Rows of the whole export before the position (informative: page.offset). */
  index: number;
}

/** Longer `after` values are refused before decoding (a real one is well under 300 characters). */
export const MAX_CURSOR_LENGTH = 1000;

interface Payload {
  v: 1;
  x: string;
  a: string | null;
  e?: string;
  k: number;
  o: number;
  n: number;
}

const digest = (text: string): string => createHash("sha256").update(text).digest("base64url");

/** Which export a cursor belongs to: the dataset and its filters, canonically ordered. */
function exportOf(dataset: string, filters: Filters): string {
  const keys = Object.keys(filters).sort() as (keyof Filters)[];
  return digest(JSON.stringify([dataset, ...keys.map((k) => [k, filters[k]])])).slice(0, 16);
}

const checksum = (body: string): string => digest(`atlas-export-cursor:${body}`).slice(0, 16);

export function encodeCursor(dataset: string, filters: Filters, p: Position): string {
  const payload: Payload = { v: 1, x: exportOf(dataset, filters), a: p.after, ...(p.skip > 0 && p.entity ? { e: p.entity } : {}), k: p.skip, o: p.drop, n: p.index };
  const body = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  return `${body}.${checksum(body)}`;
}

const bad = (message: string): ExportError => new ExportError(400, "BAD_PARAMETER", `after: ${message}`, "after");
const count = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** The position `cursor` names, for this dataset and these filters; a BAD_PARAMETER naming `after` otherwise. */
export function decodeCursor(dataset: string, filters: Filters, cursor: string): Position {
  if (cursor.length > MAX_CURSOR_LENGTH) throw bad(`longer than ${MAX_CURSOR_LENGTH} characters; use the next page's URL as given`);
  const m = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{16})$/.exec(cursor);
  if (!m || checksum(m[1]!) !== m[2]) throw bad("not a cursor of this export (damaged or edited); follow page.next or the Link header as given");
  let p: Partial<Payload>;
  try {
    p = JSON.parse(Buffer.from(m[1]!, "base64url").toString("utf8")) as Partial<Payload>;
  } catch {
    throw bad("not a cursor of this export; follow page.next or the Link header as given");
  }
  const well = p && p.v === 1 && typeof p.x === "string" && (p.a === null || typeof p.a === "string") && (p.e === undefined || typeof p.e === "string") && count(p.k) && count(p.o) && count(p.n) && (p.e === undefined) === (p.k === 0);
  if (!well) throw bad("not a cursor of this export; follow page.next or the Link header as given");
  if (p.x !== exportOf(dataset, filters)) {
    throw bad(`this cursor belongs to another export (a different dataset or filters); keep the filters of the request that gave it, or start again without after`);
  }
  return { after: p.a ?? null, ...(p.e !== undefined ? { entity: p.e } : {}), skip: p.k!, drop: p.o!, index: p.n! };
}
