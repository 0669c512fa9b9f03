import { trace, TraceFlags, type Context } from "@opentelemetry/api";
import { SamplingDecision, type Sampler, type SamplingResult } from "@opentelemetry/sdk-trace-base";
import type { Env } from "./tracing.js";

/** The share of requests OTEL_TRACES_SAMPLER (and its _ARG) asks to trace. */
export function sampledShare(env: Env): number {
  const sampler = env.OTEL_TRACES_SAMPLER ?? "parentbased_always_on";
  if (sampler.endsWith("always_off")) return 0;
  if (!sampler.endsWith("traceidratio")) return 1;
  const share = Number(env.OTEL_TRACES_SAMPLER_ARG ?? 1);
  return Number.isFinite(share) ? Math.min(Math.max(share, 0), 1) : 1;
}

/**
 * The gateway's sampler. A caller's `traceparent` is kept as the parent, so the trace joins the
 * caller's, but decides nothing: not its sampled flag, nor its trace id, which a caller could pick
 * to fall under a trace-id ratio. OpenTelemetry's samplers all do one or the other for a remote
 * parent; this one draws at random, at the configured share, and follows local parents.
 */
export function edgeSampler(env: Env): Sampler {
  const share = sampledShare(env);
  return {
    shouldSample(context: Context): SamplingResult {
      const parent = trace.getSpanContext(context);
      if (parent && !parent.isRemote) return { decision: parent.traceFlags & TraceFlags.SAMPLED ? SamplingDecision.RECORD_AND_SAMPLED : SamplingDecision.NOT_RECORD };
      return { decision: Math.random() < share ? SamplingDecision.RECORD_AND_SAMPLED : SamplingDecision.NOT_RECORD };
    },
    toString: () => `EdgeSampler{${share}}`,
  };
}
