/**
 * The young generation a process of ours is started with (young-generation.ts): 64 MiB semi-spaces
 * where tracing is on, V8's default where it is not, NODE_SEMI_SPACE_MB over both, and a refusal,
 * naming the variable, of a value node would not take. tests/hardening/supervisor.e2e.test.ts
 * checks that a process started with the flags really gets the space.
 */
import { semiSpaceMb, TRACING_SEMI_SPACE_MB, youngGenerationFlags } from "../young-generation";

const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" };

describe("youngGenerationFlags", () => {
  it("gives a process that exports traces 64 MiB semi-spaces, and one that does not V8's default", () => {
    expect(TRACING_SEMI_SPACE_MB).toBe(64);
    expect(youngGenerationFlags(tracing)).toEqual(["--max-semi-space-size=64"]);
    expect(youngGenerationFlags({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://t:9/v1/traces" })).toEqual(["--max-semi-space-size=64"]);
    expect(youngGenerationFlags({})).toEqual([]);
    expect(youngGenerationFlags({ ...tracing, OTEL_SDK_DISABLED: "true" })).toEqual([]);
  });

  it("takes the caller's word on tracing when given (the benchmark's untraced twin)", () => {
    expect(youngGenerationFlags({}, true)).toEqual(["--max-semi-space-size=64"]);
    expect(youngGenerationFlags(tracing, false)).toEqual([]);
  });

  it("lets NODE_SEMI_SPACE_MB set it for every process, traced or not", () => {
    expect(semiSpaceMb({ NODE_SEMI_SPACE_MB: "32" })).toBe(32);
    expect(youngGenerationFlags({ ...tracing, NODE_SEMI_SPACE_MB: " 16 " })).toEqual(["--max-semi-space-size=16"]);
  });

  it("refuses a size node would not take, naming the variable and the value", () => {
    for (const bad of ["0", "-4", "2.5", "64MB", "2048"]) {
      expect(() => semiSpaceMb({ NODE_SEMI_SPACE_MB: bad })).toThrow(`NODE_SEMI_SPACE_MB must be an integer from 1 to 1024 (MiB), got "${bad}"`);
    }
  });
});
