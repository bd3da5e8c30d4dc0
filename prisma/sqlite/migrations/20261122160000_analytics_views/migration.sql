-- Analytics: a read-only layer for BI tools (docs/bi.md), written by hand (views are not
-- Prisma models). Long-format views with stable snake_case columns, the same names and
-- meaning on both stores: here as `analytics_<view>`, on PostgreSQL in the schema
-- `analytics`. They read across subgraphs' tables on purpose: this is a reporting layer,
-- not a subgraph. A later migration that redefines a table these views read (Prisma's
-- "RedefineTables" does so) must drop the views first and recreate them afterwards.
--
-- Written for SQLite 3.25 and later (window functions; no ORDER BY inside aggregates),
-- so older tools can still open the file. Partial dates become ISO strings at the
-- precision the source gives (2024, 2024-10, 2024-10-05), as PartialDate.iso does in the
-- API. "First source" is the lowest id, the order the API lists sources in.

-- One row per indicator and source: filter source_rank = 1 for one row per indicator.
CREATE VIEW "analytics_indicator_observations" AS
WITH ic AS (
  SELECT i."id" AS indicator_id,
         (SELECT group_concat(code, ';') FROM (SELECT "countryCode" AS code FROM "indicator_country" WHERE "indicatorId" = i."id" ORDER BY "countryCode")) AS countries,
         (SELECT count(*) FROM "indicator_country" WHERE "indicatorId" = i."id") AS country_count,
         (SELECT min("countryCode") FROM "indicator_country" WHERE "indicatorId" = i."id") AS first_code,
         (SELECT max("countryCode") FROM "indicator_country" WHERE "indicatorId" = i."id") AS last_code
  FROM "indicator" i
), src AS (
  SELECT s.*, row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id") AS source_rank
  FROM "indicator_source" s
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
LEFT JOIN "document" d ON d."id" = s."documentId";

-- One row per agreement and party country, with the agreement's first source.
CREATE VIEW "analytics_agreement_parties" AS
WITH claims AS (
  SELECT "ownerId" AS agreement_id,
         CASE WHEN "startMonth" IS NULL THEN CAST("startYear" AS TEXT)
              WHEN "startDay" IS NULL THEN printf('%d-%02d', "startYear", "startMonth")
              ELSE printf('%d-%02d-%02d', "startYear", "startMonth", "startDay") END AS iso,
         "startYear" AS year
  FROM "agreement_date"
), signed AS (
  SELECT agreement_id, count(DISTINCT iso) AS dates, min(iso) AS iso, min(year) AS first_year
  FROM claims
  GROUP BY agreement_id
), parties AS (
  SELECT a."id" AS agreement_id,
         (SELECT group_concat(code, ';') FROM (SELECT "countryCode" AS code FROM "agreement_party" WHERE "agreementId" = a."id" ORDER BY "countryCode")) AS parties,
         (SELECT count(*) FROM "agreement_party" WHERE "agreementId" = a."id") AS party_count
  FROM "agreement" a
), src AS (
  SELECT s.*,
         row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id") AS source_rank,
         count(*) OVER (PARTITION BY s."ownerId") AS source_count
  FROM "agreement_source" s
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
LEFT JOIN "document" d ON d."id" = s."documentId";

-- One row per role a person holds, with the role's first source.
CREATE VIEW "analytics_roles" AS
WITH r AS (
  SELECT ro.*, row_number() OVER (PARTITION BY ro."personId" ORDER BY ro."id") AS role_rank
  FROM "role" ro
), src AS (
  SELECT s.*,
         row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id") AS source_rank,
         count(*) OVER (PARTITION BY s."ownerId") AS source_count
  FROM "role_source" s
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
JOIN "person" pe ON pe."id" = r."personId"
LEFT JOIN "country" c ON c."code" = r."countryCode"
LEFT JOIN src s ON s."ownerId" = r."id" AND s.source_rank = 1
LEFT JOIN "document" d ON d."id" = s."documentId";
