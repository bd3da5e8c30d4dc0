import { parse, print } from "graphql";
import { compose, readCommittedSupergraph, registeredSubgraphs } from "../compose";
import { checkSchema, report } from "../schema-check";

/** The registered subgraphs with one SDL edited in memory, recomposed. */
function composeWith(name: string, edit: (sdl: string) => string): string {
  return compose(
    registeredSubgraphs().map((s) => {
      if (s.name !== name) return s;
      const next = edit(print(s.typeDefs));
      expect(next).not.toBe(print(s.typeDefs));
      return { ...s, typeDefs: parse(next) };
    }),
  );
}

describe("schema:check", () => {
  it("passes when nothing changed", async () => {
    const r = await checkSchema(readCommittedSupergraph(), compose());
    expect(r.breaking).toEqual([]);
    expect(report(r)).toBe("No changes to the API schema.");
  });

  it("fails on a removed field and says which", async () => {
    const next = composeWith("countries", (sdl) => sdl.replace(/\n\s*iso3: String!/, ""));
    const r = await checkSchema(readCommittedSupergraph(), next);
    expect(r.breaking.map((c) => c.path)).toContain("Country.iso3");
    expect(report(r)).toMatch(/BREAKING \(1\):\n {2}- Field 'iso3' was removed from object type 'Country'/);
  });

  it("fails on a narrowed argument and a changed field type", async () => {
    const next = composeWith("indicators", (sdl) =>
      sdl.replace(/(type Indicator @key[^}]*?)value: Float!/, "$1value: Int!").replace("indicator(id: ID!", "indicator(id: ID!, strict: Boolean!"),
    );
    const r = await checkSchema(readCommittedSupergraph(), next);
    const paths = r.breaking.map((c) => c.path);
    expect(paths).toEqual(expect.arrayContaining(["Indicator.value", "Query.indicator.strict"]));
  });

  it("passes on an added field", async () => {
    const next = composeWith("countries", (sdl) => sdl.replace("iso3: String!", "iso3: String!\n  numericCode: String"));
    const r = await checkSchema(readCommittedSupergraph(), next);
    expect(r.breaking).toEqual([]);
    expect(r.safe.map((c) => c.path)).toContain("Country.numericCode");
  });
});
