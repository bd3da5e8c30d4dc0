/**
 * GET /export/<dataset>.csv and .json: the analytics datasets over plain HTTP for BI
 * tools that do not speak GraphQL (docs/bi.md). Each request runs the dataset's fixed
 * GraphQL operation through the gateway (query planning, subgraph calls, limits), page by
 * page, never the database around it. GET only and read-only, so it needs no CSRF header.
 *
 * Paging is by cursor: the answer says where the next page starts (JSON `page.next`, CSV
 * `Link: rel="next"`, a URL with `after=<cursor>`), and that page reads on from there.
 * `limit` is 1..10000 (default 1000); `offset` (at most MAX_OFFSET) still works for the
 * first pages. Each request's GraphQL calls are bounded by the rows it reads (pages.ts),
 * and stop when the client goes away.
 */
import type { ApolloServer } from "@apollo/server";
import express, { type Request, type Response, type Router } from "express";
import type { GatewayContext } from "../data-source";
import { callerOfResponse } from "../keys";
import { decodeCursor, encodeCursor, type Position } from "./cursor";
import { toCsv } from "./csv";
import { DATASETS, datasetNamed } from "./datasets";
import { ClientGone, readPage, type Run } from "./pages";
import { ExportError, FILTER_PARAMS, MAX_LIMIT, MAX_OFFSET, parseExportParams } from "./params";

/** GraphQL argument names of the operations, by the query parameter a client set. */
const PARAMETER_OF_ARGUMENT: Record<string, string> = {
  country: FILTER_PARAMS.country,
  partner: FILTER_PARAMS.pair,
  a: FILTER_PARAMS.pair,
  b: FILTER_PARAMS.pair,
  metric: FILTER_PARAMS.metric,
  yearFrom: FILTER_PARAMS.yearFrom,
  yearTo: FILTER_PARAMS.yearTo,
  // The subgraph refused the connection cursor inside an export cursor.
  after: "after",
};

interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

function runner(apollo: ApolloServer<GatewayContext>, res: Response, requestTimeoutMs: number): Run {
  const header = res.getHeader("x-request-id");
  // The same caller a POST /graphql would have: the subgraphs see who exports. One deadline for the whole export request.
  const contextValue: GatewayContext = {
    ...(typeof header === "string" ? { requestId: header } : {}),
    caller: callerOfResponse(res),
    deadline: Date.now() + requestTimeoutMs,
  };
  return async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new ExportError(502, "UNEXPECTED_RESPONSE", "the gateway answered with an incremental result");
    const { data, errors } = response.body.singleResult as { data?: unknown; errors?: readonly GraphQLErrorShape[] };
    const first = errors?.[0];
    if (first) {
      const code = String(first.extensions?.code ?? "INTERNAL_SERVER_ERROR");
      if (code === "BAD_USER_INPUT") {
        const argument = String(first.extensions?.argumentName ?? "");
        throw new ExportError(400, "BAD_PARAMETER", first.message, PARAMETER_OF_ARGUMENT[argument]);
      }
      if (code === "DEADLINE_EXCEEDED") throw new ExportError(504, code, `the export ran out of time (${requestTimeoutMs} ms); ask for a smaller page (limit) and follow page.next`);
      // A partial answer would be a silently incomplete export: refuse it.
      throw new ExportError(502, code, `the export could not be completed: ${first.message}`);
    }
    return data;
  };
}

/** The URL of the page at `next`: the request's own, with the cursor instead of any offset. */
function nextUrl(req: Request, cursor: string): string {
  const url = new URL(req.originalUrl, "http://export.invalid");
  url.searchParams.delete("offset");
  url.searchParams.set("after", cursor);
  return `${url.pathname}${url.search}`;
}

function sendError(res: Response, e: unknown): void {
  if (e instanceof ExportError) {
    res.status(e.status).json({ error: { code: e.code, message: e.message, ...(e.parameter ? { parameter: e.parameter } : {}) } });
    return;
  }
  throw e;
}

/** `requestTimeoutMs`: the time one export request has, all its pages together (GATEWAY_REQUEST_TIMEOUT_MS). */
export function exportRouter(apollo: ApolloServer<GatewayContext>, options: { requestTimeoutMs: number } = { requestTimeoutMs: 10_000 }): Router {
  const router = express.Router();

  router.get("/export", (_req, res) => {
    res.json({
      datasets: DATASETS.map((d) => ({
        name: d.name,
        description: d.description,
        csv: `/export/${d.name}.csv`,
        json: `/export/${d.name}.json`,
        view: { postgresql: `analytics.${d.view}`, sqlite: `analytics_${d.view}` },
        filters: d.filters.map((f) => FILTER_PARAMS[f]),
        columns: d.columns,
      })),
      paging: `limit (1..${MAX_LIMIT}, default 1000); page.next / Link rel=next give the next page (after=<cursor>); offset (0..${MAX_OFFSET}) for the first pages only`,
    });
  });

  router.get("/export/:file", async (req, res, next) => {
    // A client that goes away stops the export before its next GraphQL call ('close' before the answer is written).
    const gone = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) gone.abort();
    });
    try {
      const m = /^([a-z_]+)\.(csv|json)$/.exec(req.params.file);
      const dataset = m ? datasetNamed(m[1]!) : undefined;
      if (!m || !dataset) {
        throw new ExportError(404, "NOT_FOUND", `no such export: ${req.params.file}; try ${DATASETS.map((d) => `${d.name}.csv or .json`).join(", ")}`);
      }
      const csv = m[2] === "csv";
      const { filters, paging, bom } = parseExportParams(req.query as Record<string, unknown>, dataset.filters, dataset.name, csv);
      const start: Position = paging.after !== undefined ? decodeCursor(dataset.name, filters, paging.after) : { after: null, skip: 0, drop: paging.offset, index: 0 };
      const page = await readPage(dataset, filters, start, paging.limit, runner(apollo, res, options.requestTimeoutMs), gone.signal);
      if (gone.signal.aborted) return;
      const next = page.next ? nextUrl(req, encodeCursor(dataset.name, filters, page.next)) : null;
      res.setHeader("Cache-Control", "no-cache");
      if (next) res.setHeader("Link", `<${next}>; rel="next"`);
      if (page.truncated) res.setHeader("Export-Truncated", "true");
      if (csv) {
        res.setHeader("Content-Type", "text/csv; charset=utf-8; header=present");
        res.setHeader("Content-Disposition", `inline; filename="${dataset.name}.csv"`);
        res.send(toCsv(dataset.columns, page.rows, bom));
      } else {
        res.json({
          dataset: dataset.name,
          columns: dataset.columns,
          rows: page.rows,
          page: { offset: start.index + start.drop, limit: paging.limit, count: page.rows.length, next, truncated: page.truncated },
        });
      }
    } catch (e) {
      if (e instanceof ClientGone || gone.signal.aborted) return; // nobody to answer
      try {
        sendError(res, e);
      } catch (unexpected) {
        next(unexpected);
      }
    }
  });

  return router;
}
