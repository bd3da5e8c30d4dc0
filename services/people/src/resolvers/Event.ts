import { countryRefs, dateClaimOf, inLang } from "@atlas/runtime";
import { commonDate, datesDisputed } from "@atlas/runtime/src/date-claims";
import { citationOf, dateClaimWithIds } from "@atlas/runtime/src/lists";
import { historyOf, retractionOf } from "../history";
import { peopleById } from "../loaders";
import type { EventKind, EventResolvers, PlaceResolvers } from "../__generated__/resolvers-types";

const citation = citationOf("event_source");
const dateClaim = dateClaimWithIds("event_date");

export const Event: EventResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.event.load(ref.id),
  kind: (e) => e.kind as EventKind,
  title: (e, { lang }) => inLang(lang, e.titleEn, e.titleAr),
  date: async (e, _, { loaders }) => commonDate((await loaders.eventDates.load(e.id)).map(dateClaimOf)),
  dateDisputed: async (e, _, { loaders }) => datesDisputed((await loaders.eventDates.load(e.id)).map(dateClaimOf)),
  dates: async (e, _, { loaders }) => (await loaders.eventDates.load(e.id)).map(dateClaim),
  place: (e) => (e.placeCountryCode || e.placeCityEn ? e : null),
  countries: async (e, _, { loaders }) => countryRefs(await loaders.eventCountries.load(e.id)),
  participants: async (e, _, { loaders }) => peopleById(loaders, await loaders.participants.load(e.id)),
  sources: async (e, _, { loaders }) => (await loaders.eventSources.load(e.id)).map(citation),
  retraction: (e) => retractionOf(e),
  history: (e, _, ctx) => historyOf(ctx, "Reading an event's history", [{ type: "Event", ids: [e.id] }]),
};

export const Place: PlaceResolvers = {
  country: (e) => (e.placeCountryCode ? { code: e.placeCountryCode } : null),
  city: (e, { lang }) => (e.placeCityEn ? inLang(lang, e.placeCityEn, e.placeCityAr) : null),
};
