import { ENTITIES, useSubgraph } from "@atlas/tests/support/subgraph";
import * as subgraph from "../server";

const { run, store } = useSubgraph(subgraph);

describe("countries subgraph", () => {
  it("resolves Country and Bilateral references in order, null for unknown keys", async () => {
    const r = await run(
      `${ENTITIES} fragment F on _Entity { ... on Country { code iso3 name ar: name(lang: AR) } ... on Bilateral { id countries { code } } }`,
      {
        representations: [
          { __typename: "Country", code: "RU" },
          { __typename: "Bilateral", id: "AZ-KZ" },
          { __typename: "Country", code: "ZZ" },
          { __typename: "Country", code: "AZ" },
        ],
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?._entities).toEqual([
      { __typename: "Country", code: "RU", iso3: "RUS", name: "Russia", ar: "روسيا" },
      { __typename: "Bilateral", id: "AZ-KZ", countries: [{ code: "AZ" }, { code: "KZ" }] },
      null,
      { __typename: "Country", code: "AZ", iso3: "AZE", name: "Azerbaijan", ar: "أذربيجان" },
    ]);
  });

  it("loads many countries with one statement per table touched", async () => {
    const before = store().statements.total;
    const codes = ["AZ", "RU", "KZ", "UZ", "TJ", "TR", "CN", "US"];
    const r = await run(`${ENTITIES} fragment F on _Entity { ... on Country { code names } }`, {
      representations: codes.map((code) => ({ __typename: "Country", code })),
    });
    expect((r.data?._entities as unknown[]).length).toBe(codes.length);
    expect(store().statements.total - before).toBe(2);
  });

  it("gives a Country its code as id, and each of its citations an id of its own (issue 12)", async () => {
    const r = await run(`{ country(code: "AZ") { id code sources { id document citationId } sourcesConnection(first: 2) { totalCount nodes { id } } } }`);
    expect(r.errors).toBeUndefined();
    const az = r.data?.country as { id: string; sources: { id: string; document: string; citationId: string }[]; sourcesConnection: { totalCount: number; nodes: { id: string }[] } };
    expect(az.id).toBe("AZ");
    for (const s of az.sources) expect(s.id).toBe(`Source:country_source:${s.citationId}`);
    expect(new Set(az.sources.map((s) => s.id)).size).toBe(az.sources.length);
    expect(az.sourcesConnection.totalCount).toBe(az.sources.length);
    expect(az.sourcesConnection.nodes).toEqual(az.sources.slice(0, 2).map((s) => ({ id: s.id })));
  });

  it("publishes its SDL through _service", async () => {
    const r = await run(`{ _service { sdl } }`);
    expect((r.data?._service as { sdl: string }).sdl).toMatch(/type Country\s+@key\(fields: "code"\)/);
  });
});
