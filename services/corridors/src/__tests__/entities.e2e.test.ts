import { ENTITIES, useSubgraph } from "@atlas/tests/support/subgraph";
import * as subgraph from "../server";

const { run } = useSubgraph(subgraph);

describe("corridors subgraph", () => {
  it("resolves Corridor references with countries and sources, null for unknown ids", async () => {
    const r = await run(`${ENTITIES} fragment F on _Entity { ... on Corridor { id name names countries { code } sources { document start end claim } } }`, {
      representations: [{ __typename: "Corridor", id: "middle-corridor" }, { __typename: "Corridor", id: "nope" }],
    });
    expect(r.errors).toBeUndefined();
    const [middle, missing] = r.data?._entities as [{ names: string[]; countries: { code: string }[]; sources: { document: string }[] }, null];
    expect(middle.countries.map((c) => c.code)).toEqual(expect.arrayContaining(["AZ", "KZ", "UZ"]));
    expect(middle.names.join(" ")).toMatch(/TITR/);
    expect(new Set(middle.sources.map((s) => s.document)).size).toBeGreaterThan(1);
    expect(missing).toBeNull();
  });

  it("gives a pair the corridors both countries share, and a country all of its own", async () => {
    const r = await run(`${ENTITIES} fragment F on _Entity { ... on Bilateral { corridors { id countries { code } } } ... on Country { corridors { id } } }`, {
      representations: [{ __typename: "Bilateral", id: "AZ-KZ" }, { __typename: "Country", code: "KZ" }],
    });
    const [pair, kz] = r.data?._entities as [{ corridors: { id: string; countries: { code: string }[] }[] }, { corridors: { id: string }[] }];
    expect(pair.corridors.map((c) => c.id)).toContain("middle-corridor");
    for (const c of pair.corridors) expect(c.countries.map((x) => x.code)).toEqual(expect.arrayContaining(["AZ", "KZ"]));
    expect(kz.corridors.length).toBeGreaterThan(pair.corridors.length);
  });

  it("finds corridors by an Arabic name without hamza and by English case-insensitively", async () => {
    const r = await run(`{ en: corridors(search: "middle corridor") { nodes { id } } ar: corridors(search: "الممر الاوسط") { nodes { id } } }`);
    expect(r.errors).toBeUndefined();
    const data = r.data as { en: { nodes: { id: string }[] }; ar: { nodes: { id: string }[] } };
    expect(data.en.nodes.map((n) => n.id)).toContain("middle-corridor");
    expect(data.ar.nodes.map((n) => n.id)).toContain("middle-corridor");
  });
});
