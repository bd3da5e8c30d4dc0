import { buildPersonLexicon } from "../lexicon";
import { findCandidates } from "../find";
import { countries, of } from "./helpers";

const ids = (text: string): Array<[string, unknown]> => of("person", text);

describe("people", () => {
  test("full names and aliases, with attached letters", () => {
    expect(ids("الرئيس فلاديمير بوتين وعلييف ولجورافليف")).toEqual([
      ["فلاديمير بوتين", { id: "vladimir-putin" }],
      ["علييف", { id: "ilham-aliyev" }],
      ["جورافليف", { id: "alexei-zhuravlev" }],
    ]);
  });

  test("the longest name wins: حيدر علييف is not Ilham", () => {
    expect(ids("والد الزعيم، حيدر علييف، وابنه علييف")).toEqual([
      ["حيدر علييف", { id: "heydar-aliyev" }],
      ["علييف", { id: "ilham-aliyev" }],
    ]);
  });

  test("titles recorded as aliases", () => {
    expect(ids("اعتزام الرئيس الفرنسي زيارتها")).toEqual([["الرئيس الفرنسي", { id: "emmanuel-macron" }]]);
    expect(ids("الزيارة الرسمية للرئيس علييف")).toEqual([["للرئيس علييف", { id: "ilham-aliyev" }]]);
  });

  test("an alias two people share names both", () => {
    const lex = buildPersonLexicon([
      { id: "a-one", names: ["سميث"] },
      { id: "b-two", names: ["سميث"] },
    ]);
    const [c] = findCandidates("قال سميث", { countries, people: lex });
    expect(c).toMatchObject({ kind: "person", value: { id: "a-one", alternatives: ["b-two"] } });
  });

  test("Latin aliases are not matched (they would match URLs)", () => {
    const lex = buildPersonLexicon([{ id: "x", names: ["Emomeli Rehmon"] }]);
    expect(findCandidates("Emomeli Rehmon", { countries, people: lex })).toEqual([]);
  });
});
