-- The analytics views read tables this migration changes: drop them first, recreate them at the end
-- (they leave retracted facts and citations out).
DROP VIEW IF EXISTS "analytics_indicator_observations";
DROP VIEW IF EXISTS "analytics_agreement_parties";
DROP VIEW IF EXISTS "analytics_roles";

-- CreateTable
CREATE TABLE "document_import" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" DATETIME,
    "report" TEXT NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "sources_write" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT
);

-- CreateTable
CREATE TABLE "countries_write" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT
);

-- CreateTable
CREATE TABLE "agreements_write" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT
);

-- CreateTable
CREATE TABLE "indicators_write" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT
);

-- CreateTable
CREATE TABLE "people_write" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT
);

-- CreateTable
CREATE TABLE "corridors_write" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "revokedAt" DATETIME,
    "revokedBy" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "titleEn" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedYear" INTEGER,
    "publishedMonth" INTEGER,
    "publishedDay" INTEGER,
    "publishedOnNote" TEXT NOT NULL,
    "author" TEXT,
    "authorAr" TEXT,
    "text" TEXT,
    "textSha256" TEXT,
    "language" TEXT NOT NULL DEFAULT 'ar',
    "url" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdBy" TEXT NOT NULL DEFAULT 'import:seed',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "stagedImport" TEXT
);
INSERT INTO "new_document" ("author", "authorAr", "id", "publishedDay", "publishedMonth", "publishedOnNote", "publishedYear", "publisher", "titleAr", "titleEn") SELECT "author", "authorAr", "id", "publishedDay", "publishedMonth", "publishedOnNote", "publishedYear", "publisher", "titleAr", "titleEn" FROM "document";
DROP TABLE "document";
ALTER TABLE "new_document" RENAME TO "document";
CREATE UNIQUE INDEX "document_textSha256_key" ON "document"("textSha256");
CREATE TABLE "new_country_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "country_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "country" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_country_source" ("claim", "documentId", "end", "figures", "id", "ownerId", "start") SELECT "claim", "documentId", "end", "figures", "id", "ownerId", "start" FROM "country_source";
DROP TABLE "country_source";
ALTER TABLE "new_country_source" RENAME TO "country_source";
CREATE INDEX "country_source_ownerId_idx" ON "country_source"("ownerId");
CREATE TABLE "new_agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleAr" TEXT,
    "status" TEXT NOT NULL,
    "summary" TEXT,
    "eventId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT
);
INSERT INTO "new_agreement" ("eventId", "id", "kind", "status", "summary", "titleAr", "titleEn") SELECT "eventId", "id", "kind", "status", "summary", "titleAr", "titleEn" FROM "agreement";
DROP TABLE "agreement";
ALTER TABLE "new_agreement" RENAME TO "agreement";
CREATE INDEX "agreement_kind_idx" ON "agreement"("kind");
CREATE TABLE "new_agreement_date" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "startMonth" INTEGER,
    "startDay" INTEGER,
    "endYear" INTEGER,
    "endMonth" INTEGER,
    "endDay" INTEGER,
    "basis" TEXT NOT NULL,
    "basisNote" TEXT,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "agreement_date_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_agreement_date" ("basis", "basisNote", "claim", "documentId", "end", "endDay", "endMonth", "endYear", "figures", "id", "ownerId", "start", "startDay", "startMonth", "startYear") SELECT "basis", "basisNote", "claim", "documentId", "end", "endDay", "endMonth", "endYear", "figures", "id", "ownerId", "start", "startDay", "startMonth", "startYear" FROM "agreement_date";
