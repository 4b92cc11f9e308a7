/**
 * Reads a request body as a stream and stops at a byte cap, so a 30 MB body costs the server
 * about one cap's worth of memory and time, not 30 MB. Content-Length alone is not trusted (a
 * chunked upload has none, and a client may understate it); a declared length over the cap is
 * refused before anything is read.
 */

/** The declared length is over `limit` (an unparseable header is left to the stream count). */
export function declaresMoreThan(headers: Headers, limit: number): boolean {
  const declared = Number(headers.get('content-length'));
  return Number.isFinite(declared) && declared > limit;
}

/**
 * `body`, passed through until more than `limit` bytes have come; then the stream fails with
 * `tooLarge()` and nothing more is pulled from the client. The consumer sees that error where it
 * reads the body (tRPC turns a TRPCError from there into its own error answer).
 */
export function capStream(
  body: ReadableStream<Uint8Array>,
  limit: number,
  tooLarge: () => Error,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        seen += value.byteLength;
        if (seen > limit) {
          controller.error(tooLarge());
          // Only let go of the source: cancelling it could drop the socket before the answer is sent.
          reader.releaseLock();
          return;
        }
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    // Read on demand only: nothing is buffered ahead of what the parser asks for.
    { highWaterMark: 0 },
  );
}

/** The same request with its body behind `capStream` (GET and bodiless requests pass unchanged). */
export function withCappedBody(req: Request, limit: number, tooLarge: () => Error): Request {
  if (!req.body) return req;
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body: capStream(req.body, limit, tooLarge),
    signal: req.signal,
    // undici needs this for a streamed request body; the DOM RequestInit type does not list it.
    ...({ duplex: 'half' } as object),
  });
}
