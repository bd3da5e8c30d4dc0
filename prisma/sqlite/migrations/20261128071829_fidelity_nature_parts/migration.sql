-- Issue 13: proposals are not agreements (agreement.nature) and parts are not added to their
-- wholes (indicator.partOfId). Both views read the tables changed here, so they are dropped
-- first (on SQLite the agreement table rebuild otherwise fails with "error in view") and
-- recreated at the end as in 20261128054028_number_qualifiers and 20261128060500_disputed_dates
-- (the same columns in the same order, the same retracted/staged filters), with one column
-- appended to each: indicator_observations.part_of (the whole this figure is part of: sum only
-- rows where it is empty) and agreement_parties.nature (INSTRUMENT, PROPOSAL, STATEMENT, FORECAST).
DROP VIEW IF EXISTS "analytics_indicator_observations";
DROP VIEW IF EXISTS "analytics_agreement_parties";

-- AlterTable
ALTER TABLE "indicator" ADD COLUMN "partOfId" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "nature" TEXT NOT NULL DEFAULT 'INSTRUMENT',
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
INSERT INTO "new_agreement" ("eventId", "id", "kind", "retractReason", "retractedAt", "retractedBy", "status", "summary", "titleAr", "titleEn", "updatedAt", "updatedBy", "version") SELECT "eventId", "id", "kind", "retractReason", "retractedAt", "retractedBy", "status", "summary", "titleAr", "titleEn", "updatedAt", "updatedBy", "version" FROM "agreement";
DROP TABLE "agreement";
ALTER TABLE "new_agreement" RENAME TO "agreement";
CREATE INDEX "agreement_kind_idx" ON "agreement"("kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "indicator_partOfId_idx" ON "indicator"("partOfId");



-- One row per indicator and source: filter source_rank = 1 and part_of empty before summing.
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
  i."valueMax" AS value_max,
  i."partOfId" AS part_of
FROM "indicator" i
JOIN ic ON ic.indicator_id = i."id"
LEFT JOIN src s ON s."ownerId" = i."id"
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE i."retractedAt" IS NULL;

CREATE VIEW "analytics_agreement_parties" AS
WITH claims AS (
  SELECT "ownerId" AS agreement_id,
         CASE WHEN "startMonth" IS NULL THEN CAST("startYear" AS TEXT)
              WHEN "startDay" IS NULL THEN printf('%d-%02d', "startYear", "startMonth")
              ELSE printf('%d-%02d-%02d', "startYear", "startMonth", "startDay") END AS iso,
         "startYear" AS year, "startMonth" AS month, "startDay" AS day
  FROM "agreement_date" ad
  WHERE ad."retractedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "document" sd WHERE sd."id" = ad."documentId" AND sd."stagedImport" IS NOT NULL)
), signed AS (
  SELECT agreement_id, count(DISTINCT iso) AS dates, min(year) AS first_year,
         count(DISTINCT year) AS years,
         count(DISTINCT month) AS months, count(*) - count(month) AS no_month, min(month) AS month,
         count(DISTINCT day) AS days, count(*) - count(day) AS no_day, min(day) AS day
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
  -- The part every visible claim shares (issue 13): the year, then the month, then the day, while all agree.
  CASE WHEN COALESCE(signed.years, 0) <> 1 THEN NULL
       WHEN signed.months <> 1 OR signed.no_month > 0 THEN CAST(signed.first_year AS TEXT)
       WHEN signed.days <> 1 OR signed.no_day > 0 THEN printf('%d-%02d', signed.first_year, signed.month)
       ELSE printf('%d-%02d-%02d', signed.first_year, signed.month, signed.day) END AS signed_on,
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
  s."claim" AS source_claim,
  a."nature" AS nature
FROM "agreement" a
JOIN "agreement_party" p ON p."agreementId" = a."id"
JOIN parties ON parties.agreement_id = a."id"
LEFT JOIN "country" c ON c."code" = p."countryCode"
LEFT JOIN signed ON signed.agreement_id = a."id"
LEFT JOIN src s ON s."ownerId" = a."id" AND s.source_rank = 1
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE a."retractedAt" IS NULL;
