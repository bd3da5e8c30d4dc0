-- Number qualifiers (issue 13): "more than $700 million" is AT_LEAST 700000000, not an exact
-- value. The indicator view reads the table, so it is dropped first (on SQLite the table
-- rebuild below otherwise fails with "error in view") and recreated at the end with the
-- same columns, the same retracted/staged filters as 20261128014306_curation, and
-- value_qualifier and value_max appended (BI tools depend on the column order).
DROP VIEW IF EXISTS analytics.indicator_observations;

-- AlterTable
ALTER TABLE "indicator" ADD COLUMN     "qualifier" TEXT NOT NULL DEFAULT 'EXACT',
ADD COLUMN     "valueMax" DOUBLE PRECISION;


-- One row per indicator and source: filter source_rank = 1 for one row per indicator.
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
  i."valueMax" AS value_max
FROM "indicator" i
LEFT JOIN ic ON ic.indicator_id = i."id"
LEFT JOIN src s ON s."ownerId" = i."id"
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE i."retractedAt" IS NULL;
