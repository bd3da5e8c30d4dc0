/**
 * How an import reaches the service: through the gateway with an API key (npm run import,
 * a curator's or an operator's tool), or straight to the subgraphs with the subgraph
 * secret and a signed caller (npm start's seeding, which starts the subgraphs itself).
 */
import { CALLER_HEADER, type Caller, signCaller } from "@atlas/runtime/src/caller";
import { SUBGRAPH_SECRET_HEADER } from "@atlas/runtime/src/secret";
import { ImportError, type Transport } from "./import";

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post<T>(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>, timeoutMs: number): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new ImportError(`${url} could not be reached: ${(e as Error).message}`);
  }
  let body: GraphQLBody;
  try {
    body = (await res.json()) as GraphQLBody;
  } catch {
    throw new ImportError(`${url} answered HTTP ${res.status} without a GraphQL body`);
  }
  if (body.errors?.length) {
    const e = body.errors[0]!;
    throw new ImportError(`${String(e.extensions?.code ?? "ERROR")}: ${e.message}`, body.errors);
  }
  if (!body.data) throw new ImportError(`${url} answered HTTP ${res.status} without data`);
  return body.data as T;
}

/** Through the gateway: `Authorization: Bearer <key>` (a curator's key; upsertCountries needs an admin's). */
export function gatewayTransport(url: string, apiKey: string | undefined, timeoutMs = 120_000): Transport {
  const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  return { request: (_field, query, variables) => post(url, headers, query, variables, timeoutMs) };
}

/** Which subgraph owns a root field of the import. */
export function ownerOf(field: string): string {
  if (field === "beginImport" || field === "commitImport" || field === "addDocument") return "sources";
  if (field === "upsertCountries") return "countries";
  const m = /^(?:stage|apply)([A-Z][a-z]+)Import$/.exec(field);
  if (!m) throw new ImportError(`no subgraph owns ${field}`);
  return m[1]!.toLowerCase();
}

/** Straight to the subgraphs, as the gateway would call them. */
export function subgraphTransport(urls: Record<string, string>, secret: string, caller: Caller, timeoutMs = 120_000): Transport {
  const headers = { [SUBGRAPH_SECRET_HEADER]: secret, [CALLER_HEADER]: signCaller(caller, secret) };
  return {
    request: (field, query, variables) => {
      const url = urls[ownerOf(field)];
      if (!url) throw new ImportError(`the ${ownerOf(field)} subgraph is not running`);
      return post(url, headers, query, variables, timeoutMs);
    },
  };
}
