-- CreateTable
CREATE TABLE "corridor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAr" TEXT,
    "status" TEXT NOT NULL,
    "summary" TEXT
);

-- CreateTable
CREATE TABLE "corridor_name" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "corridorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "folded" TEXT NOT NULL,
    CONSTRAINT "corridor_name_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "corridor_country" (
    "corridorId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("corridorId", "countryCode"),
    CONSTRAINT "corridor_country_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "corridor_date" (
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
    CONSTRAINT "corridor_date_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "corridor_source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "corridor_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "corridor_name_folded_idx" ON "corridor_name"("folded");

-- CreateIndex
CREATE UNIQUE INDEX "corridor_name_corridorId_name_key" ON "corridor_name"("corridorId", "name");

-- CreateIndex
CREATE INDEX "corridor_country_countryCode_corridorId_idx" ON "corridor_country"("countryCode", "corridorId");

-- CreateIndex
CREATE INDEX "corridor_date_ownerId_idx" ON "corridor_date"("ownerId");

-- CreateIndex
CREATE INDEX "corridor_source_ownerId_idx" ON "corridor_source"("ownerId");

