/**
 * The analytics SQL views (migration 20261122160000_analytics_views) read by real
 * clients: better-sqlite3 on SQLite, `pg` on PostgreSQL, and on PostgreSQL the read-only
 * role `atlas_analytics` that BI tools log in as. When the suite runs on SQLite the role
 * is still tested, on a fresh PostgreSQL database on 127.0.0.1:5432 when one answers.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import { Client } from "pg";
import { createDb, migrate, providerOf, type Database } from "@atlas/db";
import { DATASETS } from "@atlas/gateway/src/export/datasets";
import { seedStore } from "../../scripts/local-subgraphs";
import { freshDatabase, type TestDatabase } from "../support/db";

type Row = Record<string, unknown>;

const suiteUrl = (): string => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the suite through jest (tests/support/global-setup.ts)");
  return url;
};
const onPostgres = providerOf(suiteUrl()) === "postgresql";
const viewName = (view: string): string => (onPostgres ? `analytics.${view}` : `analytics_${view}`);

/** Runs SQL on a store of the suite's kind with its own driver (no Prisma in between). */
async function selectOn(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  if (onPostgres) {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as Row[];
    } finally {
      await c.end();
    }
  }
  const db = new BetterSqlite3(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql.replace(/\$\d+/g, "?")).all(...params) as Row[];
  } finally {
    db.close();
  }
}

/** Runs SQL on the suite's seeded store. */
const select = (sql: string, params: unknown[] = []): Promise<Row[]> => selectOn(suiteUrl(), sql, params);

