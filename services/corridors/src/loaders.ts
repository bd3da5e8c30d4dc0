import type { PrismaDb } from "@atlas/db";

/**
 * The corridors subgraph's DataLoaders, built once per request (context.ts). Add one per
 * lookup of related rows: one batched statement per load, results in key order
 * (byKey / groupByKey from @atlas/runtime).
 */
export function createLoaders(_prisma: PrismaDb) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
