/**
 * The subgraphs the gateway composes, from services/subgraphs.json (the registry the
 * scaffold appends to). Each one's port can be moved with <NAME>_PORT and its URL
 * replaced with <NAME>_URL (upper case).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@atlas/db";
import { parse, type DocumentNode } from "graphql";

export const servicesDir = join(repoRoot, "services");

export interface SubgraphEntry {
  name: string;
  port: number;
}

export function readRegistry(): SubgraphEntry[] {
  return JSON.parse(readFileSync(join(servicesDir, "subgraphs.json"), "utf8")) as SubgraphEntry[];
}

export const envName = (name: string): string => name.toUpperCase().replace(/-/g, "_");

export function subgraphPort(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[`${envName(entry.name)}_PORT`];
  return raw ? Number(raw) : entry.port;
}

export function subgraphUrl(entry: SubgraphEntry, env: NodeJS.ProcessEnv = process.env): string {
  return env[`${envName(entry.name)}_URL`] ?? `http://127.0.0.1:${subgraphPort(entry, env)}/graphql`;
}

export function readSubgraphSdl(name: string): DocumentNode {
  return parse(readFileSync(join(servicesDir, name, "src", "schema.graphql"), "utf8"));
}
