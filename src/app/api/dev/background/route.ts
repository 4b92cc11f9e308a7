import { z } from 'zod';
import { BACKGROUND_MODES, BACKGROUND_TOKEN_HEADER, isBackgroundCaller } from '@/server/workflows/background-trigger';
import { startDevBackgroundWork } from '@/server/workflows/dev-background-work';

export const dynamic = 'force-dynamic';

const body = z.object({ mode: z.enum(BACKGROUND_MODES) }).strict();

/**
 * `next dev` only: the server's own start-up hook starts its background work here, once the first
 * page has been sent (workflows/background-trigger.ts). Anyone else, and every production
 * server, gets a 404.
 */
export async function POST(request: Request): Promise<Response> {
  // NODE_ENV as Next replaces it at build time: a production build has no way into this route.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NODE_ENV !== 'development' || !isBackgroundCaller(request.headers.get(BACKGROUND_TOKEN_HEADER))) {
    return new Response('Not found', { status: 404 });
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success)
    return Response.json({ error: `mode must be one of ${BACKGROUND_MODES.join(', ')}` }, { status: 400 });
  await startDevBackgroundWork(parsed.data.mode);
  return new Response(null, { status: 204 });
}
