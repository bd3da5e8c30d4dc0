import { parse } from "graphql";
import { compose, readCommittedSupergraph, registeredSubgraphs } from "../compose";

describe("supergraph composition", () => {
  it("composes every registered subgraph", () => {
    expect(() => compose()).not.toThrow();
  });

  it("matches the committed supergraph (run `npm run compose` after changing an SDL)", () => {
    expect(readCommittedSupergraph()).toBe(compose());
  });

  it("fails with every composition error listed when subgraphs disagree", () => {
    const subgraphs = registeredSubgraphs();
    const broken = subgraphs.map((s) =>
      s.name === "indicators"
        ? {
            ...s,
            // A second owner of Country.iso3 with another type, and a non-shareable PageInfo field.
            typeDefs: parse(`
              extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
              type Query { indicatorCount: Int }
              type Country @key(fields: "code") { code: ID! iso3: Int }
            `),
          }
        : s,
    );
    expect(() => compose(broken)).toThrow(/composition failed:\n- .*Country\.iso3/s);
  });
});
