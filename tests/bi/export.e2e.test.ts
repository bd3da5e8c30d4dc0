/**
 * GET /export/<dataset>.csv|json end to end: a plain HTTP client (fetch, no GraphQL, no
 * CSRF header) against the real gateway over every subgraph, the CSV parsed with
 * csv-parse, and every exported row compared with the same SQL view read directly.
 */
import BetterSqlite3 from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { Client } from "pg";
import { providerOf, type Database } from "@atlas/db";
import { DATASETS, type Dataset } from "@atlas/gateway/src/export/datasets";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";

type Row = Record<string, unknown>;

let db: Database;
let fed: Federation;
let base: string;

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db);
  base = fed.gatewayUrl.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
});

const get = (path: string): Promise<Response> => fetch(`${base}${path}`);

async function json(path: string): Promise<{ dataset: string; columns: string[]; rows: Row[]; page: { offset: number; limit: number; count: number; next: string | null; truncated: boolean } }> {
  const res = await get(path);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^application\/json; charset=utf-8/);
  return (await res.json()) as Awaited<ReturnType<typeof json>>;
}

/** The same rows straight from the SQL view, with the store's own driver. */
async function viewRows(dataset: Dataset): Promise<Row[]> {
  const url = process.env.DATABASE_URL!;
  if (providerOf(url) === "postgresql") {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(`SELECT * FROM analytics.${dataset.view}`)).rows as Row[];
    } finally {
      await c.end();
    }
  }
  const sqlite = new BetterSqlite3(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    // SQLite has no boolean type: the view says 0/1 where the export says false/true.
    return (sqlite.prepare(`SELECT * FROM analytics_${dataset.view}`).all() as Row[]).map((r) =>
      "signed_on_disputed" in r ? { ...r, signed_on_disputed: r.signed_on_disputed === 1 } : r,
    );
  } finally {
    sqlite.close();
  }
}

const keyOf = (r: Row): string => JSON.stringify([r.indicator_id ?? r.agreement_id ?? r.person_id, r.source_rank ?? r.party_code ?? r.role_rank]);
const byKey = (rows: Row[]): Row[] => [...rows].sort((x, y) => keyOf(x).localeCompare(keyOf(y)));

