-- Issue 13: trade flows, what one country supplies to another or does in it, as an article says it
-- without a number (goods, energy, arms, companies). New tables only: no analytics view reads them.
-- CreateTable
CREATE TABLE "trade_flow" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromCode" TEXT NOT NULL,
    "toCode" TEXT,
    "toRegion" TEXT,
    "items" TEXT NOT NULL DEFAULT '[]',
    "companies" TEXT NOT NULL DEFAULT '[]',
    "label" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retractedAt" TIMESTAMP(3),
    "retractedBy" TEXT,
    "retractReason" TEXT,

    CONSTRAINT "trade_flow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trade_flow_source" (
    "id" SERIAL NOT NULL,
    "ownerId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "addedBy" TEXT NOT NULL DEFAULT 'import:seed',
    "retractedAt" TIMESTAMP(3),
    "retractedBy" TEXT,
    "retractReason" TEXT,

    CONSTRAINT "trade_flow_source_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "trade_flow_fromCode_idx" ON "trade_flow"("fromCode");

-- CreateIndex
CREATE INDEX "trade_flow_toCode_idx" ON "trade_flow"("toCode");

-- CreateIndex
CREATE INDEX "trade_flow_source_ownerId_idx" ON "trade_flow_source"("ownerId");

-- AddForeignKey
ALTER TABLE "trade_flow_source" ADD CONSTRAINT "trade_flow_source_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "trade_flow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

