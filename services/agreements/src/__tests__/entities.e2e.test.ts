import { ENTITIES, useSubgraph } from "@atlas/tests/support/subgraph";
import * as subgraph from "../server";

const { run } = useSubgraph(subgraph);

describe("agreements subgraph", () => {
  it("resolves Agreement references with parties and sources, null for unknown ids", async () => {
    const r = await run(
      `${ENTITIES} fragment F on _Entity { ... on Agreement { id kind parties { code } sources { document start end claim } } }`,
      { representations: [{ __typename: "Agreement", id: "az-uz-treaty-on-allied-relations" }, { __typename: "Agreement", id: "nope" }] },
    );
    expect(r.errors).toBeUndefined();
    const [treaty, missing] = r.data?._entities as [{ parties: { code: string }[]; sources: { document: string; start: number; end: number }[] }, null];
    expect(treaty.parties).toEqual([{ code: "AZ" }, { code: "UZ" }]);
    expect(treaty.sources.length).toBeGreaterThan(0);
    expect(treaty.sources[0]!.end).toBeGreaterThan(treaty.sources[0]!.start);
    expect(missing).toBeNull();
  });

  it("contributes agreements to Country and Bilateral, in either order of the pair", async () => {
    const r = await run(
      `${ENTITIES} fragment F on _Entity { ... on Country { code agreements { id } } ... on Bilateral { id agreements { id parties { code } } } }`,
      { representations: [{ __typename: "Bilateral", id: "AZ-UZ" }, { __typename: "Country", code: "UZ" }] },
    );
    expect(r.errors).toBeUndefined();
    const [pair, uz] = r.data?._entities as [{ agreements: { id: string; parties: { code: string }[] }[] }, { agreements: { id: string }[] }];
    expect(pair.agreements.map((a) => a.id)).toContain("az-uz-treaty-on-allied-relations");
    for (const a of pair.agreements) expect(a.parties.map((p) => p.code)).toEqual(expect.arrayContaining(["AZ", "UZ"]));
    expect(uz.agreements.length).toBeGreaterThanOrEqual(pair.agreements.length);
  });

  it("keeps disagreeing date claims side by side", async () => {
    const r = await run(`{ agreement(id: "az-uz-treaty-on-allied-relations") { signedOn { iso } signedOnDisputed signedOnClaims { date { iso } basis } } }`);
    const a = r.data?.agreement as { signedOn: { iso: string } | null; signedOnDisputed: boolean; signedOnClaims: { date: { iso: string } }[] };
    // October and August 2024: signedOn keeps the year both claims share.
    expect(a.signedOn).toEqual({ iso: "2024" });
    expect(a.signedOnDisputed).toBe(true);
    expect(new Set(a.signedOnClaims.map((c) => c.date.iso)).size).toBe(2);
  });
});
