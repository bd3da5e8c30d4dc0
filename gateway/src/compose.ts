import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import type { DocumentNode } from "graphql";
import { readRegistry, readSubgraphSdl } from "@atlas/runtime/src/registry";

export const supergraphPath = join(__dirname, "supergraph.graphql");

export interface SubgraphInput {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/** The registered subgraphs with their SDL and their default URLs (what the committed supergraph records). */
export function registeredSubgraphs(): SubgraphInput[] {
  return readRegistry().map((s) => ({ name: s.name, url: `http://127.0.0.1:${s.port}/graphql`, typeDefs: readSubgraphSdl(s.name) }));
}

/**
 * The access-control features the subgraphs declare (@authenticated, @requiresScopes).
 * Composition links them `for: SECURITY`, which tells a router to refuse the supergraph
 * unless it enforces them; @apollo/gateway enforces neither, so it would refuse to start.
 * Here the subgraphs enforce them (each checks the caller the gateway signs, see
 * packages/runtime/src/caller.ts), so the links are kept as documentation without `for:`.
 */
const SUBGRAPH_ENFORCED = ["https://specs.apollo.dev/authenticated/", "https://specs.apollo.dev/requiresScopes/"];

export function withSubgraphEnforcedSecurity(supergraphSdl: string): string {
  return supergraphSdl.replace(/@link\(url: "([^"]+)", for: SECURITY\)/g, (link, url: string) =>
    SUBGRAPH_ENFORCED.some((prefix) => url.startsWith(prefix)) ? `@link(url: "${url}")` : link,
  );
}

/** Composes a supergraph; throws one error listing every composition error. */
export function compose(subgraphs: SubgraphInput[] = registeredSubgraphs()): string {
  const result = composeServices(subgraphs);
  if (result.errors?.length || !result.supergraphSdl) {
    const lines = (result.errors ?? []).map((e) => `- ${e.message}`);
    throw new Error(`composition failed:\n${lines.join("\n")}`);
  }
  return withSubgraphEnforcedSecurity(result.supergraphSdl);
}

export function readCommittedSupergraph(): string {
  return readFileSync(supergraphPath, "utf8");
}