describe(`analytics views on the suite's ${onPostgres ? "PostgreSQL" : "SQLite"} store`, () => {
  it.each(DATASETS.map((d) => [d.view, d]))("%s has exactly the export's columns, in order", async (_view, dataset) => {
    const columns = onPostgres
      ? (await select(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'analytics' AND table_name = $1 ORDER BY ordinal_position`, [dataset.view])).map((r) => r.column_name)
      : (await select(`SELECT name FROM pragma_table_info($1)`, [`analytics_${dataset.view}`])).map((r) => r.name);
    expect(columns).toEqual([...dataset.columns]);
  });

  it("indicator_observations has the AZ–RU 2023 trade turnover with its source", async () => {
    const rows = await select(`SELECT * FROM ${viewName("indicator_observations")} WHERE pair_id = $1 AND metric = $2 AND year = $3`, ["AZ-RU", "TRADE_TURNOVER", 2023]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      indicator_id: "az-ru-trade-turnover-2023",
      countries: "AZ;RU",
      country_a: "AZ",
      country_b: "RU",
      kind: "ACTUAL",
      value: 4400000000,
      unit: "USD",
      change_percent: 17.5,
      source_rank: 1,
      source_document: "002_76e874a06d3d543b",
      source_start: 2883,
      source_end: 3120,
      source_claim: expect.stringContaining("$4.4 billion"),
    });
    expect(rows[0]!.source_publisher).toContain("عربي21");
  });

  it("indicator_observations keeps indicators about more than two countries, with every code", async () => {
    const rows = await select(`SELECT countries, country_count, pair_id, country_a FROM ${viewName("indicator_observations")} WHERE indicator_id = $1`, ["az-by-ir-kz-ru-tr-uz-eurasian-economy-population"]);
    expect(rows).toEqual([{ countries: "AZ;BY;IR;KZ;RU;TR;UZ", country_count: 7, pair_id: null, country_a: null }]);
  });

  it("agreement_parties has one row per party, Arabic names intact", async () => {
    const rows = await select(`SELECT agreement_id, party_code, party_name, party_name_ar, parties, party_count FROM ${viewName("agreement_parties")} WHERE agreement_id = $1 ORDER BY party_code`, [
      "az-uz-treaty-on-allied-relations",
    ]);
    expect(rows).toEqual([
      { agreement_id: "az-uz-treaty-on-allied-relations", party_code: "AZ", party_name: "Azerbaijan", party_name_ar: "أذربيجان", parties: "AZ;UZ", party_count: 2 },
      { agreement_id: "az-uz-treaty-on-allied-relations", party_code: "UZ", party_name: "Uzbekistan", party_name_ar: "أوزبكستان", parties: "AZ;UZ", party_count: 2 },
    ]);
  });

  it("agreement_parties marks disputed signing dates and keeps the earliest claimed year", async () => {
    const [row] = await select(`SELECT signed_on, signed_on_disputed, signed_year FROM ${viewName("agreement_parties")} WHERE agreement_id = $1 AND party_code = $2`, [
      "az-uz-treaty-on-allied-relations",
      "AZ",
    ]);
    expect(row).toEqual({ signed_on: "2024", signed_on_disputed: onPostgres ? true : 1, signed_year: 2024 });
  });

  it("roles has one row per role with the person's Arabic name", async () => {
    const rows = await select(`SELECT person_id, role_rank, person_name, person_name_ar, role_kind, country_code, country_name_ar, as_of, year FROM ${viewName("roles")} WHERE person_id = $1`, ["ilham-aliyev"]);
    expect(rows).toContainEqual({
      person_id: "ilham-aliyev",
      role_rank: 1,
      person_name: "Ilham Aliyev",
      person_name_ar: "إلهام علييف",
      role_kind: "HEAD_OF_STATE",
      country_code: "AZ",
      country_name_ar: "أذربيجان",
      as_of: "2025-10",
      year: 2025,
    });
  });

  it("counts match the base tables: a row per shown indicator source, per agreement party, per role", async () => {
    // Shown: not retracted, and citations not in a staged document (the seed has neither,
    // but other tests may curate the shared store while this one runs).
    const shownSource = `s."retractedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "document" d WHERE d."id" = s."documentId" AND d."stagedImport" IS NOT NULL)`;
    const [counts] = await select(`SELECT
      (SELECT count(*) FROM ${viewName("indicator_observations")}) AS observations,
      (SELECT count(*) FROM "indicator_source" s JOIN "indicator" i ON i."id" = s."ownerId" WHERE i."retractedAt" IS NULL AND ${shownSource})
        + (SELECT count(*) FROM "indicator" i WHERE i."retractedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "indicator_source" s WHERE s."ownerId" = i."id" AND ${shownSource})) AS expected_observations,
      (SELECT count(*) FROM ${viewName("agreement_parties")}) AS parties,
      (SELECT count(*) FROM "agreement_party" p JOIN "agreement" a ON a."id" = p."agreementId" WHERE a."retractedAt" IS NULL) AS expected_parties,
      (SELECT count(*) FROM ${viewName("roles")}) AS roles,
      (SELECT count(*) FROM "role" r JOIN "person" pe ON pe."id" = r."personId" WHERE r."retractedAt" IS NULL AND pe."retractedAt" IS NULL) AS expected_roles`);
    const n = Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)]));
    expect(n.observations).toBe(n.expected_observations);
    expect(n.parties).toBe(n.expected_parties);
    expect(n.roles).toBe(n.expected_roles);
    expect(n.observations).toBeGreaterThan(20);
  });

  it("the views cannot be written, even by the user that owns the tables", async () => {
    if (onPostgres) {
      const c = new Client({ connectionString: suiteUrl() });
      await c.connect();
      try {
        await expect(c.query(`INSERT INTO analytics.roles (person_id) VALUES ('x')`)).rejects.toThrow(/cannot insert into view "roles"/);
        await expect(c.query(`DELETE FROM analytics.indicator_observations`)).rejects.toThrow(/cannot delete from view "indicator_observations"/);
      } finally {
        await c.end();
      }
      return;
    }
    const db = new BetterSqlite3(suiteUrl().replace(/^file:/, ""), { fileMustExist: true });
    try {
      expect(() => db.prepare(`INSERT INTO analytics_roles (person_id) VALUES ('x')`).run()).toThrow(/cannot modify analytics_roles because it is a view/);
      expect(() => db.prepare(`DELETE FROM analytics_indicator_observations`).run()).toThrow(/because it is a view/);
    } finally {
      db.close();
    }
  });
});

