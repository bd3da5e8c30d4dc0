/**
 * The curator's workbench (issue 16): a stored or newly pasted document's text right to left
 * with its fact candidates highlighted by kind; selecting any passage, or a candidate, shows
 * its exact offsets (UTF-16 code units, end exclusive, the citations' own convention). The
 * text is rendered as it is stored, character for character, so offsets in the page are
 * offsets in the document. A highlight (click, or Enter when focused), a candidate in the
 * list or a selection opens a form for the fact it suggests (workbench/FactForm); the facts
 * already citing the document are in the margin (workbench/RecordedFacts).
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { curatorQuery, describeCandidate, WORKBENCH_DOCUMENT, WORKBENCH_DOCUMENTS, type FactCandidate, type WorkbenchDocument } from "../workbench-api";
import { factsOfDocument, type FactKind, type FormOrigin, type RecordedFact } from "../workbench-curation";
import { FactForm } from "./workbench/FactForm";
import { PasteDocument } from "./workbench/PasteDocument";
import { RecordedFacts } from "./workbench/RecordedFacts";

const KEY_STORAGE = "atlas:curator-key";
const KINDS = ["AMOUNT", "PERCENTAGE", "QUANTITY", "DATE", "COUNTRY", "PERSON"] as const;

interface Span {
  start: number;
  end: number;
  text: string;
}

type Loaded = { state: "idle" } | { state: "loading" } | { state: "error"; message: string } | { state: "done"; doc: WorkbenchDocument };

/**
 * The text cut at every candidate boundary; each piece is highlighted by the shortest
 * candidate covering it, a button for the keyboard (Tab to it, Enter opens its form).
 */
function pieces(text: string, candidates: readonly FactCandidate[], open: (c: FactCandidate, from: HTMLElement) => void): ReactNode[] {
  const cuts = [...new Set([0, text.length, ...candidates.flatMap((c) => [c.start, c.end])])].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const covering = candidates.filter((c) => c.start <= a && c.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start));
    const piece = text.slice(a, b);
    const top = covering[0];
    if (!top) out.push(piece);
    else
      out.push(
        <mark
          key={a}
          className={`cand cand-${top.kind.toLowerCase()}`}
          data-kinds={covering.map((c) => c.kind).join(" ")}
          data-candidate={top.id}
          title={covering.map((c) => `${c.kind.toLowerCase()}: ${describeCandidate(c)}`).join("\n")}
          tabIndex={0}
          role="button"
          aria-label={`${top.kind.toLowerCase()}: ${describeCandidate(top)}`}
          onClick={(e) => {
            // A drag across the highlight selects text; only a plain click opens the form.
            if (window.getSelection()?.isCollapsed === false) return;
            open(top, e.currentTarget);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              open(top, e.currentTarget);
            }
          }}
        >
          {piece}
        </mark>,
      );
  }
  return out;
}

/** The offsets of the current selection inside `root`, counted in the text as stored; null when the selection is elsewhere or empty. */
function selectionIn(root: HTMLElement, text: string): Span | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const offset = (node: Node, at: number): number => {
    const before = document.createRange();
    before.selectNodeContents(root);
    before.setEnd(node, at);
    return before.toString().length;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return start < end ? { start, end, text: text.slice(start, end) } : null;
}

