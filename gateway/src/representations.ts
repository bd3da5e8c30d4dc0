/**
 * Each distinct entity representation is sent to a subgraph once per `_entities` call, and
 * every duplicate gets the same answer back. @apollo/gateway 2.14 sends one representation
 * per occurrence: a profile of 200 agreements asks the countries subgraph for the parties'
 * two country codes about 440 times, and the sources subgraph for the same few articles once
 * per citation. Hive Gateway and Apollo Router deduplicate; the benchmark measured what it
 * saves (docs/performance.md).
 *
 * Duplicates share the answer's objects. The gateway merges an answer into each entity that
 * asked and later fetches merge into those objects again: with equal representations the
 * answers are equal, so merging the same fields twice into one object changes nothing.
 */
import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";

/** What a data source's call resolves with. */
export type Answer = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

/** Maps each representation to its first equal one: the distinct list and, per original index, its index in it. */
export function distinct(representations: readonly unknown[]): { unique: unknown[]; slot: number[] } {
  const index = new Map<string, number>();
  const unique: unknown[] = [];
  const slot = representations.map((r) => {
    const key = JSON.stringify(r);
    let i = index.get(key);
    if (i === undefined) {
      i = unique.length;
      index.set(key, i);
      unique.push(r);
    }
    return i;
  });
  return { unique, slot };
}

/** Expands an answer to the distinct representations back to one entry (and error) per original one. */
export function expand(response: Answer, slot: readonly number[]): Answer {
  const data = response.data as { _entities?: unknown[] } | null | undefined;
  const entities = data?._entities;
  if (data && Array.isArray(entities)) data._entities = slot.map((i) => entities[i]);
  if (response.errors) {
    response.errors = response.errors.flatMap((e) => {
      const path = e.path;
      if (!path || path[0] !== "_entities" || typeof path[1] !== "number") return [e];
      return slot.flatMap((s, original) => (s === path[1] ? [{ ...e, path: ["_entities", original, ...path.slice(2)] }] : []));
    });
  }
  return response;
}

/** The call with its representations made distinct, and a way back to the answer the gateway expects; undefined when there is nothing to remove. */
export function withDistinctRepresentations<C extends object>(
  options: GraphQLDataSourceProcessOptions<C>,
): { options: GraphQLDataSourceProcessOptions<C>; restore(answer: Answer): Answer } | undefined {
  const representations = options.request.variables?.representations;
  if (!Array.isArray(representations) || representations.length < 2) return undefined;
  const { unique, slot } = distinct(representations);
  if (unique.length === representations.length) return undefined;
  const request = { ...options.request, variables: { ...options.request.variables, representations: unique } };
  return { options: { ...options, request }, restore: (answer) => expand(answer, slot) };
}
