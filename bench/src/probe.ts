/**
 * Loaded with `node --require` into each subgraph process the benchmark starts (the built
 * services/<name>/dist/index.js, unchanged). It counts, in-process:
 *  - GraphQL requests, by wrapping ApolloServer.executeHTTPGraphQLRequest;
 *  - SQL statements, by wrapping the Prisma driver adapter's queryRaw/executeRaw: the
 *    calls Prisma reports as `query` events (what StatementCounter counts);
 * and answers GET /__bench/stats on the subgraph's own port. For the plan check it can
 * record request bodies with the SQL each one ran (POST /__bench/record?on=1|0, GET
 * /__bench/records); recording is meant for one request at a time.
 * Nothing else in the process changes. The bench compiles this file with esbuild.
 */
import http from "node:http";
import Module from "node:module";
import type { ProbeStats } from "./probe-types";

interface Recorded {
  /** The subgraph's name, where a process serves several (set by bench/src/experiments/all-subgraphs.ts). */
  subgraph?: string;
  body: unknown;
  statements: number;
  sql: string[];
}

const stats = { requests: 0, statements: 0 };
let recording = false;
let records: Recorded[] = [];
let sqlLog: string[] = [];

function onStatement(sql: string): void {
  stats.statements++;
  if (recording) sqlLog.push(sql);
}

interface Queryable {
  queryRaw(q: { sql: string }): Promise<unknown>;
  executeRaw(q: { sql: string }): Promise<unknown>;
  startTransaction?: (...args: unknown[]) => Promise<Queryable>;
}

function wrapQueryable<Q extends Queryable>(q: Q): Q {
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  q.queryRaw = (query) => {
    onStatement(query.sql);
    return queryRaw(query);
  };
  q.executeRaw = (query) => {
    onStatement(query.sql);
    return executeRaw(query);
  };
  const start = q.startTransaction?.bind(q);
  if (start) q.startTransaction = async (...args) => wrapQueryable(await start(...args));
  return q;
}

const patched = new WeakSet<object>();

/** Wraps every adapter a driver-adapter factory class connects. */
function patchAdapterFactory(factory: unknown): void {
  const proto = (factory as { prototype?: { connect?: () => Promise<Queryable> } } | undefined)?.prototype;
  if (!proto?.connect || patched.has(proto)) return;
  patched.add(proto);
  const connect = proto.connect;
  proto.connect = async function (this: unknown) {
    return wrapQueryable(await connect.call(this));
  };
}

type ExecuteHttp = (this: unknown, args: { httpGraphQLRequest: { method: string; body: unknown } }) => Promise<unknown>;

function patchApolloServer(apolloServer: unknown): void {
  const proto = (apolloServer as { prototype?: { executeHTTPGraphQLRequest?: ExecuteHttp } } | undefined)?.prototype;
  if (!proto?.executeHTTPGraphQLRequest || patched.has(proto)) return;
  patched.add(proto);
  const execute = proto.executeHTTPGraphQLRequest;
  proto.executeHTTPGraphQLRequest = async function (this: unknown, args) {
    stats.requests++;
    if (!recording) return execute.call(this, args);
    const before = sqlLog.length;
    const statementsBefore = stats.statements;
    try {
      return await execute.call(this, args);
    } finally {
      records.push({ subgraph: (this as { benchSubgraph?: string }).benchSubgraph, body: args.httpGraphQLRequest.body, statements: stats.statements - statementsBefore, sql: sqlLog.slice(before) });
    }
  };
}

const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const load = loader._load;
loader._load = function (request, parent, isMain) {
  const exports = load.call(this, request, parent, isMain) as Record<string, unknown>;
  if (request === "@apollo/server") patchApolloServer(exports.ApolloServer);
  else if (request === "@prisma/adapter-better-sqlite3") patchAdapterFactory(exports.PrismaBetterSQLite3);
  else if (request === "@prisma/adapter-pg") patchAdapterFactory(exports.PrismaPg);
  return exports;
};

function currentStats(): ProbeStats {
  const cpu = process.cpuUsage();
  return {
    pid: process.pid,
    requests: stats.requests,
    statements: stats.statements,
    rssBytes: process.memoryUsage.rss(),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    cpuUserMicros: cpu.user,
    cpuSystemMicros: cpu.system,
    heapTotalBytes: process.memoryUsage().heapTotal,
    externalBytes: process.memoryUsage().external,
  };
}

function answer(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://probe");
  let body: unknown;
  if (url.pathname === "/__bench/stats") body = currentStats();
  else if (url.pathname === "/__bench/record" && req.method === "POST") {
    recording = url.searchParams.get("on") === "1";
    if (recording) {
      records = [];
      sqlLog = [];
    }
    body = { recording };
  } else if (url.pathname === "/__bench/records") body = records;
  else {
    res.writeHead(404).end();
    return;
  }
  req.resume();
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
  if (event === "request") {
    const req = args[0] as http.IncomingMessage;
    if (req.url?.startsWith("/__bench/")) {
      answer(req, args[1] as http.ServerResponse);
      return true;
    }
  }
  return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
} as typeof http.Server.prototype.emit;
