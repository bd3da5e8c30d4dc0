/**
 * For tests of outgoing calls: a GraphQL endpoint to call, and whether something of the request
 * scope a call ran in is still held once it is over (a timer left running keeps the async context
 * it was made in, with a traced request's spans).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { enterScope } from "@atlas/db/src/scope";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * Runs `call` in a request scope holding an object of its own, then collects garbage once, before
 * any finalizer has run (AbortSignal.timeout's timer was let go only by its signal's finalizer, or
 * when it fired), and says whether that object is still alive.
 */
export async function scopeOutlivesCall(call: () => Promise<void>): Promise<boolean> {
  const held = await enterScope({ requestId: "r-1" }, async () => {
    const marker = { span: "what a traced request's context holds" };
    const ref = new WeakRef(marker);
    await enterScope({ requestId: "r-1", otel: marker }, call);
    return ref;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  return held.deref() !== undefined;
}

/** A GraphQL endpoint on 127.0.0.1 served by `handler` (the request's body is read first). */
export async function graphqlServer(handler: (res: http.ServerResponse) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => handler(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
