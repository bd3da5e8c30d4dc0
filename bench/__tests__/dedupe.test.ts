import { distinct, expand } from "../src/experiments/dedupe-representations";

describe("deduplicating entity representations", () => {
  const reps = [{ __typename: "Country", code: "AZ" }, { __typename: "Country", code: "TR" }, { __typename: "Country", code: "AZ" }, { __typename: "Country", code: "AZ" }];

  it("sends each distinct representation once and remembers where each original went", () => {
    const { unique, slot } = distinct(reps);
    expect(unique).toEqual([reps[0], reps[1]]);
    expect(slot).toEqual([0, 1, 0, 0]);
  });

  it("gives every original representation its answer and its errors back, in order", () => {
    const { slot } = distinct(reps);
    const response = expand(
      { data: { _entities: [{ name: "Azerbaijan" }, null] }, errors: [{ message: "no TR", path: ["_entities", 1, "name"] }, { message: "other" }] },
      slot,
    );
    expect(response.data).toEqual({ _entities: [{ name: "Azerbaijan" }, null, { name: "Azerbaijan" }, { name: "Azerbaijan" }] });
    expect(response.errors).toEqual([{ message: "no TR", path: ["_entities", 1, "name"] }, { message: "other" }]);
    const again = expand({ data: { _entities: [null, { name: "Türkiye" }] }, errors: [{ message: "no AZ", path: ["_entities", 0] }] }, slot);
    expect(again.errors!.map((e) => e.path)).toEqual([["_entities", 0], ["_entities", 2], ["_entities", 3]]);
  });
});
