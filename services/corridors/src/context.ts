import type { Database } from "@atlas/db";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  db: Database;
  loaders: Loaders;
}

export const createContext = (db: Database) => async (): Promise<Context> => ({ db, loaders: createLoaders(db.prisma) });
