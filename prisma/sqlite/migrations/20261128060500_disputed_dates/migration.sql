-- Issue 13: signed_on keeps the part of the date every visible claim shares; signed_on_disputed unchanged.
DROP VIEW IF EXISTS "analytics_agreement_parties";

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
  s."claim" AS source_claim
FROM "agreement" a
JOIN "agreement_party" p ON p."agreementId" = a."id"
JOIN parties ON parties.agreement_id = a."id"
LEFT JOIN "country" c ON c."code" = p."countryCode"
LEFT JOIN signed ON signed.agreement_id = a."id"
LEFT JOIN src s ON s."ownerId" = a."id" AND s.source_rank = 1
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE a."retractedAt" IS NULL;
