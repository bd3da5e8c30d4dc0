/**
 * What the fidelity tests share: the whole federation for the tests of one file
 * (beforeAll/afterAll), over the run's shared seeded store for tests that only read, or over a
 * fresh seeded store with a curator's key for tests that write; and the BI indicator view's
 * rows, read with the store's own driver.
 */
import BetterSqlite3 from "better-sqlite3";
import { Client } from "pg";
import { providerOf, type Database } from "@atlas/db";
import { seededDb } from "../support/db";
import { post, startFederation, type Federation, type GraphQLResponse } from "../support/federation";
import { startFreshFederation, type FreshFederation } from "../support/fresh-federation";

export type Row = Record<string, unknown>;

const started = <T>(value: T | undefined, helper: string): T => {
  if (value === undefined) throw new Error(`${helper}: the federation starts in beforeAll`);
  return value;
};

/** The federation over the run's shared seeded store (read only: nothing written shows in other files' profiles). */
export function useSeededFederation(timeout = 60_000): { readonly fed: Federation } {
  let db: Database | undefined;
  let fed: Federation | undefined;
  beforeAll(async () => {
    db = seededDb();
    fed = await startFederation(db);
  }, timeout);
  afterAll(async () => {
    await fed?.stop();
    await db?.close();
  });
  return {
    get fed() {
      return started(fed, "useSeededFederation");
    },
  };
}

export interface CuratedFederation {
  readonly fed: Federation;
  /** The fresh store's URL (its BI views are read straight from it). */
  readonly storeUrl: string;
  readonly curatorKey: string;
  /** Posts to the gateway with the curator's key. */
  asCurator<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/**
 * The federation over a fresh seeded store of this file's own, `label` naming the database (no
 * hyphens: PostgreSQL), with a curator's key named `curatorName`.
 */
export function useCuratedFederation(label: string, curatorName: string): CuratedFederation {
  let running: FreshFederation<"curator"> | undefined;
  beforeAll(async () => {
    running = await startFreshFederation(label, { curator: { name: curatorName, role: "curator" } });
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
  });
  const get = (): FreshFederation<"curator"> => started(running, "useCuratedFederation");
  return {
    get fed() {
      return get().fed;
    },
    get storeUrl() {
      return get().store.url;
    },
    get curatorKey() {
      return get().keys.curator;
    },
    asCurator: (query, variables) => post(get().fed.gatewayUrl, query, variables, { authorization: `Bearer ${get().keys.curator}` }),
  };
}

/** Rows of the BI view of indicators (`where`: an SQL condition), with the store's own driver. */
export async function indicatorObservations(storeUrl: string, where?: string): Promise<Row[]> {
  const sql = (view: string): string => `SELECT * FROM ${view}${where ? ` WHERE ${where}` : ""}`;
  if (providerOf(storeUrl) === "postgresql") {
    const c = new Client({ connectionString: storeUrl });
    await c.connect();
    try {
      return (await c.query(sql("analytics.indicator_observations"))).rows as Row[];
    } finally {
      await c.end();
    }
  }
  const sqlite = new BetterSqlite3(storeUrl.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql("analytics_indicator_observations")).all() as Row[];
  } finally {
    sqlite.close();
  }
}
