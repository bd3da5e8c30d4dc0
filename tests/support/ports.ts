/**
 * Ports for processes a test kills and starts again on the same port (subgraphs, gateways,
 * redis-server).
 *
 * A port asked of the kernel with listen(0) comes from the ephemeral range, and it is free
 * again the moment its process dies: any test in another Jest worker that listens on port 0
 * (in-process subgraphs, gateways, proxies) can be given it in the restart window, and the
 * restarted process then finds it taken, or the gateway talks to a stranger on it. So these
 * ports come from below the ephemeral range, which listen(0) never hands out, and each Jest
 * worker draws from a block of its own, so two workers never draw the same port either.
 */
import { readFileSync } from "node:fs";
import net from "node:net";

const BLOCK = 1000;
const BLOCKS = 8;
/** Where this worker's next draw starts: ports go round the block, so one comes back only after a thousand others. */
let cursor = Math.floor(Math.random() * BLOCK);

/** The lowest ephemeral port of this machine (Linux: ip_local_port_range), 32768 elsewhere. */
function readEphemeralLow(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > 2 * BLOCKS * BLOCK) return low;
  } catch {
    /* not Linux */
  }
  return 32768;
}
/** Read once: the range does not move during a run. */
const EPHEMERAL_LOW = readEphemeralLow();

/** The first port of this worker's block, just below the ephemeral range. */
export function workerBlock(worker = Number(process.env.JEST_WORKER_ID ?? 1)): number {
  const index = ((Number.isInteger(worker) && worker > 0 ? worker : 1) - 1) % BLOCKS;
  return EPHEMERAL_LOW - BLOCKS * BLOCK + index * BLOCK;
}

const bindable = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => srv.close(() => resolve(true)));
  });

/**
 * A loopback port that is free now, outside the ephemeral range, in this worker's block, and
 * not among the last thousand this worker handed out.
 */
export async function freePort(): Promise<number> {
  const first = workerBlock();
  for (let i = 0; i < BLOCK; i++) {
    const port = first + (cursor++ % BLOCK);
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port left in ${first}-${first + BLOCK - 1} (Jest worker ${process.env.JEST_WORKER_ID ?? 1})`);
}
