/**
 * The size of V8's young generation for a process of ours, given at its launch (`npm start`'s
 * supervisor, the benchmark; docs/operations.md "Tracing").
 *
 * Why tracing changes it: a span lives from its start until BatchSpanProcessor exports its batch,
 * up to a second under load with the SDK's batches of 512 spans (tracing.ts now sends 64, about
 * a tenth of a second's worth; the measurements below were made with 512). With V8's default
 * semi-space (16 MiB) a busy process scavenges several times a second, so every span outlives
 * two scavenges, is copied twice, promoted, and then marked and swept by the old generation's
 * collector on the process's helper threads. Measured here (bench/src/experiments, country lookups at 10
 * connections, CPU time per request of gateway and countries subgraph, traced / untraced):
 * 1.29 with the default, 1.20 with 32 MiB, 1.12 with 64 MiB; the helper threads' extra time
 * fell from +474 to +52 µs a request. Untraced, the larger space bought nothing (3,439, 3,464
 * and 3,515 µs a request), so it is given only where tracing is on: each process's young
 * generation may then grow to 128 MiB instead of 32.
 * Measured on Node 20. On Node 24 V8's default grows a busy process's semi-space to 32 or 64 MiB by
 * itself (tests/hardening/supervisor.e2e.test.ts's churn, from one run to the next), so the flag matters less there.
 */
import { otlpTracesUrl } from "./tracing";

/** The semi-space a tracing process gets (V8's --max-semi-space-size, MiB). */
export const TRACING_SEMI_SPACE_MB = 64;

/**
 * The semi-space size in MiB for a process started with `env`: NODE_SEMI_SPACE_MB when set (an
 * integer from 1 to 1024), else TRACING_SEMI_SPACE_MB when the process will trace, else
 * undefined (V8's default). `tracing` says whether it will; default: whether `env` configures
 * an OTLP export (otlpTracesUrl).
 */
export function semiSpaceMb(env: NodeJS.ProcessEnv, tracing = otlpTracesUrl(env) !== undefined): number | undefined {
  const raw = env.NODE_SEMI_SPACE_MB?.trim();
  if (raw) {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 1024) throw new Error(`NODE_SEMI_SPACE_MB must be an integer from 1 to 1024 (MiB), got ${JSON.stringify(env.NODE_SEMI_SPACE_MB)}`);
    return n;
  }
  return tracing ? TRACING_SEMI_SPACE_MB : undefined;
}

/** The node flags that give a process started with `env` its young generation (semiSpaceMb); none for V8's default. */
export function youngGenerationFlags(env: NodeJS.ProcessEnv, tracing?: boolean): string[] {
  const mb = semiSpaceMb(env, tracing);
  return mb === undefined ? [] : [`--max-semi-space-size=${mb}`];
}
