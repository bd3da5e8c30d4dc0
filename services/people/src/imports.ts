/**
 * The people subgraph's part of an import (see packages/runtime/src/imports.ts): staged
 * after the same validation as a curator's write, applied once the import commits.
 * Applying merges as the seed corpus always has (seeds/src/corpus.ts buildCorpus):
 *
 * - a person: a new id is created; a known one gains the file's names as aliases, and each
 *   of its roles either matches a stored role (same kind, country and English title, which
 *   then gains the citations, a start or end it lacked and the later asOf) or is added;
 * - an event: a new id is created; a known one whose kind agrees gains the countries,
 *   participants, date claims and citations it lacks. A kind this document's own import
 *   wrote before is updated to the file's; one a curator has changed since, or another
 *   document defines differently, is left as it is and reported as a conflict.
 *
 * A retracted person, role or event is never brought back: it is reported as a conflict.
 * Applying twice changes nothing (citations and date claims are deduplicated by their span).
 */
import type { Database } from "@atlas/db";
import { type Caller, ImportGate, journalImportStore, type Peers, parseInput, refused, assertStageable } from "@atlas/runtime";
import { eventRecord, personRecord } from "@atlas/seeds/src/schema";
import { z } from "zod";
import {
  addNames,
  cite,
  citeKey,
  dateClaimRow,
  dateKey,
  type EventRecord,
  eventSnapshot,
  insertEvent,
  insertPerson,
  insertRole,
  journalOf,
  namesOf,
  type PersonRecord,
  personSnapshot,
  type RoleRecord,
  type RoleSnapshot,
  roleRecordOf,
  roleSnapshot,
  sameRole,
  type Tx,
  validateRecords,
} from "./writes";

export const importPart = z
  .object({
    /** The document the import brings: its facts are attributed to "import:<document>". */
    document: z.string().min(1),
    people: z.array(personRecord).default([]),
    events: z.array(eventRecord).default([]),
    /** People and events the same import introduces. */
    known: z.object({ people: z.array(z.string()).default([]), events: z.array(z.string()).default([]) }).strict().default({ people: [], events: [] }),
  })
  .strict();
export type ImportPart = z.infer<typeof importPart>;
/** A part as an import tool writes it (defaults not filled in yet). */
export type ImportPartInput = z.input<typeof importPart>;

export interface ApplyReport {
  created: string[];
  merged: string[];
  unchanged: string[];
  conflicts: { id: string; reason: string }[];
}

type PartialDate = NonNullable<RoleRecord["asOf"]>;

/** The later of two partial dates (a missing month or day sorts first), as buildCorpus picks asOf. */
function later(a: PartialDate | null, b: PartialDate | null | undefined): PartialDate | null {
  if (!a || !b) return a ?? b ?? null;
  const cmp = b.year - a.year || (b.month ?? 0) - (a.month ?? 0) || (b.day ?? 0) - (a.day ?? 0);
  return cmp > 0 ? b : a;
}

const sameDate = (a: PartialDate | null, b: PartialDate | null): boolean => JSON.stringify(a) === JSON.stringify(b);

const dateColumns = (prefix: "start" | "end" | "asOf", d: PartialDate | null) => ({
  [`${prefix}Year`]: d?.year ?? null,
  [`${prefix}Month`]: d?.month ?? null,
  [`${prefix}Day`]: d?.day ?? null,
});

const retractedBy = (row: { retractedBy: string | null; retractReason: string | null }) => `retracted by ${row.retractedBy} (${row.retractReason})`;

/** Merges one role of the file into a stored one; returns whether anything changed. */
async function mergeRole(tx: Tx, stored: RoleSnapshot, role: RoleRecord, by: string): Promise<boolean> {
  const now = roleRecordOf(stored.row, []);
  const start = now.start ?? role.start ?? null;
  const end = now.end ?? role.end ?? null;
  const asOf = later(now.asOf ?? null, role.asOf);
  const titleAr = stored.row.titleAr ?? role.title.ar ?? null;
  const values = {
    ...(sameDate(now.start ?? null, start) ? {} : dateColumns("start", start)),
    ...(sameDate(now.end ?? null, end) ? {} : dateColumns("end", end)),
    ...(sameDate(now.asOf ?? null, asOf) ? {} : dateColumns("asOf", asOf)),
    ...(titleAr !== stored.row.titleAr ? { titleAr } : {}),
  };
  const have = new Set(stored.sources.map(citeKey));
  const fresh = role.sources.filter((s) => !have.has(citeKey(s)));
  const changedValues = Object.keys(values).length > 0;
  if (!changedValues && fresh.length === 0) return false;
  await tx.role.update({
    where: { id: stored.row.id },
    data: { ...values, version: { increment: 1 }, ...(changedValues ? { updatedBy: by } : {}), updatedAt: new Date() },
  });
  if (fresh.length) await tx.roleSource.createMany({ data: fresh.map((s) => ({ ownerId: stored.row.id, ...cite(s), addedBy: by })) });
  return true;
}