DROP TABLE "agreement_date";
ALTER TABLE "new_agreement_date" RENAME TO "agreement_date";
CREATE INDEX "agreement_date_ownerId_idx" ON "agreement_date"("ownerId");
CREATE TABLE "new_agreement_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "agreement_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_agreement_source" ("claim", "documentId", "end", "figures", "id", "ownerId", "start") SELECT "claim", "documentId", "end", "figures", "id", "ownerId", "start" FROM "agreement_source";
DROP TABLE "agreement_source";
ALTER TABLE "new_agreement_source" RENAME TO "agreement_source";
CREATE INDEX "agreement_source_ownerId_idx" ON "agreement_source"("ownerId");
CREATE TABLE "new_indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "metric" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "year" INTEGER,
    "periodStartYear" INTEGER,
    "periodStartMonth" INTEGER,
    "periodStartDay" INTEGER,
    "periodEndYear" INTEGER,
    "periodEndMonth" INTEGER,
    "periodEndDay" INTEGER,
    "changePercent" REAL,
    "label" TEXT NOT NULL,
    "fromCode" TEXT,
    "toCode" TEXT,
    "basisNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT
);
INSERT INTO "new_indicator" ("basisNote", "changePercent", "fromCode", "id", "kind", "label", "metric", "periodEndDay", "periodEndMonth", "periodEndYear", "periodStartDay", "periodStartMonth", "periodStartYear", "toCode", "unit", "value", "year") SELECT "basisNote", "changePercent", "fromCode", "id", "kind", "label", "metric", "periodEndDay", "periodEndMonth", "periodEndYear", "periodStartDay", "periodStartMonth", "periodStartYear", "toCode", "unit", "value", "year" FROM "indicator";
DROP TABLE "indicator";
ALTER TABLE "new_indicator" RENAME TO "indicator";
CREATE INDEX "indicator_metric_year_idx" ON "indicator"("metric", "year");
CREATE TABLE "new_indicator_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "indicator_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_indicator_source" ("claim", "documentId", "end", "figures", "id", "ownerId", "start") SELECT "claim", "documentId", "end", "figures", "id", "ownerId", "start" FROM "indicator_source";
DROP TABLE "indicator_source";
ALTER TABLE "new_indicator_source" RENAME TO "indicator_source";
CREATE INDEX "indicator_source_ownerId_idx" ON "indicator_source"("ownerId");
CREATE TABLE "new_person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT
);
INSERT INTO "new_person" ("id", "nameAr", "nameEn") SELECT "id", "nameAr", "nameEn" FROM "person";
DROP TABLE "person";
ALTER TABLE "new_person" RENAME TO "person";
CREATE TABLE "new_role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleAr" TEXT,
    "countryCode" TEXT,
    "organization" TEXT,
    "startYear" INTEGER,
    "startMonth" INTEGER,
    "startDay" INTEGER,
    "endYear" INTEGER,
    "endMonth" INTEGER,
    "endDay" INTEGER,
    "asOfYear" INTEGER,
    "asOfMonth" INTEGER,
    "asOfDay" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_role" ("asOfDay", "asOfMonth", "asOfYear", "countryCode", "endDay", "endMonth", "endYear", "id", "kind", "organization", "personId", "startDay", "startMonth", "startYear", "titleAr", "titleEn") SELECT "asOfDay", "asOfMonth", "asOfYear", "countryCode", "endDay", "endMonth", "endYear", "id", "kind", "organization", "personId", "startDay", "startMonth", "startYear", "titleAr", "titleEn" FROM "role";
