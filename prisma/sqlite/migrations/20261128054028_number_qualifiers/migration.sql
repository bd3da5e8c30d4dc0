-- Number qualifiers (issue 13): "more than $700 million" is AT_LEAST 700000000, not an exact
-- value. The indicator view reads the table, so it is dropped first (on SQLite the table
-- rebuild below otherwise fails with "error in view") and recreated at the end with the
-- same columns, the same retracted/staged filters as 20261128014306_curation, and
-- value_qualifier and value_max appended (BI tools depend on the column order).
DROP VIEW IF EXISTS "analytics_indicator_observations";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "metric" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT 'EXACT',
    "valueMax" REAL,
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
INSERT INTO "new_indicator" ("basisNote", "changePercent", "fromCode", "id", "kind", "label", "metric", "periodEndDay", "periodEndMonth", "periodEndYear", "periodStartDay", "periodStartMonth", "periodStartYear", "retractReason", "retractedAt", "retractedBy", "toCode", "unit", "updatedAt", "updatedBy", "value", "version", "year") SELECT "basisNote", "changePercent", "fromCode", "id", "kind", "label", "metric", "periodEndDay", "periodEndMonth", "periodEndYear", "periodStartDay", "periodStartMonth", "periodStartYear", "retractReason", "retractedAt", "retractedBy", "toCode", "unit", "updatedAt", "updatedBy", "value", "version", "year" FROM "indicator";
DROP TABLE "indicator";
ALTER TABLE "new_indicator" RENAME TO "indicator";
CREATE INDEX "indicator_metric_year_idx" ON "indicator"("metric", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


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
  s."claim" AS source_claim,
  i."qualifier" AS value_qualifier,
  i."valueMax" AS value_max
FROM "indicator" i
JOIN ic ON ic.indicator_id = i."id"
LEFT JOIN src s ON s."ownerId" = i."id"
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE i."retractedAt" IS NULL;
