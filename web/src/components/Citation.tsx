import type { Source } from "../api";
import { formatIso } from "../text";

export const spanAnchor = (s: Pick<Source, "document" | "start" | "end">): string => `span-${s.document}-${s.start}-${s.end}`;

/** Where a fact is stated: publisher, date, our claim, and a link to the span [start, end) in the document. */
export function Citation({ source }: { source: Source }) {
  return (
    <div className="cite">
      <div className="cite-meta">
        <bdi className="cite-pub" dir="ltr">{source.publisher ?? "Publisher not stated"}</bdi>
        <span className="dot" aria-hidden="true">
          ·
        </span>
        <time dateTime={source.publishedOn ?? undefined}>{source.publishedOn ? formatIso(source.publishedOn) : "publication date not stated"}</time>
      </div>
      <q className="cite-claim">{source.claim}</q>
      <a className="cite-span" href={`#${spanAnchor(source)}`} title={`Characters ${source.start} to ${source.end} of document ${source.document}`}>
        {source.document} [{source.start}, {source.end})
      </a>
    </div>
  );
}

export function Citations({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return <p className="muted small">No source recorded.</p>;
  return (
    <div className="cites">
      {sources.map((s) => (
        <Citation key={`${s.document}-${s.start}-${s.end}`} source={s} />
      ))}
    </div>
  );
}
