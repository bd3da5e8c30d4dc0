/**
 * System D as a process: POST /graphql with the deep profile's variables {a, b} answers
 * {"data": {"bilateral": …}} (the query text itself is not interpreted: this server
 * answers one operation). GET /__bench/stats reports requests and SQL statements in the
 * probe's shape. Store: DATABASE_URL; port: PORT.
 */
import http from "node:http";
import { createDb } from "@atlas/db";
import type { ProbeStats } from "../probe-types";
import { BaselineInputError, bilateralProfile } from "./profile";

const db = createDb(process.env.DATABASE_URL);
let requests = 0;

function stats(): ProbeStats {
  const cpu = process.cpuUsage();
  return {
    pid: process.pid,
    requests,
    statements: db.statements.total,
    rssBytes: process.memoryUsage.rss(),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    cpuUserMicros: cpu.user,
    cpuSystemMicros: cpu.system,
    heapTotalBytes: process.memoryUsage().heapTotal,
    externalBytes: process.memoryUsage().external,
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
}

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/__bench/stats") return send(res, 200, stats());
  if (req.method !== "POST" || !req.url?.startsWith("/graphql")) return send(res, 404, { errors: [{ message: "not found" }] });
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    requests++;
    let variables: { a?: unknown; b?: unknown } = {};
    try {
      variables = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { variables?: typeof variables }).variables ?? {};
    } catch {
      return send(res, 400, { errors: [{ message: "body must be JSON" }] });
    }
    bilateralProfile(db.prisma, String(variables.a ?? ""), String(variables.b ?? ""))
      .then((bilateral) => send(res, 200, { data: { bilateral } }))
      .catch((e: unknown) => send(res, e instanceof BaselineInputError ? 400 : 500, { errors: [{ message: (e as Error).message }] }));
  });
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const addr = server.address();
  console.log(`baseline ready on ${typeof addr === "object" && addr ? addr.port : "?"}`);
});
const stop = (): void => {
  server.close();
  void db.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
