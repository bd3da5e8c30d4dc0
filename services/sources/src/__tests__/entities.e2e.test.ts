import { ENTITIES, useSubgraph } from "@atlas/tests/support/subgraph";
import * as subgraph from "../server";

const { run } = useSubgraph(subgraph);

describe("sources subgraph", () => {
  it("adds publisher and publication date to a Source keyed by document", async () => {
    const r = await run(`${ENTITIES} fragment F on _Entity { ... on Source { document publishedOn publisher } ... on Document { id } }`, {
      representations: [
        { __typename: "Source", document: "003_007ff72cf0dcd156" },
        { __typename: "Source", document: "002_76e874a06d3d543b" },
        { __typename: "Document", id: "004_f8b4bf4ff7f5eac6" },
      ],
    });
    expect(r.errors).toBeUndefined();
    const [a, b, doc] = r.data?._entities as [{ publishedOn: string | null }, { publishedOn: string | null; publisher: string }, { id: string }];
    expect(a.publishedOn).toBe("2023-04-20");
    expect(b.publishedOn).toBeNull(); // the article does not state its date
    expect(b.publisher).toMatch(/Arabi21|عربي21/);
    expect(doc.id).toBe("004_f8b4bf4ff7f5eac6");
  });

  it("lists the five documents", async () => {
    const r = await run(`{ documents { id publishedOnNote } }`);
    expect((r.data?.documents as unknown[]).length).toBe(5);
  });

  it("pages the documents by id: the plain list with first/after and its connection (issue 12)", async () => {
    const r = await run(`{ all: documents { id } documentsConnection(first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`);
    const all = (r.data?.all as { id: string }[]).map((d) => d.id);
    const page = r.data?.documentsConnection as { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    expect(page).toMatchObject({ totalCount: 5, nodes: all.slice(0, 2).map((id) => ({ id })), pageInfo: { hasNextPage: true } });
    const next = await run(`query ($c: String) { documents(first: 2, after: $c) { id } }`, { c: page.pageInfo.endCursor });
    expect((next.data?.documents as { id: string }[]).map((d) => d.id)).toEqual(all.slice(2, 4));
  });
});