// ─── curation: retracted records and staged documents are left out ───────────

describe(`analytics views leave out retracted facts, retracted citations and staged documents (a fresh ${onPostgres ? "PostgreSQL" : "SQLite"} store)`, () => {
  let fresh: TestDatabase;
  let db: Database;
  const rowsOf = (sql: string, params: unknown[] = []): Promise<Row[]> => selectOn(fresh.url, sql, params);
  const disputed = (b: boolean): boolean | number => (onPostgres ? b : b ? 1 : 0);
  const retracted = { retractedAt: new Date("2026-11-28T12:00:00Z"), retractedBy: "key:test", retractReason: "retracted by the test" };
  /** A citation of [start, start + 10) in a document. */
  const cite = (documentId: string, start: number, claim: string) => ({ documentId, start, end: start + 10, claim });

  beforeAll(async () => {
    fresh = await freshDatabase("bi_curation");
    db = createDb(fresh.url);
    await db.prisma.country.createMany({
      data: [
        { code: "AZ", iso3: "AZE", nameEn: "Azerbaijan", nameAr: "أذربيجان" },
        { code: "RU", iso3: "RUS", nameEn: "Russia", nameAr: "روسيا" },
      ],
    });
    const doc = (id: string, publisher: string, stagedImport: string | null = null) => ({
      id, titleEn: id, titleAr: id, publisher, publishedYear: 2024, publishedMonth: 3, publishedOnNote: "", stagedImport,
    });
    // doc-staged belongs to an import that has not committed: not public.
    await db.prisma.document.createMany({ data: [doc("doc-a", "Publisher A"), doc("doc-b", "Publisher B"), doc("doc-staged", "Publisher S", "import-1")] });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await fresh?.drop();
  });

  /** An AZ–RU indicator with these citations, in this order; returns the citations' ids. */
  async function indicator(id: string, sources: ReturnType<typeof cite>[]): Promise<number[]> {
    await db.prisma.indicator.create({
      data: {
        id, metric: "TRADE_TURNOVER", kind: "ACTUAL", value: 4.4e9, unit: "USD", year: 2023, label: `${id} label`,
        countries: { create: [{ countryCode: "AZ" }, { countryCode: "RU" }] },
      },
    });
    const ids: number[] = [];
    for (const s of sources) ids.push((await db.prisma.indicatorSource.create({ data: { ownerId: id, ...s } })).id);
    return ids;
  }
  const observations = (id: string): Promise<Row[]> =>
    rowsOf(
      `SELECT indicator_id, pair_id, value, source_rank, source_document, source_publisher, source_published_on, source_start, source_claim
       FROM ${viewName("indicator_observations")} WHERE indicator_id = $1 ORDER BY source_rank`,
      [id],
    );
  const observation = (id: string, source: Row): Row => ({ indicator_id: id, pair_id: "AZ-RU", value: 4.4e9, ...source });

  it("indicator_observations: a retracted citation is no row and no longer ranks first; a retracted indicator has no rows", async () => {
    const [first] = await indicator("ind-two-sources", [cite("doc-a", 100, "first claim"), cite("doc-b", 200, "second claim")]);
    const a = { source_document: "doc-a", source_publisher: "Publisher A", source_published_on: "2024-03", source_start: 100, source_claim: "first claim" };
    const b = { source_document: "doc-b", source_publisher: "Publisher B", source_published_on: "2024-03", source_start: 200, source_claim: "second claim" };
    expect(await observations("ind-two-sources")).toEqual([observation("ind-two-sources", { source_rank: 1, ...a }), observation("ind-two-sources", { source_rank: 2, ...b })]);

    await db.prisma.indicatorSource.update({ where: { id: first! }, data: retracted });
    expect(await observations("ind-two-sources")).toEqual([observation("ind-two-sources", { source_rank: 1, ...b })]);

    await db.prisma.indicator.update({ where: { id: "ind-two-sources" }, data: retracted });
    expect(await observations("ind-two-sources")).toEqual([]);
  });

  it("indicator_observations: an indicator whose every citation is retracted keeps one row without a source", async () => {
    const ids = await indicator("ind-all-retracted", [cite("doc-a", 300, "only claim")]);
    await db.prisma.indicatorSource.updateMany({ where: { id: { in: ids } }, data: retracted });
    expect(await observations("ind-all-retracted")).toEqual([
      observation("ind-all-retracted", { source_rank: null, source_document: null, source_publisher: null, source_published_on: null, source_start: null, source_claim: null }),
    ]);
  });

  it("indicator_observations: citations in a staged document appear only once its import commits", async () => {
    await indicator("ind-staged", [cite("doc-staged", 400, "staged claim"), cite("doc-b", 500, "public claim")]);
    const cells = async () => (await observations("ind-staged")).map((r) => [r.source_rank, r.source_document, r.source_publisher]);
    expect(await cells()).toEqual([[1, "doc-b", "Publisher B"]]);

    await db.prisma.document.update({ where: { id: "doc-staged" }, data: { stagedImport: null } });
    try {
      expect(await cells()).toEqual([
        [1, "doc-staged", "Publisher S"],
        [2, "doc-b", "Publisher B"],
      ]);
    } finally {
      await db.prisma.document.update({ where: { id: "doc-staged" }, data: { stagedImport: "import-1" } });
    }
  });

  it("agreement_parties: retracted or staged date claims and citations leave signed_on, source_count and source_*; a retracted agreement has no rows", async () => {
    await db.prisma.agreement.create({
      data: { id: "agr-1", kind: "MEMORANDUM", titleEn: "AZ–RU memorandum", status: "SIGNED", parties: { create: [{ countryCode: "AZ" }, { countryCode: "RU" }] } },
    });
    const date = (startMonth: number, startDay: number | null, documentId: string) =>
      db.prisma.agreementDate.create({ data: { ownerId: "agr-1", startYear: 2024, startMonth, startDay, basis: "STATED", ...cite(documentId, 600, "signed then") } });
    await date(5, 1, "doc-a");
    const second = await date(6, null, "doc-b");
    await date(7, 9, "doc-staged"); // never counts while its document is staged
    const firstSource = await db.prisma.agreementSource.create({ data: { ownerId: "agr-1", ...cite("doc-a", 700, "agreement claim A") } });
    await db.prisma.agreementSource.create({ data: { ownerId: "agr-1", ...cite("doc-b", 800, "agreement claim B") } });
    await db.prisma.agreementSource.create({ data: { ownerId: "agr-1", ...cite("doc-staged", 900, "agreement claim S") } });

    const rows = (): Promise<Row[]> =>
      rowsOf(
        `SELECT party_code, party_name, parties, party_count, signed_on, signed_on_disputed, signed_year, source_count, source_document, source_start, source_claim
         FROM ${viewName("agreement_parties")} WHERE agreement_id = $1 ORDER BY party_code`,
        ["agr-1"],
      );
    const perParty = (cells: Row): Row[] => [
      { party_code: "AZ", party_name: "Azerbaijan", parties: "AZ;RU", party_count: 2, ...cells },
      { party_code: "RU", party_name: "Russia", parties: "AZ;RU", party_count: 2, ...cells },
    ];

    expect(await rows()).toEqual(
      perParty({ signed_on: "2024", signed_on_disputed: disputed(true), signed_year: 2024, source_count: 2, source_document: "doc-a", source_start: 700, source_claim: "agreement claim A" }),
    );

    await db.prisma.agreementDate.update({ where: { id: second.id }, data: retracted });
    await db.prisma.agreementSource.update({ where: { id: firstSource.id }, data: retracted });
    expect(await rows()).toEqual(
      perParty({ signed_on: "2024-05-01", signed_on_disputed: disputed(false), signed_year: 2024, source_count: 1, source_document: "doc-b", source_start: 800, source_claim: "agreement claim B" }),
    );

    await db.prisma.agreement.update({ where: { id: "agr-1" }, data: retracted });
    expect(await rows()).toEqual([]);
  });

  it("roles: a retracted role is no row (the ranks close up), a retracted citation is not the first source, a retracted person has no rows", async () => {
    await db.prisma.person.create({ data: { id: "person-1", nameEn: "Test Person", nameAr: "شخص" } });
    const role = (titleEn: string, startYear: number) => db.prisma.role.create({ data: { personId: "person-1", kind: "MINISTER", titleEn, countryCode: "AZ", startYear } });
    const earlier = await role("Deputy minister", 2019);
    const later = await role("Minister", 2022);
    const firstSource = await db.prisma.roleSource.create({ data: { ownerId: later.id, ...cite("doc-a", 1000, "role claim A") } });
    await db.prisma.roleSource.create({ data: { ownerId: later.id, ...cite("doc-b", 1100, "role claim B") } });

    const rows = (): Promise<Row[]> =>
      rowsOf(`SELECT role_rank, title, country_name, year, source_count, source_document FROM ${viewName("roles")} WHERE person_id = $1 ORDER BY role_rank`, ["person-1"]);
    expect(await rows()).toEqual([
      { role_rank: 1, title: "Deputy minister", country_name: "Azerbaijan", year: 2019, source_count: 0, source_document: null },
      { role_rank: 2, title: "Minister", country_name: "Azerbaijan", year: 2022, source_count: 2, source_document: "doc-a" },
    ]);

    await db.prisma.role.update({ where: { id: earlier.id }, data: retracted });
    await db.prisma.roleSource.update({ where: { id: firstSource.id }, data: retracted });
    expect(await rows()).toEqual([{ role_rank: 1, title: "Minister", country_name: "Azerbaijan", year: 2022, source_count: 1, source_document: "doc-b" }]);

    await db.prisma.person.update({ where: { id: "person-1" }, data: retracted });
    expect(await rows()).toEqual([]);
  });
});

