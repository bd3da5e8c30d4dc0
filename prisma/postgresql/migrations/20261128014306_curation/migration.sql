-- The analytics views read tables this migration changes: drop them first, recreate them at the end
-- (they leave retracted facts and citations out).
DROP VIEW IF EXISTS analytics.indicator_observations;
DROP VIEW IF EXISTS analytics.agreement_parties;
DROP VIEW IF EXISTS analytics.roles;

-- AlterTable
ALTER TABLE "document" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'ar',
ADD COLUMN     "stagedImport" TEXT,
ADD COLUMN     "text" TEXT,
ADD COLUMN     "textSha256" TEXT,
ADD COLUMN     "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "url" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "country_source" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- AlterTable
ALTER TABLE "agreement" ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "agreement_date" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- AlterTable
ALTER TABLE "agreement_source" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- AlterTable
ALTER TABLE "indicator" ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "indicator_source" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- AlterTable
ALTER TABLE "person" ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "role" ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "role_source" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "event_date" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- AlterTable
ALTER TABLE "event_source" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- AlterTable
ALTER TABLE "corridor" ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "corridor_date" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- AlterTable
ALTER TABLE "corridor_source" ADD COLUMN     "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
ADD COLUMN     "retractReason" TEXT,
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedBy" TEXT;

-- CreateTable
CREATE TABLE "document_import" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committedAt" TIMESTAMP(3),
    "report" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "document_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources_write" (
    "id" SERIAL NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT,

    CONSTRAINT "sources_write_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "countries_write" (
    "id" SERIAL NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT,

    CONSTRAINT "countries_write_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreements_write" (
    "id" SERIAL NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT,

    CONSTRAINT "agreements_write_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicators_write" (
    "id" SERIAL NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT,

    CONSTRAINT "indicators_write_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people_write" (
    "id" SERIAL NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT,

    CONSTRAINT "people_write_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corridors_write" (
    "id" SERIAL NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "actor" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "requestId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "operation" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "result" TEXT,

    CONSTRAINT "corridors_write_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedBy" TEXT,

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "document_textSha256_key" ON "document"("textSha256");


-- ─── analytics views, recreated ───
-- As in 20261122160000_analytics_views, with the same columns and meaning, over what the
-- public API shows: retracted facts (indicator, agreement, role, person: "retractedAt" set)
-- are left out, and so are retracted citations and date claims and those in a document
-- whose import has not committed ("stagedImport" set). Ranks and counts are taken after
-- that, so source_rank = 1 / the source_* columns are the first citation still standing
-- and source_count counts only those; an indicator whose every citation is gone keeps
-- one row with empty source_* columns, as one without sources always has.

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
  s."claim" AS source_claim
FROM "indicator" i
LEFT JOIN ic ON ic.indicator_id = i."id"
LEFT JOIN src s ON s."ownerId" = i."id"
LEFT JOIN "document" d ON d."id" = s."documentId"
WHERE i."retractedAt" IS NULL;

-- One row per agreement and party country, with the agreement's first source.
CREATE VIEW analytics.agreement_parties AS
WITH claims AS (
  SELECT "ownerId" AS agreement_id,
         CASE WHEN "startMonth" IS NULL THEN "startYear"::text
              WHEN "startDay" IS NULL THEN "startYear"::text || '-' || lpad("startMonth"::text, 2, '0')
              ELSE "startYear"::text || '-' || lpad("startMonth"::text, 2, '0') || '-' || lpad("startDay"::text, 2, '0') END AS iso,
         "startYear" AS year
  FROM "agreement_date" ad
  WHERE ad."retractedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "document" sd WHERE sd."id" = ad."documentId" AND sd."stagedImport" IS NOT NULL)
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

-- One row per role a person holds, with the role's first source.
CREATE VIEW analytics.roles AS
WITH r AS (
  SELECT ro.*, (row_number() OVER (PARTITION BY ro."personId" ORDER BY ro."id"))::integer AS role_rank
  FROM "role" ro
  WHERE ro."retractedAt" IS NULL
), src AS (
  SELECT s.*,
         (row_number() OVER (PARTITION BY s."ownerId" ORDER BY s."id"))::integer AS source_rank,
         (count(*) OVER (PARTITION BY s."ownerId"))::integer AS source_count
  FROM "role_source" s
  WHERE s."retractedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "document" sd WHERE sd."id" = s."documentId" AND sd."stagedImport" IS NOT NULL)
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
JOIN "person" pe ON pe."id" = r."personId" AND pe."retractedAt" IS NULL
LEFT JOIN "country" c ON c."code" = r."countryCode"
LEFT JOIN src s ON s."ownerId" = r."id" AND s.source_rank = 1
LEFT JOIN "document" d ON d."id" = s."documentId";

GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO atlas_analytics;
