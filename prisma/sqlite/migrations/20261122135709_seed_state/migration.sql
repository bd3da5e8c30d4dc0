-- CreateTable
CREATE TABLE "seed_state" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "checksum" TEXT NOT NULL,
    "loadedAt" DATETIME NOT NULL,
    "counts" TEXT NOT NULL
);

