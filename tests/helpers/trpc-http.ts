/**
 * Calls the real /api/trpc route handler with a fetch Request, as Next would, so tests see the
 * status, headers and body a client sees (limits and error shapes live in the route, not in
 * createCaller).
 */
export const ORIGIN = 'http://localhost:3000';

type RouteHandler = (req: Request) => Promise<Response>;

/** superjson's wire form of a plain JSON input. */
export const wire = (input: unknown) => ({ json: input });

export function trpcGet(handler: RouteHandler, path: string, input?: unknown): Promise<Response> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(wire(input)))}`;
  return handler(new Request(`${ORIGIN}/api/trpc/${path}${query}`));
}

export function trpcPost(handler: RouteHandler, path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return handler(
    new Request(`${ORIGIN}/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      // Needed by undici for a streamed body; the DOM RequestInit type lacks it.
      ...({ duplex: 'half' } as object),
    }),
  );
}

/** A body that yields `total` bytes in `chunk`-sized pieces on demand, counting what was read. */
export function countingStream(total: number, chunk = 64 * 1024, fill = 0x20) {
  let sent = 0;
  const piece = new Uint8Array(chunk).fill(fill);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= total) {
          controller.close();
          return;
        }
        const n = Math.min(chunk, total - sent);
        sent += n;
        controller.enqueue(n === chunk ? piece.slice() : piece.slice(0, n));
      },
    },
    // Nothing is read ahead: `read()` reports exactly what the consumer pulled.
    { highWaterMark: 0 },
  );
  return { stream, read: () => sent };
}

export interface TrpcErrorBody {
  error: {
    json: { message: string; code: number; data: { code: string; httpStatus: number; appCode?: string | null } };
  };
}

/** The error of a single call, or of each call of a batch. */
export async function errorsOf(res: Response): Promise<TrpcErrorBody['error']['json'][]> {
  const body = (await res.json()) as TrpcErrorBody | TrpcErrorBody[];
  return (Array.isArray(body) ? body : [body]).map((b) => b.error.json);
}
