import { Fragment } from "react";
import type { Agreement, Event, Indicator, Source } from "../api";
import { formatIso, formatValue, humanize } from "../text";
import { Citations } from "./Citation";

interface Item {
  key: string;
  sort: string;
  when: string;
  type: "agreement" | "event" | "target";
  badge: string;
  title: string;
  titleAr: string | null;
  detail: string | null;
  note: string | null;
  sources: Source[];
}

function earliest(isos: string[]): string | null {
  return [...isos].sort()[0] ?? null;
}

function items(agreements: Agreement[], events: Event[], indicators: Indicator[]): Item[] {
  const list: Item[] = [];
  for (const a of agreements) {
    // Sorted by the earliest claim (as the API orders timelines); shown as the part every claim
    // shares (signedOn: "2024" for October against August 2024), the claims themselves in the note.
    const first = earliest(a.signedOnClaims.map((c) => c.date.iso)) ?? a.signedOn?.iso ?? null;
    const shared = a.signedOn ? formatIso(a.signedOn.iso) : "";
    list.push({
      key: `a-${a.id}`,
      sort: first ?? "9999",
      when: a.signedOnDisputed ? (shared ? `${shared} (disputed)` : "date disputed") : shared,
      type: "agreement",
      badge: "Agreement",
      title: a.title,
      titleAr: a.titleAr !== a.title ? a.titleAr : null,
      detail: `${humanize(a.kind)} · ${humanize(a.status)} · parties ${a.parties.map((p) => p.code).join(", ")}`,
      note: a.signedOnDisputed ? a.signedOnClaims.map((c) => `${formatIso(c.date.iso)} per ${c.source.document}`).join("; ") : null,
      sources: a.sources,
    });
  }
  for (const e of events) {
    const place = [e.place?.city, e.place?.country?.code].filter(Boolean).join(", ");
    list.push({
      key: `e-${e.id}`,
      sort: e.date?.iso ?? "9999",
      when: e.date ? formatIso(e.date.iso) : "",
      type: "event",
      badge: e.kind === "OTHER" ? "Event" : humanize(e.kind),
      title: e.title,
      titleAr: e.titleAr !== e.title ? e.titleAr : null,
      detail: [place, e.participants.map((p) => p.name).join(", ")].filter(Boolean).join(" · "),
      note: null,
      sources: e.sources,
    });
  }
  for (const i of indicators.filter((x) => x.kind === "TARGET")) {
    list.push({
      key: `t-${i.id}`,
      sort: i.year ? String(i.year) : "9999",
      when: i.year ? `by ${i.year}` : "no horizon",
      type: "target",
      badge: "Target",
      title: `${humanize(i.metric)}: ${formatValue(i.value, i.unit, i)}`,
      titleAr: null,
      detail: i.label,
      note: null,
      sources: i.sources,
    });
  }
  return list.sort((x, y) => x.sort.localeCompare(y.sort) || x.title.localeCompare(y.title));
}

export function Timeline({ agreements, events, indicators }: { agreements: Agreement[]; events: Event[]; indicators: Indicator[] }) {
  const list = items(agreements, events, indicators);
  if (list.length === 0) return <p className="muted">No agreements, meetings or targets between these two countries in the sources.</p>;
  const firstUndated = list.findIndex((it) => it.sort === "9999");
  return (
    <ol className="timeline">
      {list.map((it, n) => (
        <Fragment key={it.key}>
          {n === firstUndated && <li className="tl-divider">Date not stated in the sources</li>}
          <TimelineItem it={it} />
        </Fragment>
      ))}
    </ol>
  );
}

function TimelineItem({ it }: { it: Item }) {
  return (
    <li className={`tl-item tl-${it.type}`}>
      <div className="tl-when">{it.when}</div>
      <div className="tl-body">
        <span className={`badge badge-${it.type}`}>{it.badge}</span>
        <h3 className="tl-title">{it.title}</h3>
        {it.titleAr && (
          <p className="ar" dir="rtl" lang="ar">
            {it.titleAr}
          </p>
        )}
        {it.detail && <p className="muted small">{it.detail}</p>}
        {it.note && <p className="small warn">Dates claimed: {it.note}</p>}
        <details className="sources-toggle">
          <summary>
            {it.sources.length} source{it.sources.length === 1 ? "" : "s"}
          </summary>
          <Citations sources={it.sources} />
        </details>
      </div>
    </li>
  );
}
