/**
 * The form a candidate or a selection opens: prefilled for the fact it suggests, with the
 * citation (document, offsets, the quote they cut, figures) filled in. Submitting calls the
 * owning subgraph's create mutation; a refusal is shown at the field the server names, with
 * the server's own words. Esc closes it (the workbench returns focus to where it came from).
 */
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { FactCandidate } from "../../workbench-api";
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  ApiRefusal,
  DATE_BASES,
  EVENT_KINDS,
  FACT_KINDS,
  FormProblem,
  formFieldOf,
  INDICATOR_KINDS,
  prefill,
  QUALIFIERS,
  recordFact,
  ROLE_KINDS,
  type FactKind,
  type FormOrigin,
  type FormValues,
} from "../../workbench-curation";

interface Refusal {
  field: string | null;
  message: string;
  code: string | null;
}

interface Props {
  apiKey: string;
  document: string;
  text: string;
  origin: FormOrigin;
  candidates: readonly FactCandidate[];
  personIds: readonly string[];
  onClose: () => void;
  onRecorded: (kind: FactKind, id: string) => void;
}

const humanize = (s: string): string => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, " ");

export function FactForm({ apiKey, document, text, origin, candidates, personIds, onClose, onRecorded }: Props) {
  const [values, setValues] = useState<FormValues>(() => prefill(origin, text, candidates));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [sending, setSending] = useState(false);
  const uid = useId();
  const first = useRef<HTMLSelectElement>(null);
  const kind = values.kind as FactKind;

  useEffect(() => {
    first.current?.focus();
  }, []);

  const set = (name: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const idOf = (name: string): string => `${uid}-${name}`;
  const errorAt = (name: string): boolean => refusal?.field === name;

  /** One labelled input (or select), with the server's refusal under it when it names this field. */
  const field = (name: string, label: string, control: ReactNode, hint?: string): ReactNode => (
    <div className={`wb-field${errorAt(name) ? " wb-invalid" : ""}`} data-field={name}>
      <label htmlFor={idOf(name)}>{label}</label>
      {control}
      {hint && (
        <small className="wb-hint" id={`${idOf(name)}-hint`}>
          {hint}
        </small>
      )}
      {errorAt(name) && (
        <p className="wb-field-error" id={`${idOf(name)}-error`} role="alert">
          {refusal!.message}
        </p>
      )}
    </div>
  );
  const describedBy = (name: string, hint = false): string | undefined => [hint ? `${idOf(name)}-hint` : "", errorAt(name) ? `${idOf(name)}-error` : ""].filter(Boolean).join(" ") || undefined;
  const input = (name: string, label: string, extra: { type?: string; dir?: "rtl" | "ltr"; lang?: string; placeholder?: string; required?: boolean; list?: string; inputMode?: "numeric" | "decimal" } = {}, hint?: string) =>
    field(
      name,
      label,
      <input id={idOf(name)} name={name} value={values[name] ?? ""} onChange={set(name)} aria-invalid={errorAt(name) || undefined} aria-describedby={describedBy(name, Boolean(hint))} autoComplete="off" {...extra} />,
      hint,
    );
  const select = (name: string, label: string, options: readonly string[]) =>
    field(
      name,
      label,
      <select id={idOf(name)} name={name} value={values[name] ?? options[0]} onChange={set(name)} aria-invalid={errorAt(name) || undefined} aria-describedby={describedBy(name)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {humanize(o)}
          </option>
        ))}
      </select>,
    );

  const start = Number(values.start);
  const end = Number(values.end);
  const inText = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;

  const submit = async () => {
    setSending(true);
    setRefusal(null);
    try {
      const id = await recordFact(apiKey, document, values);
      onRecorded(kind, id);
    } catch (e) {
      if (e instanceof FormProblem) setRefusal({ field: e.field, message: `${e.field}: ${e.message}`, code: null });
      else if (e instanceof ApiRefusal) setRefusal({ field: formFieldOf(e.field, kind), message: e.message, code: e.code });
      else setRefusal({ field: null, message: (e as Error).message, code: null });
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className="wb-form"
      aria-labelledby={`${uid}-heading`}
      data-kind={kind}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="wb-form-head">
        <h3 id={`${uid}-heading`}>Record a fact{origin.candidate ? ` (${origin.candidate.kind.toLowerCase()} candidate)` : " from the selection"}</h3>
        <button type="button" className="wb-close" onClick={onClose} aria-label="Close the form (Esc)">
          ×
        </button>
      </div>
      {refusal && refusal.field === null && (
        <p className="notice error wb-refusal" role="alert">
          The server refused it: {refusal.message}
        </p>
      )}
      {refusal && refusal.field !== null && (
        <p className="wb-refusal-summary">
          The server refused it; see <a href={`#${idOf(refusal.field)}`}>the field</a>.
        </p>
      )}
      <div className="wb-grid">
        {field(
          "kind",
          "Kind of fact",
          <select ref={first} id={idOf("kind")} name="kind" value={kind} onChange={set("kind")}>
            {FACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {humanize(k)}
              </option>
            ))}
          </select>,
        )}

        {kind === "indicator" && (
          <>
            {input("metric", "Metric", { placeholder: "TRADE_TURNOVER", required: true })}
            {select("indicatorKind", "Indicator kind", INDICATOR_KINDS)}
            {input("value", "Value (base units)", { inputMode: "decimal", required: true })}
            {select("qualifier", "Qualifier", QUALIFIERS)}
            {values.qualifier === "RANGE" && input("valueMax", "Upper end of the range", { inputMode: "decimal" })}
            {input("unit", "Unit", { placeholder: "USD, PERCENT, TONNES…", required: true })}
            {input("year", "Year (optional)", { inputMode: "numeric" })}
            {input("label", "Label (English)", { required: true, placeholder: "What it measures, in your words" })}
            {input("countries", "Countries (codes)", { placeholder: "AZ, KZ", required: true })}
          </>
        )}
        {kind === "agreement" && (
          <>
            {select("agreementKind", "Agreement kind", AGREEMENT_KINDS)}
            {select("agreementStatus", "Status", AGREEMENT_STATUSES)}
            {input("title", "Title (English)", { required: true })}
            {input("titleAr", "Title (Arabic)", { dir: "rtl", lang: "ar" })}
            {input("parties", "Parties (codes)", { placeholder: "AZ, KZ", required: true })}
          </>
        )}
        {kind === "event" && (
          <>
            {select("eventKind", "Event kind", EVENT_KINDS)}
            {input("title", "Title (English)", { required: true })}
            {input("titleAr", "Title (Arabic)", { dir: "rtl", lang: "ar" })}
            {input("countries", "Countries (codes)", { placeholder: "AZ, KZ", required: true })}
            {input("city", "City (English, optional)")}
            {input("placeCountry", "City's country (code, optional)")}
          </>
        )}
        {kind === "role" && (
          <>
            {input("person", "Person (id)", { required: true, list: `${uid}-people` })}
            <datalist id={`${uid}-people`}>
              {personIds.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
            {select("roleKind", "Role kind", ROLE_KINDS)}
            {input("title", "Title (English)", { required: true })}
            {input("titleAr", "Title (Arabic)", { dir: "rtl", lang: "ar" })}
            {input("country", "Country served (code)")}
            {input("organization", "Organization (optional)")}
          </>
        )}
        {kind !== "indicator" && (
          <>
            {input("date", kind === "role" ? "Holds it as of (optional)" : "Date (optional)", { placeholder: "yyyy-mm-dd" }, "yyyy, yyyy-mm or yyyy-mm-dd")}
            {kind !== "role" && select("basis", "Date basis", DATE_BASES)}
            {kind !== "role" && values.basis === "RELATIVE" && input("basisNote", "Which words, against which publication date")}
          </>
        )}
      </div>

      <fieldset className="wb-citation">
        <legend>Citation</legend>
        <div className="wb-grid">
          {field("document", "Document", <input id={idOf("document")} value={document} readOnly />)}
          {input("start", "Start", { type: "number", inputMode: "numeric", required: true })}
          {input("end", "End (exclusive)", { type: "number", inputMode: "numeric", required: true })}
          {input("figures", "Figures, as written", {}, "Every number and year the span states for this fact")}
        </div>
        <div className="wb-quote">
          <span className="wb-quote-label" id={`${uid}-quote-label`}>
            Quote [{values.start}, {values.end})
          </span>
          <output className="wb-quote-text" dir="rtl" lang="ar" aria-labelledby={`${uid}-quote-label`}>
            {inText ? text.slice(start, end) : `(not a span of this text: it has ${text.length} characters)`}
          </output>
        </div>
        {input("claim", "Claim (your own English words)", { required: true, placeholder: "What the passage states, in one line" })}
      </fieldset>

      <div className="wb-actions">
        <button type="submit" disabled={sending}>
          {sending ? "Recording…" : `Record ${kind}`}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
