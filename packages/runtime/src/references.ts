/**
 * The checks a fact's references get before it is written: every country, person,
 * event and document it names exists (asked of the subgraph that owns it), and every
 * citation's span lies in its document's stored text and holds its figures (asked of the
 * sources subgraph). One call per peer for a whole write or import, whatever its size.
 */
import { citationProblems, type CitationRef, type PeerContext, type Peers } from "./peers";
import { problemsOf, type Problem } from "./writes";

export interface References {
  countries: { field: string; code: string }[];
  people: { field: string; id: string }[];
  events: { field: string; id: string }[];
  citations: { field: string; ref: CitationRef }[];
}

export const noReferences = (): References => ({ countries: [], people: [], events: [], citations: [] });

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
  const [countries, persons, evts, citationMessages] = await Promise.all([
    peers.existing("countries", "Country", "code", refs.countries.map((r) => r.code), ctx),
    peers.existing("people", "Person", "id", people.map((r) => r.id), ctx),
    peers.existing("people", "Event", "id", events.map((r) => r.id), ctx),
    citationProblems(peers, refs.citations.map((c) => ({ path: c.field, ref: c.ref })), ctx),
  ]);
  return [
    ...refs.countries.filter((r) => !countries.has(r.code)).map((r) => ({ field: r.field, reason: `unknown country ${JSON.stringify(r.code)}` })),
    ...people.filter((r) => !persons.has(r.id)).map((r) => ({ field: r.field, reason: `unknown person ${JSON.stringify(r.id)}` })),
    ...events.filter((r) => !evts.has(r.id)).map((r) => ({ field: r.field, reason: `unknown event ${JSON.stringify(r.id)}` })),
    ...problemsOf("", citationMessages),
  ];
}
