import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "../../..");
const bin = join(root, "node_modules/.bin/graphql-codegen");

describe("generated resolver types", () => {
  it("are up to date with every subgraph's SDL (run `npm run codegen` after changing one)", () => {
    const r = spawnSync(bin, ["--config", "codegen.ts", "--check"], { cwd: root, encoding: "utf8" });
    expect({ status: r.status, output: r.status === 0 ? "" : `${r.stdout}${r.stderr}` }).toEqual({ status: 0, output: "" });
  });
});
