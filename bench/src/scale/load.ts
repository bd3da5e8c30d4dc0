/**
 * Writes the scale set into its own store: a SQLite file (default data/scale.db) or the
 * PostgreSQL database SCALE_DATABASE_URL names. Never the default store, never a store
 * holding the real corpus. Loading is all or nothing (one transaction) and recorded by
 * checksum, so running it again with the same options changes nothing.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { createDb, defaultDatabaseUrl, migrate, providerOf, repoRoot, type Database, type PrismaDb } from "@atlas/db";
import { ProgressBar } from "../progress";
import type { GeneratedSet, ScaleData, TableName } from "./generate";

export const defaultScaleUrl = `file:${join(repoRoot, "data", "scale.db")}`;

/** The scale store: SCALE_DATABASE_URL, else data/scale.db. */
export function scaleDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.SCALE_DATABASE_URL || defaultScaleUrl;
}

const SCALE_STATE_ID = "scale";
const CORPUS_STATE_ID = "corpus";

type Tx = Omit<PrismaDb, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** One insert per table, parents before children (the order of ScaleData's keys). */
function inserters(tx: Tx): { [T in TableName]: (rows: ScaleData[T]) => Promise<unknown> } {
  return {
    document: (data) => tx.document.createMany({ data }),
    country: (data) => tx.country.createMany({ data }),
    countryName: (data) => tx.countryName.createMany({ data }),
    countrySource: (data) => tx.countrySource.createMany({ data }),
    person: (data) => tx.person.createMany({ data }),
    personName: (data) => tx.personName.createMany({ data }),
    role: (data) => tx.role.createMany({ data }),
    roleSource: (data) => tx.roleSource.createMany({ data }),
    agreement: (data) => tx.agreement.createMany({ data }),
    agreementParty: (data) => tx.agreementParty.createMany({ data }),
    agreementSignatory: (data) => tx.agreementSignatory.createMany({ data }),
    agreementDate: (data) => tx.agreementDate.createMany({ data }),
    agreementSource: (data) => tx.agreementSource.createMany({ data }),
    indicator: (data) => tx.indicator.createMany({ data }),
    indicatorCountry: (data) => tx.indicatorCountry.createMany({ data }),
    indicatorSource: (data) => tx.indicatorSource.createMany({ data }),
    event: (data) => tx.event.createMany({ data }),
    eventCountry: (data) => tx.eventCountry.createMany({ data }),
    eventParticipant: (data) => tx.eventParticipant.createMany({ data }),
    eventDate: (data) => tx.eventDate.createMany({ data }),
    eventSource: (data) => tx.eventSource.createMany({ data }),
  };
}

/** Children first, so it works whether or not the store enforces foreign keys. */
async function clear(tx: Tx): Promise<void> {
  await tx.eventSource.deleteMany();
  await tx.eventDate.deleteMany();
  await tx.eventParticipant.deleteMany();
  await tx.eventCountry.deleteMany();
  await tx.event.deleteMany();
  await tx.indicatorSource.deleteMany();
  await tx.indicatorCountry.deleteMany();
  await tx.indicator.deleteMany();
  await tx.agreementSource.deleteMany();
  await tx.agreementDate.deleteMany();
  await tx.agreementSignatory.deleteMany();
  await tx.agreementParty.deleteMany();
  await tx.agreement.deleteMany();
  await tx.roleSource.deleteMany();
  await tx.role.deleteMany();
  await tx.personName.deleteMany();
  await tx.person.deleteMany();
  await tx.countrySource.deleteMany();
  await tx.countryName.deleteMany();
  await tx.country.deleteMany();
  await tx.documentSource.deleteMany();
  await tx.document.deleteMany();
  await tx.seedState.deleteMany();
}

export interface LoadOutcome {
  url: string;
  /** False when the store already held this exact set. */
  loaded: boolean;
  checksum: string;
  seconds: number;
}

async function storedChecksum(db: Database): Promise<{ scale: string | null; corpus: boolean }> {
  const rows = await db.prisma.seedState.findMany({ where: { id: { in: [SCALE_STATE_ID, CORPUS_STATE_ID] } } });
  return { scale: rows.find((r) => r.id === SCALE_STATE_ID)?.checksum ?? null, corpus: rows.some((r) => r.id === CORPUS_STATE_ID) };
}

/** Makes the store at `url` hold exactly `set`, loading it only when it does not already. */
export async function ensureScaleSet(url: string, set: GeneratedSet, opts: { progress?: boolean } = {}): Promise<LoadOutcome> {
  const started = Date.now();
  if (url === defaultDatabaseUrl || url === (process.env.DATABASE_URL ?? "")) {
    throw new Error(`refusing to load the scale set into the default store (${url}): give it its own store (SCALE_DATABASE_URL)`);
  }
  const provider = providerOf(url);
  await migrate(url);
  let db = createDb(url);
  try {
    const state = await storedChecksum(db);
    if (state.corpus) throw new Error(`refusing to overwrite ${url}: it holds the real seed corpus`);
    if (state.scale === set.checksum) return { url, loaded: false, checksum: set.checksum, seconds: (Date.now() - started) / 1000 };

    if (provider === "sqlite") {
      // A different or half-written set: start from an empty file.
      await db.close();
      const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
      for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) if (existsSync(f)) rmSync(f);
      await migrate(url);
      db = createDb(url);
    }

    const total = Object.values(set.counts).reduce((a, b) => a + b, 0);
    const bar = opts.progress === false ? null : new ProgressBar("loading the scale set", total);
    if (provider === "sqlite") {
      await db.close();
      loadSqlite(url.replace(/^file:/, "").replace(/\?.*$/, ""), set, bar);
      db = createDb(url);
      bar?.finish();
      return { url, loaded: true, checksum: set.checksum, seconds: (Date.now() - started) / 1000 };
    }
    await db.prisma.$transaction(
      async (tx) => {
        await clear(tx);
        const insert = inserters(tx);
        for (const table of Object.keys(set.data) as TableName[]) {
          const rows = set.data[table] as unknown[];
          if (!rows.length) continue;
          const columns = Object.keys(rows[0] as object).length;
          const chunk = Math.max(1, Math.min(5000, Math.floor(20_000 / columns)));
          for (let i = 0; i < rows.length; i += chunk) {
            await (insert[table] as (r: unknown[]) => Promise<unknown>)(rows.slice(i, i + chunk));
            bar?.tick(Math.min(chunk, rows.length - i), table);
          }
        }
        // Rows inserted with their own ids (roles: their sources name them) leave PostgreSQL's
        // sequence behind, and the first row written through the API would take id 1 again.
        for (const table of Object.keys(set.data) as TableName[]) {
          const first = (set.data[table] as { id?: unknown }[])[0];
          if (typeof first?.id !== "number") continue;
          await tx.$queryRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${tableOf(table)}"', 'id'), (SELECT max("id") FROM "${tableOf(table)}"))`);
        }
        const row = { checksum: set.checksum, loadedAt: new Date(), counts: JSON.stringify(set.counts) };
        await tx.seedState.upsert({ where: { id: SCALE_STATE_ID }, create: { id: SCALE_STATE_ID, ...row }, update: row });
      },
      { timeout: 20 * 60_000, maxWait: 60_000 },
    );
    bar?.finish();
    return { url, loaded: true, checksum: set.checksum, seconds: (Date.now() - started) / 1000 };
  } finally {
    await db.close();
  }
}