async function applyPerson(tx: Tx, p: PersonRecord, by: string, report: ApplyReport): Promise<void> {
  const current = await personSnapshot(tx, p.id);
  if (!current) {
    await insertPerson(tx, p, by);
    report.created.push(p.id);
    return;
  }
  if (current.row.retractedAt) {
    report.conflicts.push({ id: p.id, reason: `${retractedBy(current.row)}; the import does not bring it back` });
    return;
  }
  let changed = false;
  const freshNames = namesOf(p).filter((n) => !current.names.includes(n));
  if (freshNames.length) {
    await addNames(tx, p.id, freshNames);
    await tx.person.update({ where: { id: p.id }, data: { version: { increment: 1 }, updatedAt: new Date() } });
    changed = true;
  }
  const roles = [...current.roles];
  for (const role of p.roles) {
    const i = roles.findIndex((r) => sameRole(roleRecordOf(r.row, []), role));
    if (i < 0) {
      const id = await insertRole(tx, p.id, role, by);
      roles.push((await roleSnapshot(tx, id))!);
      changed = true;
      continue;
    }
    const stored = roles[i]!;
    if (stored.row.retractedAt) {
      report.conflicts.push({ id: p.id, reason: `role ${stored.row.id} (${stored.row.kind}, ${stored.row.countryCode ?? "no country"}, "${stored.row.titleEn}") ${retractedBy(stored.row)}; the import does not bring it back` });
      continue;
    }
    if (await mergeRole(tx, stored, role, by)) {
      roles[i] = (await roleSnapshot(tx, stored.row.id))!;
      changed = true;
    }
  }
  (changed ? report.merged : report.unchanged).push(p.id);
}

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

async function applyEvent(tx: Tx, e: EventRecord, by: string, report: ApplyReport): Promise<void> {
  const current = await eventSnapshot(tx, e.id);
  if (!current) {
    await insertEvent(tx, e, by);
    report.created.push(e.id);
    return;
  }
  const { row } = current;
  if (row.retractedAt) {
    report.conflicts.push({ id: e.id, reason: `${retractedBy(row)}; the import does not bring it back` });
    return;
  }
  const kindChanged = row.kind !== e.kind;
  if (kindChanged && row.updatedBy !== by) {
    const who = row.updatedBy.startsWith("key:") ? `a curator (${row.updatedBy}) changed it since` : `${row.updatedBy} defines it differently`;
    report.conflicts.push({ id: e.id, reason: `${who}: stored ${JSON.stringify({ kind: row.kind })}, this file ${JSON.stringify({ kind: e.kind })}; left as stored` });
    return;
  }
  const countries = uniq(e.countries).filter((c) => !current.countries.includes(c));
  const participants = uniq(e.participants).filter((p) => !current.participants.includes(p));
  const haveDates = new Set(current.dates.map(dateKey));
  const dates = e.dates.filter((d) => !haveDates.has(dateKey(d)));
  const haveSources = new Set(current.sources.map(citeKey));
  const sources = e.sources.filter((s) => !haveSources.has(citeKey(s)));
  if (!kindChanged && !countries.length && !participants.length && !dates.length && !sources.length) {
    report.unchanged.push(e.id);
    return;
  }
  await tx.event.update({
    where: { id: e.id },
    data: { ...(kindChanged ? { kind: e.kind, updatedBy: by } : {}), version: { increment: 1 }, updatedAt: new Date() },
  });
  if (countries.length) await tx.eventCountry.createMany({ data: countries.map((countryCode) => ({ eventId: e.id, countryCode })) });
  if (participants.length) await tx.eventParticipant.createMany({ data: participants.map((personId) => ({ eventId: e.id, personId })) });
  if (dates.length) await tx.eventDate.createMany({ data: dates.map((d) => dateClaimRow(e.id, d, by)) });
  if (sources.length) await tx.eventSource.createMany({ data: sources.map((s) => ({ ownerId: e.id, ...cite(s), addedBy: by })) });
  report.merged.push(e.id);
}

async function applyPart(tx: Tx, part: ImportPart): Promise<ApplyReport> {
  const by = `import:${part.document}`;
  const report: ApplyReport = { created: [], merged: [], unchanged: [], conflicts: [] };
  for (const p of part.people) await applyPerson(tx, p, by, report);
  for (const e of part.events) await applyEvent(tx, e, by, report);
  return report;
}

export function createImports(db: Database, peers: Peers) {
  const store = journalImportStore<Tx, ImportPart>(db.prisma, { journalOf: (tx) => journalOf(tx) as never, apply: (tx, part) => applyPart(tx, part) });
  const gate = new ImportGate(store, peers);
  return {
    gate,
    /** Validates the part like a curator's write and keeps it staged. */
    async stage(importId: string, rawPart: string, ctx: { caller: Caller; requestId?: string }) {
      let json: unknown;
      try {
        json = JSON.parse(rawPart);
      } catch {
        throw refused([{ field: "part", reason: "is not JSON" }]);
      }
      const part = parseInput(importPart, json, "part");
      await assertStageable(peers, importId, part.document, ctx.requestId);
      await validateRecords(
        { peers, requestId: ctx.requestId, importId },
        {
          people: part.people.map((rec, i) => ({ prefix: `part.people[${i}]`, rec })),
          events: part.events.map((rec, i) => ({ prefix: `part.events[${i}]`, rec })),
        },
        part.known,
      );
      const staged = await store.stage(importId, part, ctx.caller, ctx.requestId);
      gate.staged(importId);
      return staged;
    },
    /** Applies a committed import's part now (the gate would before the next request anyway). */
    async apply(importId: string, requestId?: string) {
      const [state] = await peers.importStates([importId], { requestId });
      if (state?.state !== "COMMITTED") throw refused([{ field: "importId", reason: `import ${importId} has not committed (${state?.state ?? "UNKNOWN"})` }]);
      return store.apply(importId);
    },
  };
}

export type Imports = ReturnType<typeof createImports>;
