/**
 * The change the benchmark recommends for gateway/src/data-source.ts, tried here without
 * touching the gateway: send each distinct entity representation once per `_entities`
 * call and give every duplicate the same answer. @apollo/gateway 2.14 sends one
 * representation per occurrence (a profile of 200 agreements sends the parties' 2 country
 * codes about 440 times); Hive Gateway deduplicates them.
 */
import type { RemoteGraphQLDataSource } from "@apollo/gateway";

type Process = RemoteGraphQLDataSource["process"];
type Response = Awaited<ReturnType<Process>>;

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
export function expand(response: Response, slot: readonly number[]): Response {
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

/** Wraps a data source class's `process` so that every `_entities` call sends distinct representations only. */
export function dedupeRepresentations(proto: { process: Process }): void {
  const process = proto.process;
  proto.process = async function (this: RemoteGraphQLDataSource, options) {
    const representations = options.request.variables?.representations;
    if (!Array.isArray(representations) || representations.length < 2) return process.call(this, options);
    const { unique, slot } = distinct(representations);
    if (unique.length === representations.length) return process.call(this, options);
    const request = { ...options.request, variables: { ...options.request.variables, representations: unique } };
    return expand(await process.call(this, { ...options, request }), slot);
  };
}
