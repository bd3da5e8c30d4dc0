/**
 * The margin: every fact that cites the open document, visible or retracted, with its
 * spans (a click selects the span in the text). Retracting is one action with a reason; when
 * another write came first (CONFLICT) the fact is read again and its current record shown.
 */
import { useEffect, useId, useRef, useState } from "react";
import { ApiRefusal, rereadFact, retractFact, type RecordedFact } from "../../workbench-curation";

interface Props {
  apiKey: string;
  document: string;
  facts: RecordedFact[] | null;
  error: string | null;
  onShowSpan: (start: number, end: number) => void;
  onChanged: () => void;
}

export function RecordedFacts({ apiKey, document, facts, error, onShowSpan, onChanged }: Props) {
  return (
    <section className="wb-recorded" aria-labelledby="wb-recorded-title">
      <h3 id="wb-recorded-title">Recorded facts {facts ? `(${facts.length})` : ""}</h3>
      {error && (
        <p className="notice error" role="alert">
          Could not read the recorded facts: {error}
        </p>
      )}
      {facts === null && !error && <p className="hint">Reading the facts that cite this document…</p>}
      {facts?.length === 0 && <p className="hint">No fact cites this document yet.</p>}
      {facts && facts.length > 0 && (
        <ul className="wb-facts">
          {facts.map((f) => (
            <RecordedFactItem key={`${f.kind}:${f.id}:${f.version}:${f.retraction ? "r" : "v"}`} apiKey={apiKey} document={document} fact={f} onShowSpan={onShowSpan} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RecordedFactItem({ apiKey, document, fact, onShowSpan, onChanged }: { apiKey: string; document: string; fact: RecordedFact; onShowSpan: Props["onShowSpan"]; onChanged: () => void }) {
  const [current, setCurrent] = useState(fact);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<RecordedFact | null>(null);
  const [sending, setSending] = useState(false);
  const uid = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const retracted = current.retraction !== null;

  // Closing the reason form (Esc, Cancel) puts focus back on the button that opened it.
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const retract = async () => {
    setSending(true);
    setProblem(null);
    try {
      await retractFact(apiKey, current, reason.trim());
      setOpen(false);
      onChanged();
    } catch (e) {
      if (e instanceof ApiRefusal && e.code === "CONFLICT") {
        const now = await rereadFact(apiKey, document, current).catch(() => null);
        setConflict(now);
        if (now) setCurrent(now);
        setProblem(e.message);
      } else setProblem((e as Error).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <li className={`wb-fact${retracted ? " wb-fact-retracted" : ""}`} data-fact={`${current.kind}:${current.id}`} data-status={retracted ? "retracted" : "visible"}>
      <div className="wb-fact-head">
        <span className="kind">{current.kind}</span>
        <span className={`wb-status wb-status-${retracted ? "retracted" : "visible"}`}>{retracted ? "retracted" : "visible"}</span>
        <code className="wb-fact-id">{current.id}</code>
      </div>
      <div className="wb-fact-title">{current.title}</div>
      {current.retraction && (
        <div className="wb-fact-retraction small">
          Retracted by {current.retraction.by} on {current.retraction.at.slice(0, 10)}: {current.retraction.reason}
        </div>
      )}
      <div className="wb-fact-spans">
        {current.citations.map((c) => (
          <button key={`${c.start}-${c.end}-${c.citationId ?? ""}`} type="button" className="wb-span" title={c.claim} onClick={() => onShowSpan(c.start, c.end)}>
            [{c.start}, {c.end})
          </button>
        ))}
      </div>
      {!retracted && !open && (
        <button ref={opener} type="button" className="wb-retract-open" onClick={() => setOpen(true)} aria-label={`Retract ${current.kind} ${current.id}`}>
          Retract…
        </button>
      )}
      {!retracted && open && (
        <form
          className="wb-retract"
          onSubmit={(e) => {
            e.preventDefault();
            void retract();
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              setOpen(false);
            }
          }}
        >
          <label htmlFor={`${uid}-reason`}>Reason for retracting</label>
          <input id={`${uid}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} autoFocus autoComplete="off" />
          <div className="wb-actions">
            <button type="submit" disabled={sending}>
              Retract {current.kind}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {problem && (
        <div className="notice error small" role="alert">
          {problem}
          {conflict && (
            <div className="wb-conflict">
              Current record: version {conflict.version}, {conflict.retraction ? `retracted (${conflict.retraction.reason})` : "visible"}; “{conflict.title}”. {conflict.retraction ? "" : "Retract again to apply your change to it."}
            </div>
          )}
        </div>
      )}
    </li>
  );
}
