export { createDb, Prisma, StatementCounter, type Database, type DatabaseOptions, type PrismaDb } from "./client";
export { migrate, readMigrations, type MigrateResult } from "./migrate";
export { defaultDatabaseUrl, repoRoot } from "./paths";
export { providerOf, type Provider } from "./provider";
export type * from "./rows";
export { AbandonedRequestError, checkWanted, whileWanted } from "./abandon";