DROP TABLE "role";
ALTER TABLE "new_role" RENAME TO "role";
CREATE INDEX "role_personId_idx" ON "role"("personId");
CREATE INDEX "role_countryCode_kind_idx" ON "role"("countryCode", "kind");
CREATE TABLE "new_role_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" INTEGER NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "role_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_role_source" ("claim", "documentId", "end", "figures", "id", "ownerId", "start") SELECT "claim", "documentId", "end", "figures", "id", "ownerId", "start" FROM "role_source";
DROP TABLE "role_source";
ALTER TABLE "new_role_source" RENAME TO "role_source";
CREATE INDEX "role_source_ownerId_idx" ON "role_source"("ownerId");
CREATE TABLE "new_event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleAr" TEXT,
    "placeCountryCode" TEXT,
    "placeCityEn" TEXT,
    "placeCityAr" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT
);
INSERT INTO "new_event" ("id", "kind", "placeCityAr", "placeCityEn", "placeCountryCode", "titleAr", "titleEn") SELECT "id", "kind", "placeCityAr", "placeCityEn", "placeCountryCode", "titleAr", "titleEn" FROM "event";
DROP TABLE "event";
ALTER TABLE "new_event" RENAME TO "event";
CREATE TABLE "new_event_date" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "startMonth" INTEGER,
    "startDay" INTEGER,
    "endYear" INTEGER,
    "endMonth" INTEGER,
    "endDay" INTEGER,
    "basis" TEXT NOT NULL,
    "basisNote" TEXT,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "event_date_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_event_date" ("basis", "basisNote", "claim", "documentId", "end", "endDay", "endMonth", "endYear", "figures", "id", "ownerId", "start", "startDay", "startMonth", "startYear") SELECT "basis", "basisNote", "claim", "documentId", "end", "endDay", "endMonth", "endYear", "figures", "id", "ownerId", "start", "startDay", "startMonth", "startYear" FROM "event_date";
DROP TABLE "event_date";
ALTER TABLE "new_event_date" RENAME TO "event_date";
CREATE INDEX "event_date_ownerId_idx" ON "event_date"("ownerId");
CREATE TABLE "new_event_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "event_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_event_source" ("claim", "documentId", "end", "figures", "id", "ownerId", "start") SELECT "claim", "documentId", "end", "figures", "id", "ownerId", "start" FROM "event_source";
DROP TABLE "event_source";
ALTER TABLE "new_event_source" RENAME TO "event_source";
CREATE INDEX "event_source_ownerId_idx" ON "event_source"("ownerId");
CREATE TABLE "new_corridor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAr" TEXT,
    "status" TEXT NOT NULL,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT
);
INSERT INTO "new_corridor" ("id", "kind", "nameAr", "nameEn", "status", "summary") SELECT "id", "kind", "nameAr", "nameEn", "status", "summary" FROM "corridor";
DROP TABLE "corridor";
ALTER TABLE "new_corridor" RENAME TO "corridor";
CREATE TABLE "new_corridor_date" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "startMonth" INTEGER,
    "startDay" INTEGER,
    "endYear" INTEGER,
    "endMonth" INTEGER,
    "endDay" INTEGER,
    "basis" TEXT NOT NULL,
    "basisNote" TEXT,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "corridor_date_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_corridor_date" ("basis", "basisNote", "claim", "documentId", "end", "endDay", "endMonth", "endYear", "figures", "id", "ownerId", "start", "startDay", "startMonth", "startYear") SELECT "basis", "basisNote", "claim", "documentId", "end", "endDay", "endMonth", "endYear", "figures", "id", "ownerId", "start", "startDay", "startMonth", "startYear" FROM "corridor_date";
DROP TABLE "corridor_date";
ALTER TABLE "new_corridor_date" RENAME TO "corridor_date";
CREATE INDEX "corridor_date_ownerId_idx" ON "corridor_date"("ownerId");
CREATE TABLE "new_corridor_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    CONSTRAINT "corridor_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_corridor_source" ("claim", "documentId", "end", "figures", "id", "ownerId", "start") SELECT "claim", "documentId", "end", "figures", "id", "ownerId", "start" FROM "corridor_source";
DROP TABLE "corridor_source";
ALTER TABLE "new_corridor_source" RENAME TO "corridor_source";
CREATE INDEX "corridor_source_ownerId_idx" ON "corridor_source"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "document_import_state_idx" ON "document_import"("state");

-- CreateIndex
CREATE UNIQUE INDEX "sources_write_idempotencyKey_key" ON "sources_write"("idempotencyKey");

