import type { Corridor } from "../api";
import { humanize } from "../text";
import { Citations } from "./Citation";

export function Corridors({ corridors }: { corridors: Corridor[] }) {
  if (corridors.length === 0) return <p className="muted">No transport corridor or project links both countries in the sources.</p>;
  return (
    <ul className="corridors">
      {corridors.map((c) => (
        <li key={c.id} className="card corridor">
          <div className="corridor-head">
            <h3>{c.name}</h3>
            <span className={`badge badge-status-${c.status.toLowerCase()}`}>{humanize(c.status)}</span>
          </div>
          {c.nameAr !== c.name && (
            <p className="ar" dir="rtl" lang="ar">
              {c.nameAr}
            </p>
          )}
          <p className="muted small">
            {humanize(c.kind)} · {c.countries.map((x) => x.code).join(", ")}
          </p>
          {c.summary && <p className="small">{c.summary}</p>}
          <details className="sources-toggle">
            <summary>
              {c.sources.length} source{c.sources.length === 1 ? "" : "s"}
            </summary>
            <Citations sources={c.sources} />
          </details>
        </li>
      ))}
    </ul>
  );
}
