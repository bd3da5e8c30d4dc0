/** Which of @apollo/gateway's spans the gateway records (tracing.ts, gatewayPassThrough); the pass-through itself: packages/runtime pass-through.test.ts. */
import { tracer as apolloGatewayTracer } from "@apollo/gateway/dist/utilities/opentelemetry";
import { gatewayPassThrough } from "../tracing";

describe("gatewayPassThrough (GATEWAY_TRACE_STEPS)", () => {
  it("names @apollo/gateway's own tracer", () => {
    const [scope] = Object.keys(gatewayPassThrough({}));
    expect(scope).toBe((apolloGatewayTracer as unknown as { name: string }).name);
  });

  it("by default records only gateway.plan and gateway.fetch of @apollo/gateway's spans", () => {
    expect(Object.values(gatewayPassThrough({}))).toEqual([["gateway.request", "gateway.execute", "gateway.validate", "gateway.postprocessing"]]);
    expect(Object.values(gatewayPassThrough({ GATEWAY_TRACE_STEPS: " fetch " }))).toEqual(Object.values(gatewayPassThrough({})));
  });

  it("records gateway.validate and gateway.postprocessing too with GATEWAY_TRACE_STEPS=all", () => {
    expect(Object.values(gatewayPassThrough({ GATEWAY_TRACE_STEPS: "all" }))).toEqual([["gateway.request", "gateway.execute"]]);
  });

  it("refuses any other value at start-up, naming the variable and what works", () => {
    expect(() => gatewayPassThrough({ GATEWAY_TRACE_STEPS: "everything" })).toThrow('GATEWAY_TRACE_STEPS="everything" is not supported: use fetch (the default) or all');
  });
});
