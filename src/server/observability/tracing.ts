import { SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

/**
 * The app's tracer. Until instrumentation.ts registers a provider (only when an OTLP endpoint is
 * configured) the API hands out non-recording spans: creating one costs a few allocations.
 */
export const tracer = trace.getTracer('givemejobs');

/** Marks the span failed with the error's message (never its data). */
export function recordFailure(span: Span, err: unknown): void {
  if (err instanceof Error) span.recordException(err);
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
}

/** Runs `fn` inside an active span, so spans started inside it (SQL) become its children. */
export function inSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      recordFailure(span, err);
      throw err;
    } finally {
      span.end();
    }
  });
}
