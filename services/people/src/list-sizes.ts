/** The live maxima of this subgraph's unpaged lists, for the gateway's demand control (@atlas/runtime list-sizes.ts). */
import { perGroup, perPair, perPairThrough, type ListSizeSpec } from "@atlas/runtime/src/list-sizes";

export const listSizes: ListSizeSpec[] = [
  perGroup("Country.leaders", "role", "countryCode", "personId", `"kind" IN ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT')`),
  perGroup("Country.people", "role", "countryCode", "personId"),
  perGroup("Country.events", "event_country", "countryCode"),
  // A pair's people: the participants of the events both countries take part in.
  perPairThrough("Bilateral.people", "event_country", "eventId", "event_participant", "personId"),
  perPair("Bilateral.events", "event_country", "eventId"),
  perGroup("Person.roles", "role", "personId"),
  perGroup("Person.events", "event_participant", "personId"),
  perGroup("Role.sources", "role_source", "ownerId"),
  perGroup("Event.dates", "event_date", "ownerId"),
  perGroup("Event.countries", "event_country", "eventId"),
  perGroup("Event.participants", "event_participant", "eventId"),
  perGroup("Event.sources", "event_source", "ownerId"),
];