-- CreateIndex
CREATE INDEX "sources_write_entityType_entityId_idx" ON "sources_write"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "countries_write_idempotencyKey_key" ON "countries_write"("idempotencyKey");

-- CreateIndex
CREATE INDEX "countries_write_entityType_entityId_idx" ON "countries_write"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "agreements_write_idempotencyKey_key" ON "agreements_write"("idempotencyKey");

-- CreateIndex
CREATE INDEX "agreements_write_entityType_entityId_idx" ON "agreements_write"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_write_idempotencyKey_key" ON "indicators_write"("idempotencyKey");

-- CreateIndex
CREATE INDEX "indicators_write_entityType_entityId_idx" ON "indicators_write"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "people_write_idempotencyKey_key" ON "people_write"("idempotencyKey");

-- CreateIndex
CREATE INDEX "people_write_entityType_entityId_idx" ON "people_write"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "corridors_write_idempotencyKey_key" ON "corridors_write"("idempotencyKey");

-- CreateIndex
CREATE INDEX "corridors_write_entityType_entityId_idx" ON "corridors_write"("entityType", "entityId");


-- ─── analytics views, recreated ───
-- As in 20261122160000_analytics_views, with the same columns and meaning, over what the
-- public API shows: retracted facts (indicator, agreement, role, person: "retractedAt" set)
-- are left out, and so are retracted citations and date claims and those in a document
-- whose import has not committed ("stagedImport" set). Ranks and counts are taken after
-- that, so source_rank = 1 / the source_* columns are the first citation still standing
-- and source_count counts only those; an indicator whose every citation is gone keeps
-- one row with empty source_* columns, as one without sources always has.

-- One row per indicator and source: filter source_rank = 1 for one row per indicator.
CREATE VIEW "analytics_indicator_observations" AS
WITH ic AS (
  SELECT i."id" AS indicator_id,
         (SELECT group_concat(code, ';') FROM (SELECT "countryCode" AS code FROM "indicator_country" WHERE "indicatorId" = i."id" ORDER BY "countryCode")) AS countries,
         (SELECT count(*) FROM "indicator_country" WHERE "indicatorId" = i."id") AS country_count,
         (SELECT min("countryCode") FROM "indicator_country" WHERE "indicatorId" = i."id") AS first_code,
         (SELECT max("countryCode") FROM "indicator_country" WHERE "indicatorId" = i."id") AS last_code
  FROM "indicator" i
  WHERE i."retractedAt" IS NULL
), src AS (
  SELECT s.*, row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id") AS source_rank
  FROM "indicator_source" s
  WHERE s."retractedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "document" sd WHERE sd."id" = s."documentId" AND sd."stagedImport" IS NOT NULL)
)
SELECT
  i."id" AS indicator_id,
  i."metric" AS metric,
  i."kind" AS kind,
  i."label" AS label,
  COALESCE(ic.countries, '') AS countries,
  ic.country_count AS country_count,
  CASE WHEN ic.country_count = 2 THEN ic.first_code || '-' || ic.last_code END AS pair_id,
  CASE WHEN ic.country_count <= 2 THEN ic.first_code END AS country_a,
  CASE WHEN ic.country_count = 2 THEN ic.last_code END AS country_b,
  i."fromCode" AS from_country,
  i."toCode" AS to_country,
  i."year" AS year,
  CASE WHEN i."periodStartYear" IS NULL THEN NULL
       WHEN i."periodStartMonth" IS NULL THEN CAST(i."periodStartYear" AS TEXT)
       WHEN i."periodStartDay" IS NULL THEN printf('%d-%02d', i."periodStartYear", i."periodStartMonth")
       ELSE printf('%d-%02d-%02d', i."periodStartYear", i."periodStartMonth", i."periodStartDay") END AS period_start,
  CASE WHEN i."periodEndYear" IS NULL THEN NULL
       WHEN i."periodEndMonth" IS NULL THEN CAST(i."periodEndYear" AS TEXT)
       WHEN i."periodEndDay" IS NULL THEN printf('%d-%02d', i."periodEndYear", i."periodEndMonth")
       ELSE printf('%d-%02d-%02d', i."periodEndYear", i."periodEndMonth", i."periodEndDay") END AS period_end,
  i."value" AS value,
  i."unit" AS unit,
  i."changePercent" AS change_percent,
  i."basisNote" AS basis_note,
  s.source_rank AS source_rank,
  s."documentId" AS source_document,
  d."publisher" AS source_publisher,
  CASE WHEN d."publishedYear" IS NULL THEN NULL
       WHEN d."publishedMonth" IS NULL THEN CAST(d."publishedYear" AS TEXT)
       WHEN d."publishedDay" IS NULL THEN printf('%d-%02d', d."publishedYear", d."publishedMonth")
       ELSE printf('%d-%02d-%02d', d."publishedYear", d."publishedMonth", d."publishedDay") END AS source_published_on,
  s."start" AS source_start,
  s."end" AS source_end,
  s."claim" AS source_claim
