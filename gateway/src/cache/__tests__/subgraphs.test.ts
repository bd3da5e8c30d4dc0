import { readFileSync } from "node:fs";
import { parse } from "graphql";
import { supergraphPath } from "../../compose";
import { subgraphsOfKey } from "../memory";
import { SubgraphsOfOperation } from "../subgraphs";

const subgraphs = new SubgraphsOfOperation(readFileSync(supergraphPath, "utf8"));

describe("the subgraphs an answer depends on", () => {
  it("a country's own fields: countries alone", () => {
    expect(subgraphs.of(parse(`{ country(code: "AZ") { code name capital } }`))).toEqual(["countries"]);
  });

  it("a field another subgraph adds to Country, through a fragment: both", () => {
    const doc = parse(`query { country(code: "AZ") { ...F } } fragment F on Country { name agreementsConnection(first: 1) { totalCount } }`);
    expect(subgraphs.of(doc)).toEqual(["agreements", "countries"]);
  });

  it("the deep profile: every subgraph whose fields it selects", () => {
    const doc = parse(`{ bilateral(a: "AZ", b: "RU") { countries { name } agreements { title } indicators { value } events { title } people { name } } }`);
    expect(subgraphs.of(doc)).toEqual(expect.arrayContaining(["agreements", "countries", "indicators", "people"]));
  });

  it("a mutation writes to the owner of its root field, not to the subgraphs of what it reads back", () => {
    const doc = parse(`mutation { updateIndicator(id: "x", version: 1, patch: {}, sources: []) { id countries { name } } }`);
    expect(subgraphs.writers(doc)).toEqual(["indicators"]);
    expect(subgraphs.of(doc)).toEqual(["countries", "indicators"]);
  });

  it("__typename alone depends on nothing", () => {
    expect(subgraphs.of(parse(`{ __typename }`))).toEqual([]);
  });

  it("a key names its subgraphs after any prefix", () => {
    expect(subgraphsOfKey("fqc:agreements,countries/abc")).toEqual(["agreements", "countries"]);
    expect(subgraphsOfKey("/abc")).toEqual([]);
  });
});
