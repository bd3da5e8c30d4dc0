/**
 * Issue 11, "a circuit breaker per subgraph": throughput of the deep profile while one
 * subgraph hangs. Against a running federation (e.g. `npm start`), in one run:
 *   healthy   autocannon for S seconds (C connections) on the deep profile of one pair;
 *   hung      the subgraph is stopped (SIGSTOP: it keeps its sockets open and never
 *             answers, like a process stuck in a loop), the same load again;
 *   recovered SIGCONT, the same load again.
 * The process is found by its port (the probe's pid when it is loaded); SIGCONT is sent
 * whatever happens, also on Ctrl-C. Only ever point it at a federation you started.
 *
 *   npx tsx bench/src/experiments/hung-subgraph.ts [--gateway URL] [--subgraph people] [--pair AZ-GE] [--seconds 20] [--connections 10] [--out file.json]
 */
import { writeFileSync } from "node:fs";
import { BILATERAL_PROFILE } from "../../../tests/support/queries";
import { runAutocannon, type RoundResult } from "../loadgen";
import { members, readAll } from "./federation-probe";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}

const line = (phase: string, r: RoundResult): string =>
  `${phase.padEnd(10)} ${r.rps.toFixed(1).padStart(7)} answers/s  ${((r.requests - (r.errorKinds.graphqlErrors ?? 0)) / r.seconds).toFixed(1).padStart(7)} clean answers/s  ` +
  `p50 ${r.p50.toFixed(0).padStart(6)} ms  p99 ${r.p99.toFixed(0).padStart(6)} ms  ${JSON.stringify(r.errorKinds)}`;

async function main(): Promise<void> {
  const gateway = arg("gateway", `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql`);
  const subgraph = arg("subgraph", "people");
  const [a, b] = arg("pair", "AZ-GE").split("-");
  const seconds = Number(arg("seconds", "20"));
  const connections = Number(arg("connections", "10"));
  const out = arg("out", "");

  const fed = members(gateway);
  const target = (await readAll(fed)).find((r) => r.name === subgraph);
  if (!target?.pid) throw new Error(`no process found for the ${subgraph} subgraph (is the federation running at the ports the environment names?)`);
  const pid = target.pid;
  const resume = (): void => {
    try {
      process.kill(pid, "SIGCONT");
    } catch {
      /* already gone */
    }
  };
  process.on("SIGINT", () => {
    resume();
    process.exit(130);
  });

  const body = JSON.stringify({ query: BILATERAL_PROFILE, variables: { a, b } });
  const load = (s: number): Promise<RoundResult> => runAutocannon(gateway, body, {}, { connections, seconds: s });
  console.log(`deep profile ${a}–${b} at ${gateway}, ${connections} connections, ${seconds} s a phase; hanging ${subgraph} (pid ${pid})`);
  await load(3);
  const healthy = await load(seconds);
  console.log(line("healthy", healthy));
  let hung: RoundResult;
  process.kill(pid, "SIGSTOP");
  try {
    hung = await load(seconds);
  } finally {
    resume();
  }
  console.log(line("hung", hung));
  const recovered = await load(seconds);
  console.log(line("recovered", recovered));
  console.log(`hung / healthy throughput: ${(hung.rps / healthy.rps).toFixed(3)} (${hung.rps.toFixed(1)} vs ${healthy.rps.toFixed(1)} answers/s)`);
  if (out) writeFileSync(out, JSON.stringify({ gateway, subgraph, pair: `${a}-${b}`, seconds, connections, at: new Date().toISOString(), healthy, hung, recovered }, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