FROM "indicator" i
JOIN ic ON ic.indicator_id = i."id"
LEFT JOIN src s ON s."ownerId" = i."id"
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE i."retractedAt" IS NULL;

-- One row per agreement and party country, with the agreement's first source.
CREATE VIEW "analytics_agreement_parties" AS
WITH claims AS (
  SELECT "ownerId" AS agreement_id,
         CASE WHEN "startMonth" IS NULL THEN CAST("startYear" AS TEXT)
              WHEN "startDay" IS NULL THEN printf('%d-%02d', "startYear", "startMonth")
              ELSE printf('%d-%02d-%02d', "startYear", "startMonth", "startDay") END AS iso,
         "startYear" AS year
  FROM "agreement_date" ad
  WHERE ad."retractedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "document" sd WHERE sd."id" = ad."documentId" AND sd."stagedImport" IS NOT NULL)
), signed AS (
  SELECT agreement_id, count(DISTINCT iso) AS dates, min(iso) AS iso, min(year) AS first_year
  FROM claims
  GROUP BY agreement_id
), parties AS (
  SELECT a."id" AS agreement_id,
         (SELECT group_concat(code, ';') FROM (SELECT "countryCode" AS code FROM "agreement_party" WHERE "agreementId" = a."id" ORDER BY "countryCode")) AS parties,
         (SELECT count(*) FROM "agreement_party" WHERE "agreementId" = a."id") AS party_count
  FROM "agreement" a
  WHERE a."retractedAt" IS NULL
), src AS (
  SELECT s.*,
         row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id") AS source_rank,
         count(*) OVER (PARTITION BY s."ownerId") AS source_count
  FROM "agreement_source" s
  WHERE s."retractedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "document" sd WHERE sd."id" = s."documentId" AND sd."stagedImport" IS NOT NULL)
)
SELECT
  a."id" AS agreement_id,
  a."titleEn" AS title,
  COALESCE(a."titleAr", a."titleEn") AS title_ar,
  a."kind" AS kind,
  a."status" AS status,
  CASE WHEN signed.dates = 1 THEN signed.iso END AS signed_on,
  COALESCE(signed.dates > 1, 0) AS signed_on_disputed,
  signed.first_year AS signed_year,
  p."countryCode" AS party_code,
  c."nameEn" AS party_name,
  c."nameAr" AS party_name_ar,
  parties.party_count AS party_count,
  parties.parties AS parties,
  COALESCE(s.source_count, 0) AS source_count,
  s."documentId" AS source_document,
  d."publisher" AS source_publisher,
  CASE WHEN d."publishedYear" IS NULL THEN NULL
       WHEN d."publishedMonth" IS NULL THEN CAST(d."publishedYear" AS TEXT)
       WHEN d."publishedDay" IS NULL THEN printf('%d-%02d', d."publishedYear", d."publishedMonth")
       ELSE printf('%d-%02d-%02d', d."publishedYear", d."publishedMonth", d."publishedDay") END AS source_published_on,
  s."start" AS source_start,
  s."end" AS source_end,
  s."claim" AS source_claim
