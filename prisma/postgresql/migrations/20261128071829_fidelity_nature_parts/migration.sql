-- Issue 13: proposals are not agreements (agreement.nature) and parts are not added to their
-- wholes (indicator.partOfId). Both views read the tables changed here, so they are dropped
-- first (on SQLite the agreement table rebuild otherwise fails with "error in view") and
-- recreated at the end as in 20261128054028_number_qualifiers and 20261128060500_disputed_dates
-- (the same columns in the same order, the same retracted/staged filters), with one column
-- appended to each: indicator_observations.part_of (the whole this figure is part of: sum only
-- rows where it is empty) and agreement_parties.nature (INSTRUMENT, PROPOSAL, STATEMENT, FORECAST).
DROP VIEW IF EXISTS analytics.indicator_observations;
DROP VIEW IF EXISTS analytics.agreement_parties;

-- AlterTable
ALTER TABLE "agreement" ADD COLUMN     "nature" TEXT NOT NULL DEFAULT 'INSTRUMENT';

-- AlterTable
ALTER TABLE "indicator" ADD COLUMN     "partOfId" TEXT;

-- CreateIndex
CREATE INDEX "indicator_partOfId_idx" ON "indicator"("partOfId");



-- One row per indicator and source: filter source_rank = 1 and part_of empty before summing.
CREATE VIEW analytics.indicator_observations AS
WITH ic AS (
  SELECT "indicatorId" AS indicator_id,
         string_agg("countryCode", ';' ORDER BY "countryCode") AS countries,
         count(*)::integer AS country_count,
         min("countryCode") AS first_code,
         max("countryCode") AS last_code
  FROM "indicator_country"
  GROUP BY "indicatorId"
), src AS (
  SELECT s.*, (row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id"))::integer AS source_rank
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
  COALESCE(ic.country_count, 0) AS country_count,
  CASE WHEN ic.country_count = 2 THEN ic.first_code || '-' || ic.last_code END AS pair_id,
  CASE WHEN ic.country_count <= 2 THEN ic.first_code END AS country_a,
  CASE WHEN ic.country_count = 2 THEN ic.last_code END AS country_b,
  i."fromCode" AS from_country,
  i."toCode" AS to_country,
  i."year" AS year,
  CASE WHEN i."periodStartYear" IS NULL THEN NULL
       WHEN i."periodStartMonth" IS NULL THEN i."periodStartYear"::text
       WHEN i."periodStartDay" IS NULL THEN i."periodStartYear"::text || '-' || lpad(i."periodStartMonth"::text, 2, '0')
       ELSE i."periodStartYear"::text || '-' || lpad(i."periodStartMonth"::text, 2, '0') || '-' || lpad(i."periodStartDay"::text, 2, '0') END AS period_start,
  CASE WHEN i."periodEndYear" IS NULL THEN NULL
       WHEN i."periodEndMonth" IS NULL THEN i."periodEndYear"::text
       WHEN i."periodEndDay" IS NULL THEN i."periodEndYear"::text || '-' || lpad(i."periodEndMonth"::text, 2, '0')
       ELSE i."periodEndYear"::text || '-' || lpad(i."periodEndMonth"::text, 2, '0') || '-' || lpad(i."periodEndDay"::text, 2, '0') END AS period_end,
  i."value" AS value,
  i."unit" AS unit,
  i."changePercent" AS change_percent,
  i."basisNote" AS basis_note,
  s.source_rank,
  s."documentId" AS source_document,
  d."publisher" AS source_publisher,
  CASE WHEN d."publishedYear" IS NULL THEN NULL
       WHEN d."publishedMonth" IS NULL THEN d."publishedYear"::text
       WHEN d."publishedDay" IS NULL THEN d."publishedYear"::text || '-' || lpad(d."publishedMonth"::text, 2, '0')
       ELSE d."publishedYear"::text || '-' || lpad(d."publishedMonth"::text, 2, '0') || '-' || lpad(d."publishedDay"::text, 2, '0') END AS source_published_on,
  s."start" AS source_start,
  s."end" AS source_end,
  s."claim" AS source_claim,
  i."qualifier" AS value_qualifier,
  i."valueMax" AS value_max,
  i."partOfId" AS part_of
FROM "indicator" i
LEFT JOIN ic ON ic.indicator_id = i."id"
LEFT JOIN src s ON s."ownerId" = i."id"
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE i."retractedAt" IS NULL;

CREATE VIEW analytics.agreement_parties AS
WITH claims AS (
  SELECT "ownerId" AS agreement_id,
         CASE WHEN "startMonth" IS NULL THEN "startYear"::text
              WHEN "startDay" IS NULL THEN "startYear"::text || '-' || lpad("startMonth"::text, 2, '0')
              ELSE "startYear"::text || '-' || lpad("startMonth"::text, 2, '0') || '-' || lpad("startDay"::text, 2, '0') END AS iso,
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
  SELECT "agreementId" AS agreement_id,
         string_agg("countryCode", ';' ORDER BY "countryCode") AS parties,
         count(*)::integer AS party_count
  FROM "agreement_party"
  GROUP BY "agreementId"
), src AS (
  SELECT s.*,
         (row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id"))::integer AS source_rank,
         (count(*) OVER (PARTITION BY s."ownerId"))::integer AS source_count
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
       WHEN signed.months <> 1 OR signed.no_month > 0 THEN signed.first_year::text
       WHEN signed.days <> 1 OR signed.no_day > 0 THEN signed.first_year::text || '-' || lpad(signed.month::text, 2, '0')
       ELSE signed.first_year::text || '-' || lpad(signed.month::text, 2, '0') || '-' || lpad(signed.day::text, 2, '0') END AS signed_on,
  COALESCE(signed.dates > 1, false) AS signed_on_disputed,
  signed.first_year AS signed_year,
  p."countryCode" AS party_code,
  c."nameEn" AS party_name,
  c."nameAr" AS party_name_ar,
  parties.party_count,
  parties.parties,
  COALESCE(s.source_count, 0) AS source_count,
  s."documentId" AS source_document,
  d."publisher" AS source_publisher,
  CASE WHEN d."publishedYear" IS NULL THEN NULL
       WHEN d."publishedMonth" IS NULL THEN d."publishedYear"::text
       WHEN d."publishedDay" IS NULL THEN d."publishedYear"::text || '-' || lpad(d."publishedMonth"::text, 2, '0')
       ELSE d."publishedYear"::text || '-' || lpad(d."publishedMonth"::text, 2, '0') || '-' || lpad(d."publishedDay"::text, 2, '0') END AS source_published_on,
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

GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO atlas_analytics;
