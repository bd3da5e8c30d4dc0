/**
 * Ports for restarted processes: below the ephemeral range (so no listen(0) anywhere can be
 * given one), in a block per Jest worker (so two workers never draw the same), free when drawn.
 */
import { readFileSync } from "node:fs";
import net from "node:net";
import { freePort, workerBlock } from "./ports";

const ephemeralLow = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(port, "127.0.0.1", () => resolve(srv));
  });
}

it("workers' blocks do not overlap and all lie below the ephemeral range", () => {
  const blocks = [1, 2, 3, 4, 5, 6, 7, 8].map((w) => workerBlock(w));
  expect(new Set(blocks).size).toBe(8);
  for (const b of blocks) {
    expect(b).toBeGreaterThan(1024);
    expect(b + 1000).toBeLessThanOrEqual(ephemeralLow);
  }
  expect(workerBlock(9)).toBe(workerBlock(1));
});

it("draws distinct ports of this worker's block, each one bindable", async () => {
  const first = workerBlock();
  const ports = [];
  for (let i = 0; i < 20; i++) ports.push(await freePort());
  expect(new Set(ports).size).toBe(20);
  for (const p of ports) {
    expect(p).toBeGreaterThanOrEqual(first);
    expect(p).toBeLessThan(first + 1000);
    (await listen(p)).close();
  }
});

it("skips a port someone holds, however many times the block comes round", async () => {
  const held = await listen(await freePort());
  const heldPort = (held.address() as net.AddressInfo).port;
  try {
    for (let i = 0; i < 1000; i++) {
      const p = await freePort().catch(() => undefined); // a block full of held ports is an error, not this test's point
      expect(p).not.toBe(heldPort);
    }
  } finally {
    held.close();
  }
});

it("never falls in the range listen(0) draws from", async () => {
  const kernel = await listen(0);
  const given = (kernel.address() as net.AddressInfo).port;
  kernel.close();
  expect(given).toBeGreaterThanOrEqual(ephemeralLow);
  expect(await freePort()).toBeLessThan(ephemeralLow);
});
