/**
 * A request's deadline, honoured by the subgraph: the gateway sends the time it has left
 * (`x-atlas-deadline-ms`), and a subgraph abandons the request when that time has passed
 * or when the gateway closes the connection (it gave up: deadline, timeout, client gone).
 * An abandoned request sends no more SQL (@atlas/db whileWanted).
 *
 * And a bound on one `_entities` call: the gateway batches representations per fetch;
 * more than `SUBGRAPH_MAX_REPRESENTATIONS` in one call is refused before any resolver runs.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { whileWanted } from "@atlas/db";
import type { RequestHandler } from "express";
import { GraphQLError, Kind } from "graphql";

export const DEADLINE_HEADER = "x-atlas-deadline-ms";
/** The longest deadline a subgraph accepts from the header; more is treated as this. */
const MAX_DEADLINE_MS = 10 * 60_000;

/** The milliseconds a request has left, from the header; undefined when absent or malformed. */
export function deadlineOf(header: string | string[] | undefined): number | undefined {
  if (typeof header !== "string" || !/^\d{1,9}$/.test(header)) return undefined;
  return Math.min(Number(header), MAX_DEADLINE_MS);
}

/**
 * Runs the rest of the request under an AbortSignal that fires when its deadline passes
 * or the connection closes before the answer is sent. Goes after body parsing (the
 * body's stream events do not carry the async context).
 */
export const abandonWhenGone: RequestHandler = (req, res, next) => {
  const controller = new AbortController();
  const ms = deadlineOf(req.headers[DEADLINE_HEADER]);
  // 0: the time had run out when the gateway sent it (the gateway itself never sends that).
  if (ms === 0) controller.abort(new Error("its deadline had passed"));
  const timer = ms === undefined || ms === 0 ? undefined : setTimeout(() => controller.abort(new Error(`its deadline of ${ms} ms passed`)), ms);
  timer?.unref();
  res.once("close", () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new Error("the gateway closed the connection"));
  });
  whileWanted(controller.signal, next);
};

export const ENTITY_LIMIT_CODE = "TOO_MANY_REPRESENTATIONS";

/** How many representations an operation passes to `_entities`, literal or in variables. */
export function representationCount(document: { definitions: readonly unknown[] }, variables: Record<string, unknown> | undefined): number {
  let count = 0;
  for (const def of document.definitions as { kind: string; selectionSet?: { selections: readonly unknown[] } }[]) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const sel of def.selectionSet!.selections as { kind: string; name?: { value: string }; arguments?: readonly { name: { value: string }; value: { kind: string; values?: unknown[]; name?: { value: string } } }[] }[]) {
      if (sel.kind !== Kind.FIELD || sel.name?.value !== "_entities") continue;
      const arg = sel.arguments?.find((a) => a.name.value === "representations")?.value;
      if (arg?.kind === Kind.LIST) count += arg.values!.length;
      else if (arg?.kind === Kind.VARIABLE) {
        const value = variables?.[arg.name!.value];
        count += Array.isArray(value) ? value.length : 1;
      }
    }
  }
  return count;
}

/** Refuses an `_entities` call with more than `max` representations: HTTP 400 TOO_MANY_REPRESENTATIONS. */
export function entityLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const n = representationCount(document, request.variables);
          if (n > max) {
            throw new GraphQLError(`_entities was given ${n} representations; this subgraph takes at most ${max} in one call.`, {
              extensions: { code: ENTITY_LIMIT_CODE, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
