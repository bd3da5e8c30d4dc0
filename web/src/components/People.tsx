import type { Person } from "../api";
import { humanize } from "../text";

export function People({ people }: { people: Person[] }) {
  if (people.length === 0) return <p className="muted">Nobody from the sources took part in events involving both countries.</p>;
  return (
    <ul className="people">
      {people.map((p) => (
        <li key={p.id} className="person">
          <div className="person-names">
            <strong>{p.name}</strong>
            <span className="ar" dir="rtl" lang="ar">
              {p.nameAr}
            </span>
          </div>
          <ul className="roles">
            {p.roles.map((r, n) => (
              <li key={n}>
                {r.title}
                {r.organization && r.organization !== r.title ? `, ${r.organization}` : ""}
                {r.country && <span className="code">{r.country.code}</span>}
                <span className="muted small"> {humanize(r.kind)}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
