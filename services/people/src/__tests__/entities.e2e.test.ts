import { ENTITIES, useSubgraph } from "@atlas/tests/support/subgraph";
import * as subgraph from "../server";

const { run } = useSubgraph(subgraph);

describe("people subgraph", () => {
  it("resolves Person and Event references with roles and participants", async () => {
    const r = await run(
      `${ENTITIES} fragment F on _Entity { ... on Person { id name ar: name(lang: AR) roles { kind country { code } sources { document } } } ... on Event { id participants { id } } }`,
      { representations: [{ __typename: "Person", id: "vladimir-putin" }, { __typename: "Person", id: "nobody" }] },
    );
    expect(r.errors).toBeUndefined();
    const [putin, nobody] = r.data?._entities as [{ name: string; ar: string; roles: { kind: string; country: { code: string } }[] }, null];
    expect(putin.name).toBe("Vladimir Putin");
    expect(putin.ar).toMatch(/بوتين/);
    expect(putin.roles).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "HEAD_OF_STATE", country: { code: "RU" } })]));
    expect(nobody).toBeNull();
  });

  it("names leaders of a country and the people of a pair", async () => {
    const r = await run(`${ENTITIES} fragment F on _Entity { ... on Country { leaders { id } } ... on Bilateral { people { id } events { id } } }`, {
      representations: [{ __typename: "Country", code: "AZ" }, { __typename: "Bilateral", id: "AZ-RU" }],
    });
    const [az, pair] = r.data?._entities as [{ leaders: { id: string }[] }, { people: { id: string }[]; events: { id: string }[] }];
    expect(az.leaders.map((p) => p.id)).toContain("ilham-aliyev");
    expect(pair.people.map((p) => p.id)).toEqual(expect.arrayContaining(["ilham-aliyev", "vladimir-putin"]));
    expect(pair.events.length).toBeGreaterThan(0);
  });
});
