-- Analytics: a read-only layer for BI tools (docs/bi.md), written by hand (views are not
-- Prisma models). Long-format views with stable snake_case columns, the same names and
-- meaning on both stores: here in the schema `analytics`, on SQLite as `analytics_<view>`.
-- They read across subgraphs' tables on purpose: this is a reporting layer, not a subgraph.
-- A later migration that alters or drops a table these views read must drop the views
-- first and recreate them in the same migration.
--
-- Partial dates become ISO strings at the precision the source gives (2024, 2024-10,
-- 2024-10-05), as PartialDate.iso does in the API. "First source" is the lowest id, the
-- order the API lists sources in.

CREATE SCHEMA IF NOT EXISTS analytics;

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
  s."claim" AS source_claim
FROM "indicator" i
LEFT JOIN ic ON ic.indicator_id = i."id"
LEFT JOIN src s ON s."ownerId" = i."id"
LEFT JOIN "document" d ON d."id" = s."documentId";

-- One row per agreement and party country, with the agreement's first source.
CREATE VIEW analytics.agreement_parties AS
WITH claims AS (
  SELECT "ownerId" AS agreement_id,
         CASE WHEN "startMonth" IS NULL THEN "startYear"::text
              WHEN "startDay" IS NULL THEN "startYear"::text || '-' || lpad("startMonth"::text, 2, '0')
              ELSE "startYear"::text || '-' || lpad("startMonth"::text, 2, '0') || '-' || lpad("startDay"::text, 2, '0') END AS iso,
         "startYear" AS year
  FROM "agreement_date"
), signed AS (
  SELECT agreement_id, count(DISTINCT iso) AS dates, min(iso) AS iso, min(year) AS first_year
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
)
SELECT
  a."id" AS agreement_id,
  a."titleEn" AS title,
  COALESCE(a."titleAr", a."titleEn") AS title_ar,
  a."kind" AS kind,
  a."status" AS status,
  CASE WHEN signed.dates = 1 THEN signed.iso END AS signed_on,
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
LEFT JOIN "document" d ON d."id" = s."documentId";

-- One row per role a person holds, with the role's first source.
CREATE VIEW analytics.roles AS
WITH r AS (
  SELECT ro.*, (row_number() OVER (PARTITION BY ro."personId" ORDER BY ro."id"))::integer AS role_rank
  FROM "role" ro
), src AS (
  SELECT s.*,
         (row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id"))::integer AS source_rank,
         (count(*) OVER (PARTITION BY s."ownerId"))::integer AS source_count
  FROM "role_source" s
)
SELECT
  r."personId" AS person_id,
  r.role_rank,
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
       WHEN r."startMonth" IS NULL THEN r."startYear"::text
       WHEN r."startDay" IS NULL THEN r."startYear"::text || '-' || lpad(r."startMonth"::text, 2, '0')
       ELSE r."startYear"::text || '-' || lpad(r."startMonth"::text, 2, '0') || '-' || lpad(r."startDay"::text, 2, '0') END AS start_date,
  CASE WHEN r."endYear" IS NULL THEN NULL
       WHEN r."endMonth" IS NULL THEN r."endYear"::text
       WHEN r."endDay" IS NULL THEN r."endYear"::text || '-' || lpad(r."endMonth"::text, 2, '0')
       ELSE r."endYear"::text || '-' || lpad(r."endMonth"::text, 2, '0') || '-' || lpad(r."endDay"::text, 2, '0') END AS end_date,
  CASE WHEN r."asOfYear" IS NULL THEN NULL
       WHEN r."asOfMonth" IS NULL THEN r."asOfYear"::text
       WHEN r."asOfDay" IS NULL THEN r."asOfYear"::text || '-' || lpad(r."asOfMonth"::text, 2, '0')
       ELSE r."asOfYear"::text || '-' || lpad(r."asOfMonth"::text, 2, '0') || '-' || lpad(r."asOfDay"::text, 2, '0') END AS as_of,
  COALESCE(r."asOfYear", r."startYear") AS year,
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
FROM r
JOIN "person" pe ON pe."id" = r."personId"
LEFT JOIN "country" c ON c."code" = r."countryCode"
LEFT JOIN src s ON s."ownerId" = r."id" AND s.source_rank = 1
LEFT JOIN "document" d ON d."id" = s."documentId";

-- The read-only role for BI tools: it can read the analytics views and nothing else.
-- Roles are cluster-wide, so several databases on one server share it: create it only
-- when missing (and tolerate another database's migration creating it at the same time).
-- It logs in without a password where pg_hba.conf trusts local connections; in
-- production set one: ALTER ROLE atlas_analytics PASSWORD '...' (docs/bi.md).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'atlas_analytics') THEN
    BEGIN
      CREATE ROLE atlas_analytics LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
      ALTER ROLE atlas_analytics SET default_transaction_read_only = on;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA analytics TO atlas_analytics;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO atlas_analytics;
ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO atlas_analytics;
