import type { ReactNode } from "react";
import type { ApiError, Country, DocumentInfo, Profile, Source } from "../api";
import { formatIso } from "../text";
import { spanAnchor } from "./Citation";
import { Corridors } from "./Corridors";
import { Indicators } from "./Indicators";
import { People } from "./People";
import { Timeline } from "./Timeline";

function CountryCard({ country }: { country: Country }) {
  return (
    <article className="card country">
      <div className="country-names">
        <h2>{country.name}</h2>
        <p className="ar country-ar" dir="rtl" lang="ar">
          {country.nameAr}
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>Codes</dt>
          <dd>
            {country.code} · {country.iso3}
          </dd>
        </div>
        {country.capital && (
          <div>
            <dt>Capital</dt>
            <dd>
              {country.capital}
              {country.capitalAr && country.capitalAr !== country.capital && (
                <span className="ar inline" dir="rtl" lang="ar">
                  {country.capitalAr}
                </span>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>Leaders</dt>
          <dd>
            {country.leaders === null
              ? "unavailable"
              : country.leaders.length === 0
                ? "none named in the sources"
                : country.leaders.map((l) => (
                    <span key={l.id} className="leader">
                      {l.name}{" "}
                      <span className="ar inline" dir="rtl" lang="ar">
                        {l.nameAr}
                      </span>
                    </span>
                  ))}
          </dd>
        </div>
      </dl>
    </article>
  );
}

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section className="section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

/** A field that is null because its subgraph could not answer. */
function Unavailable({ what }: { what: string }) {
  return <p className="notice">The {what} could not be loaded just now; the rest of the profile is complete.</p>;
}

function collectSources(profile: NonNullable<Profile["bilateral"]>): Source[] {
  return [
    ...(profile.indicators ?? []).flatMap((i) => i.sources),
    ...(profile.agreements ?? []).flatMap((a) => [...a.sources, ...a.signedOnClaims.map((c) => c.source)]),
    ...(profile.events ?? []).flatMap((e) => e.sources),
    ...(profile.corridors ?? []).flatMap((c) => c.sources),
  ];
}

function References({ sources, documents }: { sources: Source[]; documents: DocumentInfo[] }) {
  const byDoc = new Map<string, Map<string, Source>>();
  for (const s of sources) {
    const spans = byDoc.get(s.document) ?? new Map<string, Source>();
    spans.set(spanAnchor(s), s);
    byDoc.set(s.document, spans);
  }
  const docs = new Map(documents.map((d) => [d.id, d]));
  return (
    <ol className="references">
      {[...byDoc.keys()].sort().map((id) => {
        const d = docs.get(id);
        const spans = [...byDoc.get(id)!.values()].sort((x, y) => x.start - y.start);
        return (
          <li key={id} id={`doc-${id}`} className="reference">
            <div className="ref-head">
              <code>{id}</code>
              {d && (
                <>
                  <strong className="ref-title">{d.title}</strong>
                  <span className="ar" dir="rtl" lang="ar">
                    {d.titleAr}
                  </span>
                  <span className="muted small">
                    <bdi dir="ltr">{d.publisher ?? "Publisher not stated"}</bdi> · {d.publishedOn ? formatIso(d.publishedOn.iso) : "publication date not stated"}
                    {d.author ? ` · ${d.author}` : ""}
                  </span>
                </>
              )}
            </div>
            <ul className="spans">
              {spans.map((s) => (
                <li key={spanAnchor(s)} id={spanAnchor(s)}>
                  <code>
                    [{s.start}, {s.end})
                  </code>{" "}
                  {s.claim}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

export function ProfileView({ profile, errors }: { profile: Profile; errors: ApiError[] }) {
  const b = profile.bilateral;
  if (!b) return <p className="notice">One of these countries is not in the atlas.</p>;
  const missing = [...new Set(errors.map((e) => e.extensions?.serviceName).filter(Boolean))];
  const indicators = b.indicators ?? [];
  return (
    <div className="profile" data-pair={b.id}>
      {missing.length > 0 && <p className="notice">Part of this profile is missing: the {missing.join(", ")} service could not answer.</p>}
      <div className="countries">
        {b.countries.map((c) => (
          <CountryCard key={c.code} country={c} />
        ))}
      </div>

      <nav className="toc" aria-label="Sections">
        <a href="#indicators">Figures</a>
        <a href="#timeline">Timeline</a>
        <a href="#people">People</a>
        <a href="#corridors">Corridors</a>
        <a href="#sources">Sources</a>
      </nav>

      <Section id="indicators" title="Figures" count={indicators.length}>
        {b.indicators === null ? <Unavailable what="figures" /> : <Indicators indicators={indicators} />}
      </Section>

      <Section id="timeline" title="Agreements, meetings and targets" count={(b.agreements?.length ?? 0) + (b.events?.length ?? 0) + indicators.filter((i) => i.kind === "TARGET").length}>
        {b.agreements === null || b.events === null ? <Unavailable what="agreements or meetings" /> : null}
        <Timeline agreements={b.agreements ?? []} events={b.events ?? []} indicators={indicators} />
      </Section>

      <Section id="people" title="People involved" count={b.people?.length ?? 0}>
        {b.people === null ? <Unavailable what="people" /> : <People people={b.people} />}
      </Section>

      <Section id="corridors" title="Corridors" count={b.corridors?.length ?? 0}>
        {b.corridors === null ? <Unavailable what="corridors" /> : <Corridors corridors={b.corridors} />}
      </Section>

      <Section id="sources" title="Sources">
        <p className="muted small">Each span is [start, end) in characters of the source article; every citation above links here.</p>
        <References sources={collectSources(b)} documents={profile.documents ?? []} />
      </Section>
    </div>
  );
}
