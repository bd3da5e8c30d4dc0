-- CreateTable
CREATE TABLE "seed_state" (
    "id" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL,
    "counts" TEXT NOT NULL,

    CONSTRAINT "seed_state_pkey" PRIMARY KEY ("id")
);

