/** Paging nested lists in memory (@atlas/runtime lists.ts) and the ids of citations. */
import { GraphQLError } from "graphql";
import { encodeCursor, type Connection } from "@atlas/runtime";
import { citationOf, comparePositions, dateClaimWithIds, listConnection, listSlice, timeline, type Placed } from "@atlas/runtime/src/lists";

const events: Placed<string>[] = [
  { node: "undated-b", at: ["9999", "undated-b"] },
  { node: "may-2024", at: ["2024-05", "may-2024"] },
  { node: "2023", at: ["2023", "2023"] },
  { node: "undated-a", at: ["9999", "undated-a"] },
  { node: "may-5-2024", at: ["2024-05-05", "may-5-2024"] },
];
const ORDER = ["2023", "may-2024", "may-5-2024", "undated-a", "undated-b"];

const argumentOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
    return (e as GraphQLError).extensions.argumentName;
  }
  throw new Error("expected BAD_USER_INPUT");
};

describe("listSlice and listConnection", () => {
  it("sort by position: strings by code point (a date's prefix first), numbers as numbers", () => {
    expect(listSlice("k", events)).toEqual(ORDER);
    expect(comparePositions([9, "a"], [10, "a"])).toBeLessThan(0);
    expect(comparePositions(["2024"], ["2024-05"])).toBeLessThan(0);
    expect(comparePositions(["a-b"], ["ab"])).toBeLessThan(0);
  });

  it("without first or after a plain list is whole; pages walk it in order with a stable totalCount", () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection<string> = listConnection("k", events, { first: 2, after });
      expect(page.totalCount).toBe(5);
      expect(listSlice("k", events, { first: 2, after })).toEqual(page.nodes);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(ORDER);
    expect(listConnection("k", events).nodes).toEqual(ORDER); // default 20
  });

  it("a cursor holds a position: it resumes after its item even when that item and others are gone", () => {
    const cursor = listConnection("k", events, { first: 2 }).pageInfo.endCursor; // after may-2024
    const shrunk = events.filter((p) => p.node !== "may-2024" && p.node !== "2023");
    expect(listSlice("k", shrunk, { after: cursor })).toEqual(["may-5-2024", "undated-a", "undated-b"]);
    expect(listConnection("k", shrunk, { after: cursor }).totalCount).toBe(3);
  });

  it("refuses cursors of another list or not holding a position, naming after; first out of 1..100 naming first", () => {
    const cursor = listConnection("k", events, { first: 1 }).pageInfo.endCursor;
    expect(argumentOf(() => listSlice("other", events, { after: cursor }))).toBe("after");
    expect(argumentOf(() => listSlice("k", events, { after: encodeCursor("k", "not json") }))).toBe("after");
    expect(argumentOf(() => listSlice("k", events, { after: encodeCursor("k", "[]") }))).toBe("after");
    expect(argumentOf(() => listSlice("k", events, { after: encodeCursor("k", '[{"a":1}]') }))).toBe("after");
    expect(argumentOf(() => listConnection("k", events, { after: "%%%" }))).toBe("after");
    expect(argumentOf(() => listSlice("k", events, { first: 0 }))).toBe("first");
    expect(argumentOf(() => listConnection("k", events, { first: 101 }))).toBe("first");
  });

  it("timeline: by the earliest claimed date, undated last, then id; missing rows dropped", () => {
    const claim = (id: number, startYear: number, startMonth: number | null = null) => ({
      id, documentId: "d", start: 0, end: 1, claim: "c", startYear, startMonth, startDay: null, endYear: null, endMonth: null, endDay: null, basis: "STATED", basisNote: null,
    });
    const rows = [{ id: "b" }, { id: "a" }, null, { id: "c" }, { id: "d" }];
    const dates = [[claim(1, 2024, 5), claim(2, 2023)], [], [], new Error("lost"), [claim(3, 2024)]];
    expect(timeline(rows, dates).map((p) => p.node.id)).toEqual(["b", "d", "a", "c"]);
  });

  it("an empty list is one empty page", () => {
    expect(listConnection("k", [], { first: 2 })).toEqual({ edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });
});

describe("citation ids", () => {
  const row = { id: 12, documentId: "002_76e874a06d3d543b", start: 1, end: 9, claim: "a claim" };

  it("a citation's id names its table and row; the citationId stays the row id", () => {
    expect(citationOf("agreement_source")(row)).toEqual({ id: "Source:agreement_source:12", citationId: "12", document: row.documentId, start: 1, end: 9, claim: "a claim" });
    expect(citationOf("indicator_source")(row).id).not.toBe(citationOf("agreement_source")(row).id);
    expect(() => citationOf("agreement_source")({ ...row, id: undefined })).toThrow(/row id/);
  });

  it("a date claim and its source have ids of their own", () => {
    const claim = dateClaimWithIds("event_date")({ ...row, startYear: 2024, startMonth: 5, startDay: null, endYear: null, endMonth: null, endDay: null, basis: "STATED", basisNote: null });
    expect(claim.id).toBe("DateClaim:event_date:12");
    expect(claim.source).toMatchObject({ id: "Source:event_date:12", citationId: "date:12" });
    expect(claim.date.iso).toBe("2024-05");
  });
});
