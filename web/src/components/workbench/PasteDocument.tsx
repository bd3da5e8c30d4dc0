/**
 * Pasting a new article: addDocument stores its exact text (idempotent by content: the same
 * text again opens the document it already is), then the workbench opens it.
 */
import { useId, useState } from "react";
import { curatorQuery } from "../../workbench-api";
import { ApiRefusal, FormProblem, partialDate } from "../../workbench-curation";

const ADD_DOCUMENT = "mutation WorkbenchAddDocument($input: DocumentInput!) { addDocument(input: $input) { id } }";

interface Props {
  apiKey: string;
  onAdded: (id: string) => void;
  onCancel: () => void;
}

export function PasteDocument({ apiKey, onAdded, onCancel }: Props) {
  const uid = useId();
  const [problem, setProblem] = useState<{ field: string | null; message: string } | null>(null);
  const [sending, setSending] = useState(false);

  const fieldOf = (path: string | null): string | null => (path ? (/^input\.([A-Za-z]+)/.exec(path)?.[1] ?? null) : null);
  const errorFor = (name: string) =>
    problem?.field === name ? (
      <p className="wb-field-error" id={`${uid}-${name}-error`} role="alert">
        {problem.message}
      </p>
    ) : null;

  return (
    <form
      className="wb-paste"
      aria-labelledby={`${uid}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const get = (n: string): string => f.get(n)?.toString() ?? "";
        setProblem(null);
        let input: Record<string, unknown>;
        try {
          input = {
            text: get("text"),
            title: get("title").trim(),
            titleAr: get("titleAr").trim() || undefined,
            publisher: get("publisher").trim() || undefined,
            publishedOn: partialDate(get("publishedOn"), "publishedOn") ?? undefined,
            publishedOnNote: get("publishedOnNote").trim() || undefined,
            language: get("language").trim() || "ar",
          };
        } catch (err) {
          if (err instanceof FormProblem) return setProblem({ field: err.field, message: `${err.field}: ${err.message}` });
          throw err;
        }
        setSending(true);
        curatorQuery<{ addDocument: { id: string } }>(apiKey, ADD_DOCUMENT, { input })
          .then((d) => onAdded(d.addDocument.id))
          .catch((err: Error) => setProblem({ field: err instanceof ApiRefusal ? fieldOf(err.field) : null, message: err.message }))
          .finally(() => setSending(false));
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <h3 id={`${uid}-heading`}>Paste a new article</h3>
      {problem && problem.field === null && (
        <p className="notice error" role="alert">
          {problem.message}
        </p>
      )}
      <div className="wb-grid">
        <div className="wb-field">
          <label htmlFor={`${uid}-title-input`}>Title (English)</label>
          <input id={`${uid}-title-input`} name="title" required autoComplete="off" autoFocus />
          {errorFor("title")}
        </div>
        <div className="wb-field">
          <label htmlFor={`${uid}-titleAr`}>Title (Arabic)</label>
          <input id={`${uid}-titleAr`} name="titleAr" dir="rtl" lang="ar" autoComplete="off" />
          {errorFor("titleAr")}
        </div>
        <div className="wb-field">
          <label htmlFor={`${uid}-publisher`}>Publisher</label>
          <input id={`${uid}-publisher`} name="publisher" autoComplete="off" />
          {errorFor("publisher")}
        </div>
        <div className="wb-field">
          <label htmlFor={`${uid}-publishedOn`}>Published on</label>
          <input id={`${uid}-publishedOn`} name="publishedOn" placeholder="yyyy-mm-dd" autoComplete="off" />
          {errorFor("publishedOn")}
        </div>
        <div className="wb-field">
          <label htmlFor={`${uid}-publishedOnNote`}>No date? Say why</label>
          <input id={`${uid}-publishedOnNote`} name="publishedOnNote" autoComplete="off" />
          {errorFor("publishedOnNote")}
        </div>
        <div className="wb-field">
          <label htmlFor={`${uid}-language`}>Language</label>
          <input id={`${uid}-language`} name="language" defaultValue="ar" autoComplete="off" />
          {errorFor("language")}
        </div>
      </div>
      <div className="wb-field">
        <label htmlFor={`${uid}-text`}>Text, exactly as published</label>
        <textarea id={`${uid}-text`} name="text" required rows={8} dir="rtl" lang="ar" />
        {errorFor("text")}
      </div>
      <div className="wb-actions">
        <button type="submit" disabled={sending}>
          {sending ? "Adding…" : "Add and open"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