describe("CSV", () => {
  it("downloads the AZ–RU indicators as UTF-8 CSV with a BOM, parsed by csv-parse, the 2023 trade figure and its source intact", async () => {
    const res = await get("/export/indicators.csv?pair=AZ-RU");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    const rows = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
    const trade = rows.find((r) => r.indicator_id === "az-ru-trade-turnover-2023");
    expect(trade).toMatchObject({
      pair_id: "AZ-RU",
      metric: "TRADE_TURNOVER",
      kind: "ACTUAL",
      year: "2023",
      value: "4400000000",
      unit: "USD",
      change_percent: "17.5",
      source_document: "002_76e874a06d3d543b",
      source_start: "2883",
      source_end: "3120",
      source_claim: "Azerbaijan–Russia trade rose 17.5% last year to $4.4 billion; customs data at end-2023",
    });
    expect(trade!.source_publisher).toBe("عربي21 (Arabi21), translating a report by the Russian site NewsRu (نيوز ري)");
    // Quoted: the label holds a comma, the basis note Arabic and apostrophes.
    expect(trade!.label).toBe("Russia–Azerbaijan trade turnover in 2023, up 17.5% to $4.4 billion");
    expect(trade!.basis_note).toContain("'السنة الماضية' (last year)");
    expect(text).toContain('"Russia–Azerbaijan trade turnover in 2023, up 17.5% to $4.4 billion"');
    expect(text.split("\r\n")[0]).toBe("\ufeff" + DATASETS[0]!.columns.join(","));
  });

  it("keeps Arabic names intact in the agreements and roles exports", async () => {
    const agreements = parse(await (await get("/export/agreements.csv?country=RU")).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(agreements.filter((r) => r.party_code === "RU").map((r) => r.party_name_ar)).toContain("روسيا");
    const roles = parse(await (await get("/export/roles.csv?country=AZ")).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(roles).toContainEqual(expect.objectContaining({ person_id: "ilham-aliyev", person_name_ar: "إلهام علييف", country_name_ar: "أذربيجان" }));
  });

  it.each(DATASETS.map((d) => [d.name]))("%s.csv round-trips through csv-parse to exactly the JSON rows", async (name) => {
    const { rows, columns } = await json(`/export/${name}.json`);
    const csv = parse(await (await get(`/export/${name}.csv`)).text(), { bom: true, columns: true }) as Record<string, string>[];
    const asCsvCell = (v: unknown): string => {
      if (v === null || v === undefined) return "";
      const s = String(v);
      // The formula guard: text starting with = + - @ gets a leading apostrophe.
      return typeof v === "string" && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    };
    expect(csv).toEqual(rows.map((r) => Object.fromEntries(columns.map((c) => [c, asCsvCell(r[c])]))));
  });

  it("leaves the BOM out on request", async () => {
    const bytes = Buffer.from(await (await get("/export/roles.csv?bom=false&limit=1")).arrayBuffer());
    expect(bytes.subarray(0, 9).toString("utf8")).toBe("person_id");
  });
});

describe("JSON and the SQL views agree", () => {
  it.each(DATASETS.map((d) => [d.name, d]))("%s: every exported row equals the view's row", async (_name, dataset) => {
    const { rows, columns, page } = await json(`/export/${dataset.name}.json?limit=10000`);
    expect(columns).toEqual([...dataset.columns]);
    expect(page.next).toBeNull();
    expect(rows.length).toBeGreaterThan(10);
    expect(byKey(rows)).toEqual(byKey(await viewRows(dataset)));
  });
});

describe("filters", () => {
  it("metric and year range", async () => {
    const { rows } = await json("/export/indicators.json?metric=trade_turnover&year_from=2023&year_to=2023");
    expect(rows.map((r) => [r.indicator_id, r.value, r.unit, r.year])).toEqual([["az-ru-trade-turnover-2023", 4400000000, "USD", 2023]]);
  });

  it("country keeps indicators about that country; pair those about both (either order)", async () => {
    const all = (await json("/export/indicators.json")).rows;
    const kz = (await json("/export/indicators.json?country=kz")).rows;
    expect(kz.length).toBeGreaterThan(0);
    expect(kz).toEqual(all.filter((r) => String(r.countries).split(";").includes("KZ")));
    const pair = (await json("/export/indicators.json?pair=RU,AZ")).rows;
    expect(pair.map((r) => r.indicator_id)).toEqual(["az-by-ir-kz-ru-tr-uz-eurasian-economy-population", "az-ru-trade-rank-2023", "az-ru-trade-turnover-2023"]);
  });

  it("pair on agreements keeps those both are party to, with every party row", async () => {
    const { rows } = await json("/export/agreements.json?pair=AZ-RU");
    const ids = [...new Set(rows.map((r) => r.agreement_id))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const parties = rows.filter((r) => r.agreement_id === id).map((r) => r.party_code);
      expect(parties).toEqual(expect.arrayContaining(["AZ", "RU"]));
      expect(parties).toHaveLength(rows.find((r) => r.agreement_id === id)!.party_count as number);
    }
  });

  it("year range on agreements uses the earliest claimed signing year", async () => {
    const { rows } = await json("/export/agreements.json?year_from=2024&year_to=2024");
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.signed_year))).toEqual(new Set([2024]));
  });

  it("roles: country keeps roles serving it; pair keeps the roles of the people involved", async () => {
    const az = (await json("/export/roles.json?country=AZ")).rows;
    expect(az.length).toBeGreaterThan(0);
    expect(new Set(az.map((r) => r.country_code))).toEqual(new Set(["AZ"]));
    const pair = (await json("/export/roles.json?pair=AZ-RU")).rows;
    expect(pair.map((r) => r.person_id)).toEqual(expect.arrayContaining(["ilham-aliyev", "vladimir-putin"]));
  });
});

