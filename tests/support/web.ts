/**
 * The web explorer's build and Debian's Chromium, for the tests that load pages: one
 * build at a time across Jest's workers (two `vite build`s into web/dist at once would
 * leave a mix of both), and only when a source is newer than the build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
export const WEB = join(ROOT, "web");
export const PERSISTED_MANIFEST = join(WEB, "dist", "persisted-operations.json");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const SOURCES = ["src", "public", "index.html", "vite.config.ts", "persisted-operations.ts", "package.json", "tsconfig.json"];
const LOCK = join(tmpdir(), "atlas-web-build.lock");

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function isFresh(): boolean {
  const index = join(WEB, "dist", "index.html");
  const sources = SOURCES.map((f) => join(WEB, f)).filter(existsSync);
  return existsSync(index) && existsSync(PERSISTED_MANIFEST) && statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime));
}

const pause = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Builds web/dist (the bundle and its persisted-operation list) unless it is newer than every source. */
export function ensureWebBuilt(): void {
  if (isFresh()) return;
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      break;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(LOCK, "pid"), "utf8"));
      } catch {
        /* being written or removed */
      }
      if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another worker held ${LOCK} for 300 s`);
      pause(250);
    }
  }
  try {
    if (isFresh()) return; // another worker built it meanwhile
    const build = spawnSync("npm", ["run", "build", "-w", "@atlas/web"], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
    if (build.status !== 0) throw new Error(`building the web explorer failed (npm run build -w @atlas/web):\n${build.stdout}\n${build.stderr}`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