// ─── the read-only PostgreSQL role ─────────────────────────────────────────────

const LOCAL_PG = process.env.PG_TEST_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Whether a PostgreSQL server accepts connections (checked before Jest collects the tests). */
function postgresAnswers(url: string): boolean {
  const check = `const { Client } = require("pg"); const c = new Client({ connectionString: ${JSON.stringify(url)}, connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
  return spawnSync(process.execPath, ["-e", check], { cwd: __dirname, timeout: 10_000 }).status === 0;
}

const roleTarget: "suite" | "fresh" | null = onPostgres ? "suite" : postgresAnswers(LOCAL_PG) ? "fresh" : null;
const roleTitle =
  roleTarget === "suite"
    ? "the read-only role atlas_analytics on the suite's PostgreSQL database"
    : roleTarget === "fresh"
      ? "the read-only role atlas_analytics on a fresh PostgreSQL database (the suite is on SQLite)"
      : "the read-only role atlas_analytics: SKIPPED because the suite is on SQLite and no PostgreSQL answers at 127.0.0.1:5432";

(roleTarget ? describe : describe.skip)(roleTitle, () => {
  let dbUrl: string;
  let dropFresh: (() => Promise<void>) | null = null;

  const asRole = async <T>(fn: (c: Client) => Promise<T>): Promise<T> => {
    const url = new URL(dbUrl);
    url.username = "atlas_analytics";
    url.password = "";
    const c = new Client({ connectionString: url.toString() });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  const failure = async (c: Client, sql: string): Promise<{ code: string; message: string }> => {
    try {
      await c.query(sql);
    } catch (e) {
      return { code: (e as { code: string }).code, message: (e as Error).message };
    }
    throw new Error(`expected to fail as atlas_analytics: ${sql}`);
  };

  beforeAll(async () => {
    if (roleTarget === "suite") {
      dbUrl = suiteUrl();
      return;
    }
    const name = `atlas_bi_${randomBytes(4).toString("hex")}`;
    const admin = new Client({ connectionString: LOCAL_PG });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(LOCAL_PG);
    url.pathname = `/${name}`;
    dbUrl = url.toString();
    dropFresh = async () => {
      const c = new Client({ connectionString: LOCAL_PG });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
    await migrate(dbUrl);
    const db = createDb(dbUrl);
    try {
      await seedStore(db);
    } finally {
      await db.close();
    }
  }, 120_000);
  afterAll(async () => {
    await dropFresh?.();
  });

  it("logs in without a password (trust auth) and reads every analytics view", async () => {
    await asRole(async (c) => {
      expect((await c.query("SELECT current_user AS u")).rows[0].u).toBe("atlas_analytics");
      const { rows } = await c.query(`SELECT value, unit, source_document, source_publisher FROM analytics.indicator_observations WHERE pair_id = 'AZ-RU' AND metric = 'TRADE_TURNOVER' AND year = 2023`);
      expect(rows).toEqual([{ value: 4400000000, unit: "USD", source_document: "002_76e874a06d3d543b", source_publisher: expect.stringContaining("عربي21") }]);
      for (const d of DATASETS) {
        const n = await c.query(`SELECT count(*)::int AS n FROM analytics.${d.view}`);
        expect(n.rows[0].n).toBeGreaterThan(0);
      }
    });
  });

  it("cannot read the base tables", async () => {
    await asRole(async (c) => {
      for (const table of ["indicator", "agreement", "person", "document", "_atlas_migrations"]) {
        expect(await failure(c, `SELECT * FROM "${table}" LIMIT 1`)).toMatchObject({ code: "42501", message: expect.stringMatching(/permission denied/) });
      }
    });
  });

  it("cannot write: not the views, not the tables, not even after turning its read-only default off", async () => {
    await asRole(async (c) => {
      // The role's sessions are read-only by default ...
      expect((await c.query("SHOW default_transaction_read_only")).rows[0].default_transaction_read_only).toBe("on");
      expect(await failure(c, `DELETE FROM analytics.roles`)).toMatchObject({ code: expect.stringMatching(/^(25006|55000|42501)$/) });
      // ... and it holds no write privilege anywhere once it switches that off.
      await c.query("SET default_transaction_read_only = off");
      expect(await failure(c, `INSERT INTO "indicator" ("id", "metric", "kind", "value", "unit", "label") VALUES ('x', 'X', 'ACTUAL', 1, 'USD', 'x')`)).toMatchObject({ code: "42501" });
      expect(await failure(c, `UPDATE "country" SET "nameEn" = 'x'`)).toMatchObject({ code: "42501" });
      expect(await failure(c, `DELETE FROM analytics.indicator_observations`)).toMatchObject({ code: expect.stringMatching(/^(55000|42501)$/) });
      expect(await failure(c, `CREATE TABLE public.bi_scratch (id int)`)).toMatchObject({ code: "42501" });
      expect(await failure(c, `CREATE VIEW analytics.bi_scratch AS SELECT 1 AS one`)).toMatchObject({ code: "42501" });
    });
  });

  it("holds SELECT on exactly the analytics views and no other privilege", async () => {
    const admin = new Client({ connectionString: dbUrl });
    await admin.connect();
    try {
      const { rows: role } = await admin.query(`SELECT rolsuper, rolcreatedb, rolcreaterole, rolcanlogin, rolbypassrls FROM pg_roles WHERE rolname = 'atlas_analytics'`);
      expect(role).toEqual([{ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolcanlogin: true, rolbypassrls: false }]);
      const { rows: grants } = await admin.query(
        `SELECT table_schema || '.' || table_name AS object, privilege_type FROM information_schema.role_table_grants WHERE grantee = 'atlas_analytics' ORDER BY 1, 2`,
      );
      expect(grants).toEqual(DATASETS.map((d) => `analytics.${d.view}`).sort().map((object) => ({ object, privilege_type: "SELECT" })));
    } finally {
      await admin.end();
    }
  });
});