describe("paging", () => {
  it("pages concatenate to the whole export, with next links in JSON and in the CSV Link header", async () => {
    const whole = (await json("/export/agreements.json")).rows;
    const pages: Row[] = [];
    let path: string | null = "/export/agreements.json?limit=7";
    let calls = 0;
    while (path) {
      const page: Awaited<ReturnType<typeof json>> = await json(path);
      expect(page.page.count).toBe(page.rows.length);
      expect(page.page.offset).toBe(pages.length);
      pages.push(...page.rows);
      path = page.page.next;
      calls++;
    }
    expect(calls).toBe(Math.ceil(whole.length / 7));
    expect(pages).toEqual(whole);

    // An offset still starts a page; the next one goes on by cursor.
    const csv = await get("/export/agreements.csv?limit=7&offset=7");
    const link = /^<(\/export\/agreements\.csv\?limit=7&after=[A-Za-z0-9_.-]+)>; rel="next"$/.exec(csv.headers.get("link") ?? "")?.[1];
    expect(link).toBeDefined();
    const rows = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.agreement_id, r.party_code])).toEqual(whole.slice(7, 14).map((r) => [r.agreement_id, r.party_code]));
    const after = parse(await (await get(link!)).text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(after.map((r) => [r.agreement_id, r.party_code])).toEqual(whole.slice(14, 21).map((r) => [r.agreement_id, r.party_code]));
  });

  it("an offset past the end gives an empty page; one past 10000 is refused, pointing to page.next", async () => {
    const page = await json("/export/indicators.json?offset=10000");
    expect(page.rows).toEqual([]);
    expect(page.page.next).toBeNull();
    const res = await get("/export/indicators.json?offset=10001");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({ code: "OFFSET_TOO_LARGE", parameter: "offset", message: expect.stringMatching(/page\.next/) });
  });
});

describe("bad requests", () => {
  it.each([
    ["/export/indicators.csv?country=AZE", "country"],
    ["/export/indicators.json?pair=AZ", "pair"],
    ["/export/indicators.json?pair=AZ-AZ", "pair"],
    ["/export/indicators.json?pair=AZ-RU&country=AZ", "pair"],
    ["/export/indicators.json?year_from=twenty", "year_from"],
    ["/export/indicators.json?year_from=1700", "year_from"],
    ["/export/indicators.json?year_from=2025&year_to=2020", "year_to"],
    ["/export/indicators.json?metric=TRADE%20TURNOVER", "metric"],
    ["/export/agreements.csv?metric=TRADE_TURNOVER", "metric"],
    ["/export/indicators.csv?limit=0", "limit"],
    ["/export/indicators.csv?limit=10001", "limit"],
    ["/export/indicators.csv?offset=-1", "offset"],
    ["/export/indicators.csv?country=AZ&country=RU", "country"],
    ["/export/indicators.csv?contry=AZ", "contry"],
    ["/export/indicators.json?bom=1", "bom"],
    ["/export/indicators.json?after=nonsense", "after"],
  ])("%s is HTTP 400 naming %s", async (path, parameter) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: { code: string; parameter: string; message: string } };
    expect(body.error).toMatchObject({ code: "BAD_PARAMETER", parameter, message: expect.stringContaining(parameter) });
  });

  it("an unknown dataset is 404 listing the datasets", async () => {
    const res = await get("/export/treaties.csv");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/indicators\.csv/);
  });

  it("lists the datasets with their columns, filters and views at /export", async () => {
    const res = await get("/export");
    const body = (await res.json()) as { datasets: { name: string; columns: string[]; view: { postgresql: string; sqlite: string } }[] };
    expect(body.datasets.map((d) => [d.name, d.view])).toEqual([
      ["indicators", { postgresql: "analytics.indicator_observations", sqlite: "analytics_indicator_observations" }],
      ["agreements", { postgresql: "analytics.agreement_parties", sqlite: "analytics_agreement_parties" }],
      ["roles", { postgresql: "analytics.roles", sqlite: "analytics_roles" }],
    ]);
  });
});

describe("through the gateway, not around it", () => {
  it("an export needing a subgraph that is down fails with 502 naming it, instead of a silently partial file", async () => {
    await fed.stopSubgraph("indicators");
    const res = await get("/export/indicators.csv");
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", message: expect.stringMatching(/indicators subgraph/) });
    // The other datasets do not need it.
    expect((await get("/export/roles.csv?country=AZ")).status).toBe(200);
  });
});
