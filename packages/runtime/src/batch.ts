import { Prisma, type PrismaDb, type Provider } from "@atlas/db";
import { inBatchSpan } from "./tracing";

/**
 * DataLoader batches of any size in ONE SQL statement. Prisma binds every key of an
 * `{ in: [...] }` as its own parameter, and SQLite refuses a statement with more than
 * 999 of them; here the keys travel as one parameter whatever their number (SQLite: a
 * JSON array read by json_each; PostgreSQL: an array for `= ANY`), so the statement's
 * text is the same for 3 keys or 30,000.
 *
 * Table and column names come from the loaders' code, never from input, and are checked
 * to be plain identifiers; every value is a bind parameter.
 */

export type Key = string | number;

/** The store a client talks to, for callers that were handed only the client. */
export function providerOfClient(prisma: PrismaDb): Provider {
  // The generated client records the schema's provider (Prisma 6: `_activeProvider`, set in its constructor).
  const provider = (prisma as unknown as { _activeProvider?: unknown })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`cannot tell the store of this Prisma client (activeProvider ${JSON.stringify(provider)}); pass the provider explicitly`);
}

/** A quoted identifier (table or column) for raw SQL: letters, digits and `_` only. */
export function ident(name: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return Prisma.raw(`"${name}"`);
}

function keyType(keys: readonly Key[]): "text" | "int" {
  const numbers = keys.filter((k) => typeof k === "number").length;
  if (numbers === 0) return "text";
  if (numbers === keys.length && keys.every((k) => Number.isSafeInteger(k))) return "int";
  throw new Error("batch keys must be all strings or all integers");
}

/**
 * `column IN (keys)` with the keys as one bind parameter: SQLite
 * `column IN (SELECT value FROM json_each(?))`, PostgreSQL `column = ANY($1::text[])`
 * (`int[]` for integer keys). Both use the column's index.
 */
export function inKeys(provider: Provider, column: Prisma.Sql, keys: readonly Key[]): Prisma.Sql {
  const type = keyType(keys);
  if (provider === "postgresql") return Prisma.sql`${column} = ANY(${[...keys]}::${Prisma.raw(type)}[])`;
  return Prisma.sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(keys)}))`;
}

/**
 * Rows of strings as a derived table with the given column names, from one JSON parameter
 * (for keys of more than one column, such as country pairs).
 */
export function tuplesTable(provider: Provider, columns: readonly string[], rows: readonly (readonly string[])[]): Prisma.Sql {
  const json = JSON.stringify(rows);
  if (provider === "postgresql") {
    const cols = Prisma.join(columns.map((c, i) => Prisma.sql`t ->> ${Prisma.raw(String(i))} AS ${ident(c)}`));
    return Prisma.sql`SELECT ${cols} FROM jsonb_array_elements(${json}::jsonb) AS t`;
  }
  const cols = Prisma.join(columns.map((c, i) => Prisma.sql`json_extract(value, ${Prisma.raw(`'$[${i}]'`)}) AS ${ident(c)}`));
  return Prisma.sql`SELECT ${cols} FROM json_each(${json})`;
}

/**
 * Extra conditions, in the shape of a Prisma `where` on scalar columns so the loaders keep
 * using the same constants (`VISIBLE`, `PUBLISHED`): `null` is IS NULL, `{ in: [...] }`
 * a key list, any other value equality.
 */
export type Conditions = Readonly<Record<string, Key | null | { in: readonly Key[] }>>;

export interface KeyedRead {
  table: string;
  /** The column the batch's keys are matched against. */
  key: string;
  /** Columns to return (default: all, named as Prisma names the model's fields). */
  columns?: readonly string[];
  where?: Conditions;
  /** Columns to sort by, ascending. */
  orderBy?: string | readonly string[];
}

function conditionSql(provider: Provider, column: string, value: Conditions[string]): Prisma.Sql {
  if (value === null) return Prisma.sql`${ident(column)} IS NULL`;
  if (typeof value === "object") return inKeys(provider, ident(column), value.in);
  return Prisma.sql`${ident(column)} = ${value}`;
}

/** The statement a KeyedRead runs: exported for tests and for reading the SQL. */
export function keyedReadSql(provider: Provider, read: KeyedRead, keys: readonly Key[]): Prisma.Sql {
  const columns = read.columns?.length ? Prisma.join(read.columns.map(ident)) : Prisma.raw("*");
  const where = [inKeys(provider, ident(read.key), keys), ...Object.entries(read.where ?? {}).map(([c, v]) => conditionSql(provider, c, v))];
  const order = read.orderBy === undefined ? [] : typeof read.orderBy === "string" ? [read.orderBy] : read.orderBy;
  const orderBy = order.length ? Prisma.sql` ORDER BY ${Prisma.join(order.map(ident))}` : Prisma.empty;
  return Prisma.sql`SELECT ${columns} FROM ${ident(read.table)} WHERE ${Prisma.join(where, " AND ")}${orderBy}`;
}

/**
 * A loader's batch: the rows of `table` whose `key` column is one of `keys` (and that meet
 * `where`), in one statement. Rows come back as Prisma's own reads give them (DateTime
 * columns as Date, Int and Float as number) because the columns are plain table columns.
 */
export function rowsByKeys<R>(prisma: PrismaDb, provider: Provider, read: KeyedRead, keys: readonly Key[]): Promise<R[]> {
  // A loader's batch: a span of its own when the request is traced (its one statement recorded on it), none otherwise.
  return inBatchSpan(`batch ${read.table}`, { "atlas.batch.table": read.table, "atlas.batch.key_column": read.key, "atlas.batch.keys": keys.length }, () =>
    prisma.$queryRaw<R[]>(keyedReadSql(provider, read, keys)),
  );
}

/** `rowsByKeys` bound to one client and store, for a loader set. */
export function batchReader(prisma: PrismaDb, provider: Provider = providerOfClient(prisma)) {
  return <R>(read: KeyedRead, keys: readonly Key[]): Promise<R[]> => rowsByKeys<R>(prisma, provider, read, keys);
}

export type BatchReader = ReturnType<typeof batchReader>;