/** The table a ScaleData key is stored in (the models' @@map names). */
export const tableOf = (key: TableName): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * SQLite: plain prepared INSERTs in one transaction, about twenty times faster than
 * createMany through the driver adapter for 350,000 rows. The rows are the same.
 */
function loadSqlite(file: string, set: GeneratedSet, bar: ProgressBar | null): void {
  const sqlite = new BetterSqlite3(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.transaction(() => {
      for (const table of Object.keys(set.data) as TableName[]) {
        const rows = set.data[table] as object[];
        if (!rows.length) continue;
        const columns = Object.keys(rows[0]!);
        const stmt = sqlite.prepare(`INSERT INTO "${tableOf(table)}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
        rows.forEach((row, i) => {
          const r = row as Record<string, unknown>;
          stmt.run(columns.map((c) => r[c] ?? null));
          if ((i + 1) % 5000 === 0 || i === rows.length - 1) bar?.tick(((i + 1) % 5000) || 5000, table);
        });
      }
      const counts = JSON.stringify(set.counts);
      sqlite
        .prepare(`INSERT INTO "seed_state" ("id", "checksum", "loadedAt", "counts") VALUES (?, ?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "checksum" = excluded."checksum", "loadedAt" = excluded."loadedAt", "counts" = excluded."counts"`)
        .run(SCALE_STATE_ID, set.checksum, new Date().toISOString().replace("Z", "+00:00"), counts);
    })();
  } finally {
    sqlite.close();
  }
}
