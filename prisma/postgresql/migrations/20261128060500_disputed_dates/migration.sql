-- Issue 13: signed_on keeps the part of the date every visible claim shares; signed_on_disputed unchanged.
DROP VIEW IF EXISTS analytics.agreement_parties;

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
  s."claim" AS source_claim
FROM "agreement" a
JOIN "agreement_party" p ON p."agreementId" = a."id"
JOIN parties ON parties.agreement_id = a."id"
LEFT JOIN "country" c ON c."code" = p."countryCode"
LEFT JOIN signed ON signed.agreement_id = a."id"
LEFT JOIN src s ON s."ownerId" = a."id" AND s.source_rank = 1
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE a."retractedAt" IS NULL;

GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO atlas_analytics;
