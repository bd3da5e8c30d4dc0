/**
 * Compares the client-facing API of two supergraphs with @graphql-inspector/core
 * (a well-kept differ that classifies every change as BREAKING, DANGEROUS or
 * NON_BREAKING) and explains the result in plain lines.
 */
import { Supergraph } from "@apollo/federation-internals";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";
import type { GraphQLSchema } from "graphql";

export interface SchemaCheck {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

/** The schema clients see: the supergraph without join__/link__ machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export async function checkSchema(committedSupergraph: string, nextSupergraph: string): Promise<SchemaCheck> {
  const changes = await diff(apiSchemaOf(committedSupergraph), apiSchemaOf(nextSupergraph));
  return {
    breaking: changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}

export function report(check: SchemaCheck): string {
  const section = (title: string, list: Change[]): string[] =>
    list.length ? [`${title} (${list.length}):`, ...list.map((c) => `  - ${c.message}${c.path ? `  [${c.path}]` : ""}${c.criticality.reason ? `\n      ${c.criticality.reason}` : ""}`)] : [];
  const lines = [...section("BREAKING", check.breaking), ...section("Dangerous", check.dangerous), ...section("Safe", check.safe)];
  return lines.length ? lines.join("\n") : "No changes to the API schema.";
}
