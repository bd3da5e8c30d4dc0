// Prisma CLI config for the postgresql store. The JS engine makes generate and
// migrate diff work offline (see shared/PLATFORM.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "postgresql/schema.prisma",
  migrations: { path: "postgresql/migrations" },
  adapter: async () => {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
  },
});
