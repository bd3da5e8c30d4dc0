/**
 * The whole federation over a fresh seeded store of its own (freshSeededDatabase), for tests
 * that write: their facts stay out of the shared store. The gateway reads the store too (API
 * keys), and the keys the test asks for are issued before it starts.
 */
import { createDb, type Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import type { Role } from "@atlas/runtime";
import { freshSeededDatabase, type TestDatabase } from "./db";
import { startFederation, type Federation } from "./federation";

export interface FreshFederation<K extends string> {
  store: TestDatabase;
  db: Database;
  fed: Federation;
  /** Each key's secret, by the name the test gave it. */
  keys: Record<K, string>;
  /** Stops the federation, closes the store and drops it. */
  stop(): Promise<void>;
}

/**
 * `label` names the database (letters, digits and underscores: PostgreSQL takes it as is);
 * `keys` the API keys to issue, in order, e.g. `{ curator: { name: "… (curator)", role: "curator" } }`.
 */
export async function startFreshFederation<K extends string>(label: string, keys: Record<K, { name: string; role: Role }>): Promise<FreshFederation<K>> {
  const store = await freshSeededDatabase(label);
  const db = createDb(store.url);
  try {
    const apiKeys = new ApiKeys(db);
    const issued = {} as Record<K, string>;
    for (const [id, { name, role }] of Object.entries(keys) as [K, { name: string; role: Role }][]) {
      issued[id] = (await apiKeys.createKey({ name, role, createdBy: "test" })).key;
    }
    const fed = await startFederation(db, { gateway: { db } });
    return {
      store,
      db,
      fed,
      keys: issued,
      stop: async () => {
        await fed.stop();
        await db.close();
        await store.drop();
      },
    };
  } catch (e) {
    await db.close();
    await store.drop();
    throw e;
  }
}
