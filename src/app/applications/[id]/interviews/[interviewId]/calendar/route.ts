import { TRPCError } from '@trpc/server';
import { buildIcs } from '@/lib/calendar/ics';
import { getServerApi } from '@/trpc/server';

export const dynamic = 'force-dynamic';

/** One interview as an iCalendar file; the caller's own application only (anything else: 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; interviewId: string }> }) {
  const { id, interviewId } = await params;
  const api = await getServerApi();
  try {
    const [app, interviews] = await Promise.all([
      api.applications.byId({ id }),
      api.tracking.interviews({ applicationId: id }),
    ]);
    const interview = interviews.find((i) => i.id === interviewId);
    if (!interview) return notFound();
    const body = buildIcs({
      uid: `interview-${interview.id}@givemejobs`,
      start: interview.startsAt,
      end: new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000),
      summary: `Interview: ${app.job.title} at ${app.job.companyName}`,
      location: interview.location ?? interview.link,
      description: interview.notes,
      url: interview.link,
    });
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="interview.ics"',
        'cache-control': 'private, no-store',
      },
    });
  } catch (err) {
    if (err instanceof TRPCError && ['NOT_FOUND', 'BAD_REQUEST', 'UNAUTHORIZED'].includes(err.code)) return notFound();
    throw err;
  }
}

function notFound(): Response {
  // Not stored either: whether an interview exists is the owner's business.
  return new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  });
}
