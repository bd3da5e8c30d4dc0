/**
 * GET /export/<dataset>.csv and .json: the analytics datasets over plain HTTP for BI
 * tools that do not speak GraphQL (docs/bi.md). Each request runs the dataset's fixed
 * GraphQL operation through the gateway (query planning, subgraph calls, limits), page by
 * page, never the database around it. GET only and read-only, so it needs no CSRF header.
 *
 * Paging is limit/offset over rows: `limit` 1..10000 (default 1000), `offset` from 0;
 * the answer says where the next page starts (JSON `page.next`, CSV `Link: rel="next"`).
 */
import type { ApolloServer } from "@apollo/server";
import { stringify } from "csv-stringify/sync";
import express, { type Request, type Response, type Router } from "express";
import type { GatewayContext } from "../data-source";
import { callerOfResponse } from "../keys";
import { DATASETS, datasetNamed, type Dataset, type Row } from "./datasets";
import { ExportError, FILTER_PARAMS, parseExportParams, type Filters, type Paging } from "./params";

/** GraphQL argument names of the operations, by the query parameter a client set. */
const PARAMETER_OF_ARGUMENT: Record<string, string> = {
  country: FILTER_PARAMS.country,
  partner: FILTER_PARAMS.pair,
  a: FILTER_PARAMS.pair,
  b: FILTER_PARAMS.pair,
  metric: FILTER_PARAMS.metric,
  yearFrom: FILTER_PARAMS.yearFrom,
  yearTo: FILTER_PARAMS.yearTo,
};

interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

type Run = (query: string, variables: Record<string, unknown>) => Promise<unknown>;

function runner(apollo: ApolloServer<GatewayContext>, res: Response): Run {
  const header = res.getHeader("x-request-id");
  // The same caller a POST /graphql would have: the subgraphs see who exports.
  const contextValue: GatewayContext = { ...(typeof header === "string" ? { requestId: header } : {}), caller: callerOfResponse(res) };
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
      // A partial answer would be a silently incomplete export: refuse it.
      throw new ExportError(502, code, `the export could not be completed: ${first.message}`);
    }
    return data;
  };
}

/** Rows offset .. offset+limit of the dataset, and whether more follow. */
async function readRows(dataset: Dataset, filters: Filters, paging: Paging, run: Run): Promise<{ rows: Row[]; more: boolean }> {
  const wanted = paging.offset + paging.limit;
  const rows: Row[] = [];
  let after: string | null = null;
  do {
    const step = dataset.step(filters, after);
    const page = step.read(await run(step.query, step.variables));
    rows.push(...page.rows);
    after = page.after;
  } while (after !== null && rows.length <= wanted);
  return { rows: rows.slice(paging.offset, wanted), more: rows.length > wanted };
}

function nextUrl(req: Request, paging: Paging): string {
  const url = new URL(req.originalUrl, "http://export.invalid");
  url.searchParams.set("offset", String(paging.offset + paging.limit));
  url.searchParams.set("limit", String(paging.limit));
  return `${url.pathname}${url.search}`;
}

function sendError(res: Response, e: unknown): void {
  if (e instanceof ExportError) {
    res.status(e.status).json({ error: { code: e.code, message: e.message, ...(e.parameter ? { parameter: e.parameter } : {}) } });
    return;
  }
  throw e;
}

const csvOptions = (dataset: Dataset, bom: boolean) => ({
  bom,
  header: true,
  columns: [...dataset.columns],
  // RFC 4180 line ends; Excel, Power BI and csv-parse all read them.
  record_delimiter: "windows" as const,
  // Text starting with = + - @ gets a leading ' so a spreadsheet never runs it as a formula.
  escape_formulas: true,
  cast: { boolean: (v: boolean) => (v ? "true" : "false") },
});

export function exportRouter(apollo: ApolloServer<GatewayContext>): Router {
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
      paging: "limit (1..10000, default 1000) and offset (from 0); page.next / Link rel=next give the next page",
    });
  });

  router.get("/export/:file", async (req, res, next) => {
    try {
      const m = /^([a-z_]+)\.(csv|json)$/.exec(req.params.file);
      const dataset = m ? datasetNamed(m[1]!) : undefined;
      if (!m || !dataset) {
        throw new ExportError(404, "NOT_FOUND", `no such export: ${req.params.file}; try ${DATASETS.map((d) => `${d.name}.csv or .json`).join(", ")}`);
      }
      const csv = m[2] === "csv";
      const { filters, paging, bom } = parseExportParams(req.query as Record<string, unknown>, dataset.filters, dataset.name, csv);
      const { rows, more } = await readRows(dataset, filters, paging, runner(apollo, res));
      const next = more ? nextUrl(req, paging) : null;
      res.setHeader("Cache-Control", "no-cache");
      if (next) res.setHeader("Link", `<${next}>; rel="next"`);
      if (csv) {
        res.setHeader("Content-Type", "text/csv; charset=utf-8; header=present");
        res.setHeader("Content-Disposition", `inline; filename="${dataset.name}.csv"`);
        res.send(stringify(rows, csvOptions(dataset, bom)));
      } else {
        res.json({ dataset: dataset.name, columns: dataset.columns, rows, page: { offset: paging.offset, limit: paging.limit, count: rows.length, next } });
      }
    } catch (e) {
      try {
        sendError(res, e);
      } catch (unexpected) {
        next(unexpected);
      }
    }
  });

  return router;
}
