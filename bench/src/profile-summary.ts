/**
 * Reads V8 CPU profiles (node --cpu-prof) and tells where the time went: self time by
 * package (node_modules/<name>, node: internals, the app's own code) and the hottest
 * functions. `npx tsx bench/src/profile-summary.ts <file.cpuprofile>...` prints it.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  byPackage: { name: string; ms: number; share: number }[];
  byFunction: { name: string; ms: number; share: number }[];
}

/** "@apollo/gateway", "graphql", "node:internal", "(garbage collector)", or "app" for our own code. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node: internals";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.split("node_modules/").length > 2 ? url.slice(url.lastIndexOf("node_modules/")) : url);
  if (m) return m[1]!;
  return "app";
}

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us || node.callFrame.functionName === "(idle)") continue;
    total += us;
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = `${node.callFrame.functionName || "(anonymous)"} ${pkg === "app" ? node.callFrame.url.replace(/^.*\/(services|gateway|packages|prisma)\//, "$1/") : pkg}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: total ? us / total : 0 }));
  return { totalMs: Math.round(total / 1000), byPackage: rank(byPackage), byFunction: rank(byFunction) };
}

export function formatSummary(title: string, s: ProfileSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  return [
    `${title}: ${s.totalMs} ms of CPU (idle excluded)`,
    "  by package:",
    ...s.byPackage.map((p) => `  ${pct(p.share)}  ${p.name}`),
    "  hottest functions (self time):",
    ...s.byFunction.map((f) => `  ${pct(f.share)}  ${f.name}`),
  ].join("\n");
}

if (require.main === module) {
  for (const file of process.argv.slice(2)) console.log(formatSummary(file, summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile)) + "\n");
}
