/**
 * The checks a fact's references get before it is written: every country, person,
 * event and document it names exists (asked of the subgraph that owns it), and every
 * citation's span lies in its document's stored text and holds its figures (asked of the
 * sources subgraph). One call per peer for a whole write or import, whatever its size.
 */
import { citationProblems, type CitationRef, type PeerContext, type Peers } from "./peers";
import { problemsOf, type Problem } from "./writes";

/** The kinds of fact whose ids curators choose (kebab-case slugs), and the subgraph that owns each. */
export const FACT_OWNERS = {
  Agreement: "agreements",
  Indicator: "indicators",
  Person: "people",
  Event: "people",
  Corridor: "corridors",
} as const;
export type FactKind = keyof typeof FACT_OWNERS;

export interface References {
  countries: { field: string; code: string }[];
  people: { field: string; id: string }[];
  events: { field: string; id: string }[];
  citations: { field: string; ref: CitationRef }[];
  /**
   * Ids the write creates: none may be another kind's id. Clients' caches key on `id`
   * (Relay on `id` alone), so an event sharing an agreement's id would merge the two.
   */
  newIds?: { field: string; id: string; kind: FactKind }[];
}

export const noReferences = (): References => ({ countries: [], people: [], events: [], citations: [], newIds: [] });

/** Which of the new ids another kind already uses: one `_entities` call per other kind. */
async function idsTakenElsewhere(peers: Peers, newIds: NonNullable<References["newIds"]>, ctx: PeerContext): Promise<Problem[]> {
  const kinds = Object.keys(FACT_OWNERS) as FactKind[];
  const taken = await Promise.all(
    kinds.map(async (kind) => {
      const ids = newIds.filter((n) => n.kind !== kind).map((n) => n.id);
      return { kind, found: ids.length ? await peers.existing(FACT_OWNERS[kind], kind, "id", ids, ctx) : new Set<string>() };
    }),
  );
  return newIds.flatMap((n) =>
    taken
      .filter((t) => t.kind !== n.kind && t.found.has(n.id))
      .map((t) => ({ field: n.field, reason: `${JSON.stringify(n.id)} is already the id of ${/^[AEIOU]/.test(t.kind) ? "an" : "a"} ${t.kind}: ids are unique across kinds (clients' caches key on them); choose another` })),
  );
}

/** Ids an import introduces itself: references to them are satisfied by the import. */
export interface KnownIds {
  people?: readonly string[];
  events?: readonly string[];
}

export async function referenceProblems(peers: Peers, refs: References, ctx: PeerContext = {}, known: KnownIds = {}): Promise<Problem[]> {
  const knownPeople = new Set(known.people ?? []);
  const knownEvents = new Set(known.events ?? []);
  const people = refs.people.filter((r) => !knownPeople.has(r.id));
  const events = refs.events.filter((r) => !knownEvents.has(r.id));
  const [countries, persons, evts, citationMessages, takenIds] = await Promise.all([
    peers.existing("countries", "Country", "code", refs.countries.map((r) => r.code), ctx),
    peers.existing("people", "Person", "id", people.map((r) => r.id), ctx),
    peers.existing("people", "Event", "id", events.map((r) => r.id), ctx),
    citationProblems(peers, refs.citations.map((c) => ({ path: c.field, ref: c.ref })), ctx),
    refs.newIds?.length ? idsTakenElsewhere(peers, refs.newIds, ctx) : Promise.resolve([]),
  ]);
  return [
    ...takenIds,
    ...refs.countries.filter((r) => !countries.has(r.code)).map((r) => ({ field: r.field, reason: `unknown country ${JSON.stringify(r.code)}` })),
    ...people.filter((r) => !persons.has(r.id)).map((r) => ({ field: r.field, reason: `unknown person ${JSON.stringify(r.id)}` })),
    ...events.filter((r) => !evts.has(r.id)).map((r) => ({ field: r.field, reason: `unknown event ${JSON.stringify(r.id)}` })),
    ...problemsOf("", citationMessages),
  ];
}