FROM "agreement" a
JOIN "agreement_party" p ON p."agreementId" = a."id"
JOIN parties ON parties.agreement_id = a."id"
LEFT JOIN "country" c ON c."code" = p."countryCode"
LEFT JOIN signed ON signed.agreement_id = a."id"
LEFT JOIN src s ON s."ownerId" = a."id" AND s.source_rank = 1
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE a."retractedAt" IS NULL;

-- One row per role a person holds, with the role's first source.
CREATE VIEW "analytics_roles" AS
WITH r AS (
  SELECT ro.*, row_number() OVER (PARTITION BY ro."personId" ORDER BY ro."id") AS role_rank
  FROM "role" ro
  WHERE ro."retractedAt" IS NULL
), src AS (
  SELECT s.*,
         row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id") AS source_rank,
         count(*) OVER (PARTITION BY s."ownerId") AS source_count
  FROM "role_source" s
  WHERE s."retractedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "document" sd WHERE sd."id" = s."documentId" AND sd."stagedImport" IS NOT NULL)
)
SELECT
  r."personId" AS person_id,
  r.role_rank AS role_rank,
  pe."nameEn" AS person_name,
  pe."nameAr" AS person_name_ar,
  r."kind" AS role_kind,
  r."titleEn" AS title,
  COALESCE(r."titleAr", r."titleEn") AS title_ar,
  r."countryCode" AS country_code,
  c."nameEn" AS country_name,
  c."nameAr" AS country_name_ar,
  r."organization" AS organization,
  CASE WHEN r."startYear" IS NULL THEN NULL
       WHEN r."startMonth" IS NULL THEN CAST(r."startYear" AS TEXT)
       WHEN r."startDay" IS NULL THEN printf('%d-%02d', r."startYear", r."startMonth")
       ELSE printf('%d-%02d-%02d', r."startYear", r."startMonth", r."startDay") END AS start_date,
  CASE WHEN r."endYear" IS NULL THEN NULL
       WHEN r."endMonth" IS NULL THEN CAST(r."endYear" AS TEXT)
       WHEN r."endDay" IS NULL THEN printf('%d-%02d', r."endYear", r."endMonth")
       ELSE printf('%d-%02d-%02d', r."endYear", r."endMonth", r."endDay") END AS end_date,
  CASE WHEN r."asOfYear" IS NULL THEN NULL
       WHEN r."asOfMonth" IS NULL THEN CAST(r."asOfYear" AS TEXT)
       WHEN r."asOfDay" IS NULL THEN printf('%d-%02d', r."asOfYear", r."asOfMonth")
       ELSE printf('%d-%02d-%02d', r."asOfYear", r."asOfMonth", r."asOfDay") END AS as_of,
  COALESCE(r."asOfYear", r."startYear") AS year,
  COALESCE(s.source_count, 0) AS source_count,
  s."documentId" AS source_document,
  d."publisher" AS source_publisher,
  CASE WHEN d."publishedYear" IS NULL THEN NULL
       WHEN d."publishedMonth" IS NULL THEN CAST(d."publishedYear" AS TEXT)
       WHEN d."publishedDay" IS NULL THEN printf('%d-%02d', d."publishedYear", d."publishedMonth")
       ELSE printf('%d-%02d-%02d', d."publishedYear", d."publishedMonth", d."publishedDay") END AS source_published_on,
  s."start" AS source_start,
  s."end" AS source_end,
  s."claim" AS source_claim
FROM r
JOIN "person" pe ON pe."id" = r."personId" AND pe."retractedAt" IS NULL
LEFT JOIN "country" c ON c."code" = r."countryCode"
LEFT JOIN src s ON s."ownerId" = r."id" AND s.source_rank = 1
LEFT JOIN "document" d ON d."id" = s."documentId";
