-- CreateTable
CREATE TABLE "document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "titleEn" TEXT NOT NULL,
    "titleAr" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedYear" INTEGER,
    "publishedMonth" INTEGER,
    "publishedDay" INTEGER,
    "publishedOnNote" TEXT NOT NULL,
    "author" TEXT,
    "authorAr" TEXT
);

-- CreateTable
CREATE TABLE "document_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "document_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "iso3" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "capitalEn" TEXT,
    "capitalAr" TEXT
);

-- CreateTable
CREATE TABLE "country_name" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "countryCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "folded" TEXT NOT NULL,
    CONSTRAINT "country_name_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "country" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "country_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "country_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "country" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "agreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleAr" TEXT,
    "status" TEXT NOT NULL,
    "summary" TEXT,
    "eventId" TEXT
);

-- CreateTable
CREATE TABLE "agreement_party" (
    "agreementId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "countryCode"),
    CONSTRAINT "agreement_party_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "agreement_signatory" (
    "agreementId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "personId"),
    CONSTRAINT "agreement_signatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "agreement_date" (
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
    CONSTRAINT "agreement_date_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "agreement_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "agreement_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "indicator" (
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
    "basisNote" TEXT
);

-- CreateTable
CREATE TABLE "indicator_country" (
    "indicatorId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("indicatorId", "countryCode"),
    CONSTRAINT "indicator_country_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "indicator_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "indicator_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "person_name" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "folded" TEXT NOT NULL,
    CONSTRAINT "person_name_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "role" (
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
    CONSTRAINT "role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "role_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" INTEGER NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "role_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleAr" TEXT,
    "placeCountryCode" TEXT,
    "placeCityEn" TEXT,
    "placeCityAr" TEXT
);

-- CreateTable
CREATE TABLE "event_country" (
    "eventId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "countryCode"),
    CONSTRAINT "event_country_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "event_participant" (
    "eventId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "personId"),
    CONSTRAINT "event_participant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "event_date" (
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
    CONSTRAINT "event_date_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "event_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "event_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "document_source_ownerId_idx" ON "document_source"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "country_iso3_key" ON "country"("iso3");

-- CreateIndex
CREATE INDEX "country_name_folded_idx" ON "country_name"("folded");

-- CreateIndex
CREATE UNIQUE INDEX "country_name_countryCode_name_key" ON "country_name"("countryCode", "name");

-- CreateIndex
CREATE INDEX "country_source_ownerId_idx" ON "country_source"("ownerId");

-- CreateIndex
CREATE INDEX "agreement_kind_idx" ON "agreement"("kind");

-- CreateIndex
CREATE INDEX "agreement_party_countryCode_agreementId_idx" ON "agreement_party"("countryCode", "agreementId");

-- CreateIndex
CREATE INDEX "agreement_signatory_personId_idx" ON "agreement_signatory"("personId");

-- CreateIndex
CREATE INDEX "agreement_date_ownerId_idx" ON "agreement_date"("ownerId");

-- CreateIndex
CREATE INDEX "agreement_source_ownerId_idx" ON "agreement_source"("ownerId");

-- CreateIndex
CREATE INDEX "indicator_metric_year_idx" ON "indicator"("metric", "year");

-- CreateIndex
CREATE INDEX "indicator_country_countryCode_indicatorId_idx" ON "indicator_country"("countryCode", "indicatorId");

-- CreateIndex
CREATE INDEX "indicator_source_ownerId_idx" ON "indicator_source"("ownerId");

-- CreateIndex
CREATE INDEX "person_name_folded_idx" ON "person_name"("folded");

-- CreateIndex
CREATE UNIQUE INDEX "person_name_personId_name_key" ON "person_name"("personId", "name");

-- CreateIndex
CREATE INDEX "role_personId_idx" ON "role"("personId");

-- CreateIndex
CREATE INDEX "role_countryCode_kind_idx" ON "role"("countryCode", "kind");

-- CreateIndex
CREATE INDEX "role_source_ownerId_idx" ON "role_source"("ownerId");

-- CreateIndex
CREATE INDEX "event_country_countryCode_eventId_idx" ON "event_country"("countryCode", "eventId");

-- CreateIndex
CREATE INDEX "event_participant_personId_idx" ON "event_participant"("personId");

-- CreateIndex
CREATE INDEX "event_date_ownerId_idx" ON "event_date"("ownerId");

-- CreateIndex
CREATE INDEX "event_source_ownerId_idx" ON "event_source"("ownerId");

