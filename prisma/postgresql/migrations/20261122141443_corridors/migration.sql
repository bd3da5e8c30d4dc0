-- CreateTable
CREATE TABLE "corridor" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAr" TEXT,
    "status" TEXT NOT NULL,
    "summary" TEXT,

    CONSTRAINT "corridor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corridor_name" (
    "id" SERIAL NOT NULL,
    "corridorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "folded" TEXT NOT NULL,

    CONSTRAINT "corridor_name_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corridor_country" (
    "corridorId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "corridor_country_pkey" PRIMARY KEY ("corridorId","countryCode")
);

-- CreateTable
CREATE TABLE "corridor_date" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "corridor_date_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corridor_source" (
    "id" SERIAL NOT NULL,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "corridor_source_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "corridor_name" ADD CONSTRAINT "corridor_name_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "corridor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corridor_country" ADD CONSTRAINT "corridor_country_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "corridor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corridor_date" ADD CONSTRAINT "corridor_date_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "corridor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corridor_source" ADD CONSTRAINT "corridor_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "corridor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

