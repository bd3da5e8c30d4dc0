/**
 * Issue 13, disputed dates keep what all sources agree on. Through the real gateway on a
 * freshly seeded store: the AZ–UZ treaty, dated October 2024 and August 2024 by one article,
 * reads signedOn 2024 (year only), flagged as disputed, with both claims listed; an
 * undisputed date is unchanged; claims in different years leave signedOn null, still flagged.
 */
import { randomBytes } from "node:crypto";
import { post } from "../support/federation";
import { useCuratedFederation } from "./support";

const atlas = useCuratedFederation("disputed_dates", "disputed dates test (curator)");
const { asCurator } = atlas;

interface SignedOn {
  signedOn: { iso: string; year: number; month: number | null; day: number | null } | null;
  signedOnDisputed: boolean;
  signedOnClaims: { date: { iso: string }; basis: string }[];
}
const FIELDS = "signedOn { iso year month day } signedOnDisputed signedOnClaims { date { iso } basis }";

async function agreement(id: string): Promise<SignedOn> {
  const r = await post<{ agreement: SignedOn | null }>(atlas.fed.gatewayUrl, `query ($id: ID!) { agreement(id: $id) { ${FIELDS} } }`, { id });
  expect(r.errors).toBeUndefined();
  expect(r.data!.agreement).not.toBeNull();
  return r.data!.agreement!;
}

describe("a disputed date keeps what every claim shares", () => {
  it("the AZ–UZ treaty (October 2024 against August 2024) is signed in 2024, disputed, with both claims", async () => {
    const a = await agreement("az-uz-treaty-on-allied-relations");
    expect(a.signedOn).toEqual({ iso: "2024", year: 2024, month: null, day: null });
    expect(a.signedOnDisputed).toBe(true);
    expect(a.signedOnClaims.map((c) => c.date.iso).sort()).toEqual(["2024-08", "2024-10"]);
  });

  it("the bilateral profile gives the same answer", async () => {
    const r = await post<{ bilateral: { agreements: ({ id: string } & SignedOn)[] } }>(atlas.fed.gatewayUrl, `{ bilateral(a: "UZ", b: "AZ") { agreements { id ${FIELDS} } } }`);
    expect(r.errors).toBeUndefined();
    const a = r.data!.bilateral.agreements.find((x) => x.id === "az-uz-treaty-on-allied-relations");
    expect(a).toMatchObject({ signedOn: { iso: "2024" }, signedOnDisputed: true });
    expect(a!.signedOnClaims).toHaveLength(2);
  });

  it("the treaty's signing event follows the same rule: 2024, disputed, both claims", async () => {
    const r = await post<{ bilateral: { events: { id: string; date: { iso: string } | null; dateDisputed: boolean; dates: { date: { iso: string } }[] }[] } }>(
      atlas.fed.gatewayUrl,
      `{ bilateral(a: "AZ", b: "UZ") { events { id date { iso } dateDisputed dates { date { iso } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const disputed = r.data!.bilateral.events.filter((e) => e.dateDisputed);
    expect(disputed.length).toBeGreaterThan(0);
    const signing = disputed.find((e) => e.id === "az-uz-treaty-on-allied-relations-signing");
    expect(signing).toMatchObject({ date: { iso: "2024" }, dateDisputed: true });
    expect(signing!.dates.map((d) => d.date.iso).sort()).toEqual(["2024-08", "2024-10"]);
    // An event whose claims agree is not flagged.
    expect(r.data!.bilateral.events.some((e) => !e.dateDisputed && e.date !== null)).toBe(true);
  });

  it("an undisputed date is unchanged", async () => {
    const a = await agreement("az-tj-diplomatic-relations");
    expect(a).toEqual({ signedOn: { iso: "1992", year: 1992, month: null, day: null }, signedOnDisputed: false, signedOnClaims: [{ date: { iso: "1992" }, basis: "STATED" }] });
  });

  it("claims in different years leave signedOn null, flagged, every claim kept", async () => {
    const tag = randomBytes(4).toString("hex");
    // Our own short test text (not article prose) with two signing dates a year apart.
    const text = `Test text ${tag}: the memorandum was signed on 12 March 2025. Another report dates the signing to 2024.`;
    const added = await asCurator<{ addDocument: { id: string } }>(`mutation ($input: DocumentInput!) { addDocument(input: $input) { id } }`, {
      input: { text, language: "en", title: `Disputed dates test ${tag}`, publishedOn: { year: 2025, month: 3, day: 20 } },
    });
    expect(added.errors).toBeUndefined();
    const document = added.data!.addDocument.id;
    const span = (fragment: string, figures: string[]) => {
      const start = text.indexOf(fragment);
      return { document, start, end: start + fragment.length, claim: `Test claim: ${fragment}`, figures };
    };
    const MARCH = span("signed on 12 March 2025", ["12", "2025"]);
    const YEAR = span("dates the signing to 2024", ["2024"]);
    const created = await asCurator<{ createAgreement: SignedOn & { id: string } }>(
      `mutation ($input: AgreementInput!) { createAgreement(input: $input) { id ${FIELDS} } }`,
      {
        input: {
          id: `test-disputed-${tag}`,
          kind: "MEMORANDUM",
          title: "Test memorandum dated in two years",
          titleAr: "مذكرة تفاهم اختبارية",
          status: "SIGNED",
          parties: ["AZ", "TJ"],
          signatories: [],
          signedOn: [
            { start: { year: 2025, month: 3, day: 12 }, basis: "STATED", source: MARCH },
            { start: { year: 2024 }, basis: "STATED", source: YEAR },
          ],
          sources: [MARCH, YEAR],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const a = await agreement(created.data!.createAgreement.id);
    expect(a.signedOn).toBeNull();
    expect(a.signedOnDisputed).toBe(true);
    expect(a.signedOnClaims.map((c) => c.date.iso).sort()).toEqual(["2024", "2025-03-12"]);
  });
});
