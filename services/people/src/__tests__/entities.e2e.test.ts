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

  it("lists roles and events at the top level, by id, with ids unique across types (issue 12)", async () => {
    const r = await run(`{ roles(first: 100) { totalCount nodes { id person { id } } } events(first: 100) { totalCount nodes { id dates { id source { id citationId } } } } }`);
    expect(r.errors).toBeUndefined();
    const { roles, events } = r.data as {
      roles: { totalCount: number; nodes: { id: string; person: { id: string } }[] };
      events: { totalCount: number; nodes: { id: string; dates: { id: string; source: { id: string; citationId: string } }[] }[] };
    };
    expect(roles.nodes).toHaveLength(roles.totalCount);
    for (const role of roles.nodes) expect(role.id).toMatch(/^Role:\d+$/);
    expect(roles.nodes.map((n) => n.person.id)).toContain("ilham-aliyev");
    expect(events.nodes.map((e) => e.id)).toEqual(events.nodes.map((e) => e.id).sort());
    const claims = events.nodes.flatMap((e) => e.dates);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.id).toBe(`DateClaim:event_date:${c.source.citationId.replace("date:", "")}`);
      expect(c.source.id).toBe(`Source:event_date:${c.source.citationId.replace("date:", "")}`);
    }
  });
});
