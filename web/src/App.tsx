import { useEffect, useState } from "react";
import { COUNTRIES, graphql, PROFILE, type ApiError, type CountryOption, type Profile } from "./api";
import { CountryPicker } from "./components/CountryPicker";
import { ProfileView } from "./components/ProfileView";
import { Workbench } from "./components/Workbench";

/** The pair in the address, so a profile can be shared: /?pair=AZ-RU (the #fragment stays free for in-page links). */
function pairFromUrl(): [string | null, string | null] {
  const m = /^([A-Za-z]{2})-([A-Za-z]{2})$/.exec(new URLSearchParams(window.location.search).get("pair") ?? "");
  return m ? [m[1]!.toUpperCase(), m[2]!.toUpperCase()] : [null, null];
}

/** GraphiQL's address when the gateway serves it (not in production): it says so in a meta tag of this page. */
const GRAPHIQL = document.querySelector<HTMLMetaElement>('meta[name="atlas:graphiql"]')?.content || null;

type Loaded = { state: "idle" } | { state: "loading" } | { state: "error"; message: string } | { state: "done"; profile: Profile; errors: ApiError[] };

/** /?workbench (optionally =<document id>) opens the curator's workbench instead of the profile. */
const WORKBENCH = new URLSearchParams(window.location.search).get("workbench");

export function App() {
  const [countries, setCountries] = useState<CountryOption[]>([]);
  const [countriesError, setCountriesError] = useState<string | null>(null);
  const [[a, b], setPair] = useState(pairFromUrl);
  const [loaded, setLoaded] = useState<Loaded>({ state: "idle" });

  useEffect(() => {
    const controller = new AbortController();
    graphql<{ countries: { nodes: CountryOption[] } }>(COUNTRIES, {}, controller.signal)
      .then((r) => setCountries(r.data?.countries.nodes ?? []))
      .catch((e: Error) => {
        if (e.name !== "AbortError") setCountriesError(e.message);
      });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const onPop = () => setPair(pairFromUrl());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    if (!a || !b || a === b) {
      setLoaded({ state: "idle" });
      return;
    }
    if (new URLSearchParams(window.location.search).get("pair") !== `${a}-${b}`) window.history.pushState(null, "", `?pair=${a}-${b}`);
    const controller = new AbortController();
    setLoaded({ state: "loading" });
    graphql<Profile>(PROFILE, { a, b }, controller.signal)
      .then((r) => setLoaded({ state: "done", profile: r.data!, errors: r.errors }))
      .catch((e: Error) => {
        if (e.name !== "AbortError") setLoaded({ state: "error", message: e.message });
      });
    return () => controller.abort();
  }, [a, b]);

  const byCode = new Map(countries.map((c) => [c.code, c]));

  return (
    <>
      <header className="masthead">
        <div className="wrap masthead-inner">
          <div className="brand">
            <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
              <circle cx="11" cy="16" r="6.5" />
              <circle cx="21" cy="16" r="6.5" />
            </svg>
            <div>
              <h1>Bilateral Atlas</h1>
              <p className="tagline">
                Two countries, their agreements, meetings, numbers and people: every fact with the passage that states it.
              </p>
            </div>
          </div>
          <nav className="links" aria-label="Other ways to the data">
            {GRAPHIQL ? (
              <a href={GRAPHIQL}>GraphQL</a>
            ) : (
              <span className="api-path" title="The GraphQL API (GET or POST); GraphiQL is not served here">
                GraphQL: <code>/graphql</code>
              </span>
            )}
            <a href="/export">CSV &amp; JSON</a>
            <a href="/?workbench">Workbench</a>
          </nav>
        </div>
      </header>

      <main className="wrap">
        {WORKBENCH !== null ? (
          <Workbench initialDocument={WORKBENCH || null} />
        ) : (
          <>
            <section className="pickers" aria-label="Choose two countries">
              <CountryPicker id="country-a" label="First country" countries={countries} value={a ? (byCode.get(a) ?? null) : null} exclude={b} onChange={(c) => setPair([c?.code ?? null, b])} />
              <span className="pair-sep" aria-hidden="true">
                ⇄
              </span>
              <CountryPicker id="country-b" label="Second country" countries={countries} value={b ? (byCode.get(b) ?? null) : null} exclude={a} onChange={(c) => setPair([a, c?.code ?? null])} />
            </section>
            {countriesError && <p className="notice error">Could not load the countries: {countriesError}</p>}

            {loaded.state === "idle" && (
              <p className="hint">
                Pick two countries by their English or Arabic name, for example <b>Azerbaijan</b> and <b dir="rtl" lang="ar">روسيا</b>.
              </p>
            )}
            {loaded.state === "loading" && (
              <p className="hint" role="status">
                Loading the profile…
              </p>
            )}
            {loaded.state === "error" && <p className="notice error">Could not load the profile: {loaded.message}</p>}
            {loaded.state === "done" && <ProfileView profile={loaded.profile} errors={loaded.errors} />}
          </>
        )}
      </main>

      <footer className="wrap footer">
        Data: five Arabic news and analysis articles, extracted with a character span for every fact. Read through the public GraphQL API.
      </footer>
    </>
  );
}