export function Workbench({ initialDocument }: { initialDocument: string | null }) {
  const [key, setKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? "");
  const [documents, setDocuments] = useState<{ id: string; title: string }[]>([]);
  const [documentsRead, setDocumentsRead] = useState(0);
  const [docId, setDocId] = useState(initialDocument ?? "");
  const [pasting, setPasting] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ state: "idle" });
  const [selection, setSelection] = useState<Span | null>(null);
  const [shown, setShown] = useState<Set<string>>(() => new Set(KINDS));
  const [form, setForm] = useState<FormOrigin | null>(null);
  const [formRun, setFormRun] = useState(0);
  const [facts, setFacts] = useState<RecordedFact[] | null>(null);
  const [factsError, setFactsError] = useState<string | null>(null);
  const [factsRead, setFactsRead] = useState(0);
  const [status, setStatus] = useState("");
  const textRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    curatorQuery<{ documents: { id: string; title: string }[] }>(key, WORKBENCH_DOCUMENTS, {}, controller.signal)
      .then((d) => setDocuments(d.documents))
      .catch(() => setDocuments([]));
    return () => controller.abort();
  }, [key, documentsRead]);

  useEffect(() => {
    if (!docId || !key) {
      setLoaded({ state: "idle" });
      return;
    }
    const url = new URL(window.location.href);
    if (url.searchParams.get("workbench") !== docId) {
      url.searchParams.set("workbench", docId);
      window.history.replaceState(null, "", url);
    }
    const controller = new AbortController();
    setLoaded({ state: "loading" });
    setSelection(null);
    setForm(null);
    setFacts(null);
    curatorQuery<{ document: WorkbenchDocument | null }>(key, WORKBENCH_DOCUMENT, { id: docId }, controller.signal)
      .then((d) => setLoaded(d.document ? { state: "done", doc: d.document } : { state: "error", message: `No document ${docId}` }))
      .catch((e: Error) => {
        if (e.name !== "AbortError") setLoaded({ state: "error", message: e.message });
      });
    return () => controller.abort();
  }, [docId, key]);

  useEffect(() => {
    if (!docId || !key) return;
    const controller = new AbortController();
    setFactsError(null);
    factsOfDocument(key, docId, controller.signal)
      .then(setFacts)
      .catch((e: Error) => {
        if (e.name !== "AbortError") setFactsError(e.message);
      });
    return () => controller.abort();
  }, [docId, key, factsRead]);

  useEffect(() => {
    const onChange = () => {
      if (loaded.state !== "done" || !textRef.current || loaded.doc.text === null) return;
      const span = selectionIn(textRef.current, loaded.doc.text);
      if (span) setSelection(span);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [loaded]);

  /** Opens the form for a span (from a candidate or a selection), remembering where focus goes back to. */
  const openForm = useCallback((origin: FormOrigin, from: HTMLElement | null) => {
    returnFocus.current = from;
    setStatus("");
    setForm(origin);
    setFormRun((n) => n + 1);
  }, []);
  const openCandidate = useCallback(
    (c: FactCandidate, from: HTMLElement) => {
      setSelection({ start: c.start, end: c.end, text: c.text });
      openForm({ start: c.start, end: c.end, candidate: c }, from);
    },
    [openForm],
  );
  const closeForm = () => {
    setForm(null);
    const back = returnFocus.current;
    returnFocus.current = null;
    // After React removed the form: focus the highlight or button it was opened from.
    if (back) window.requestAnimationFrame(() => back.isConnected && back.focus());
  };

  const candidates = loaded.state === "done" ? loaded.doc.candidates.filter((c) => shown.has(c.kind)) : [];
  const personIds = loaded.state === "done" ? [...new Set(loaded.doc.candidates.flatMap((c) => (c.person ? [c.person.id, ...c.person.alternatives.map((a) => a.id)] : [])))] : [];

  return (
    <section className="workbench" aria-label="Curator's workbench">
      <h2>Curator’s workbench</h2>
      <form
        className="workbench-controls"
        onSubmit={(e) => {
          e.preventDefault();
          const value = new FormData(e.currentTarget).get("key")?.toString().trim() ?? "";
          sessionStorage.setItem(KEY_STORAGE, value);
          setKey(value);
        }}
      >
        <label>
          Curator API key
          <input name="key" type="password" autoComplete="off" defaultValue={key} />
        </label>
        <button type="submit">Use key</button>
        <label>
          Document
          <select
            value={docId}
            onChange={(e) => {
              setPasting(false);
              setDocId(e.target.value);
            }}
          >
            <option value="">Choose a document…</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
            {docId && !documents.some((d) => d.id === docId) && <option value={docId}>{docId}</option>}
          </select>
        </label>
        <button type="button" aria-expanded={pasting} onClick={() => setPasting((p) => !p)} disabled={!key}>
          Paste a new article
        </button>
      </form>
      {pasting && key && (
        <PasteDocument
          apiKey={key}
          onCancel={() => setPasting(false)}
          onAdded={(id) => {
            setPasting(false);
            setDocumentsRead((n) => n + 1);
            setFacts(null);
            setDocId(id);
          }}
        />
      )}
      <fieldset className="workbench-kinds">
        <legend>Highlight</legend>
        {KINDS.map((k) => (
          <label key={k} className={`cand-${k.toLowerCase()}`}>
            <input type="checkbox" checked={shown.has(k)} onChange={(e) => setShown((s) => new Set(e.target.checked ? [...s, k] : [...s].filter((x) => x !== k)))} />
            {k.toLowerCase()}
          </label>
        ))}
      </fieldset>

      {loaded.state === "idle" && <p className="hint">{key ? "Choose a document, or paste a new article." : "Enter a curator API key to read a document's candidates."}</p>}
      {loaded.state === "loading" && (
        <p className="hint" role="status">
          Finding candidates…
        </p>
      )}
      {loaded.state === "error" && (
        <p className="notice error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.state === "done" && (
        <div className="workbench-body">
          <div className="workbench-side">
            <p className="workbench-selection" aria-live="polite" data-start={selection?.start} data-end={selection?.end}>
              {selection ? (
                <>
                  Selection: <code>[{selection.start}, {selection.end})</code>{" "}
                  <q dir="rtl" lang="ar">
                    {selection.text}
                  </q>{" "}
                  {loaded.doc.text !== null && (
                    <button type="button" className="wb-record-selection" onClick={(e) => openForm({ start: selection.start, end: selection.end, candidate: null }, e.currentTarget)}>
                      Record a fact from the selection
                    </button>
                  )}
                </>
              ) : (
                "Select a passage in the text, or a candidate, to see its offsets and record a fact."
              )}
            </p>
            <p className="wb-status-line" role="status">
              {status}
            </p>
            {form && loaded.doc.text !== null && (
              <FactForm
                key={formRun}
                apiKey={key}
                document={loaded.doc.id}
                text={loaded.doc.text}
                origin={form}
                candidates={loaded.doc.candidates}
                personIds={personIds}
                onClose={closeForm}
                onRecorded={(kind: FactKind, id: string) => {
                  setStatus(`Recorded ${kind} ${id}.`);
                  setFactsRead((n) => n + 1);
                  closeForm();
                }}
              />
            )}
            <RecordedFacts
              apiKey={key}
              document={loaded.doc.id}
              facts={facts}
              error={factsError}
              onShowSpan={(start, end) => setSelection({ start, end, text: (loaded.doc.text ?? "").slice(start, end) })}
              onChanged={() => setFactsRead((n) => n + 1)}
            />
            <h3 className="wb-candidates-title">Candidates</h3>
            <p className="hint">
              {loaded.doc.candidates.length} candidates; published {loaded.doc.publishedOn?.iso ?? "on no stated date (relative dates stay unresolved)"}.
            </p>
            <ol className="workbench-candidates">
              {candidates.map((c) => (
                <li key={c.id}>
                  <button type="button" className={`cand cand-${c.kind.toLowerCase()}`} onClick={(e) => openCandidate(c, e.currentTarget)}>
                    <span className="kind">{c.kind.toLowerCase()}</span> <span dir="rtl" lang="ar">{c.text}</span> → {describeCandidate(c)} <code>[{c.start}, {c.end})</code>
                  </button>
                </li>
              ))}
            </ol>
          </div>
          <div ref={textRef} className="workbench-text" dir="rtl" lang="ar" data-document={loaded.doc.id}>
            {loaded.doc.text === null ? "" : pieces(loaded.doc.text, candidates, openCandidate)}
          </div>
        </div>
      )}
    </section>
  );
}
