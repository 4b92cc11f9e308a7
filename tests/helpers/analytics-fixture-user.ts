/**
 * The analytics overview tests' hand-computed fixture: one seeker with 14 tracked applications
 * and a bookmark, whose metrics, breakdowns and insights the tests check by hand.
 */
import type { Database } from '@/server/db';
import { applications } from '@/server/db/schema';
import { DAY, score, track, type Step } from './application-history';
import { signUpUser } from './factories';
import { insertCompany, insertJob } from './jobs';

/** A Monday, 10:00 UTC, 14 to 20 days ago: every fixture event (at most 9 days later) is in the past and in the last 30 days. */
function recentMonday(): Date {
  const d = new Date(Date.now() - 14 * DAY);
  d.setUTCHours(10, 0, 0, 0);
  while (d.getUTCDay() !== 1) d.setTime(d.getTime() - DAY);
  return d;
}

/**
 * The fixture (13 applications in the last 30 days, one 100 days ago, one bookmark):
 *  #  day  story (days after applying)                      match  resp int offer  first answer
 *  1  Mon  interview 2 -> completed 5 -> offer 9            0.90   yes  yes yes    2 d
 *  2  Mon  interview 4 -> rejected 8                        0.60   yes  yes -      4 d
 *  3  Mon  rejected 6                                       0.60   yes  -   -      6 d
 *  4  Mon  interview 3                                      0.90   yes  yes -      3 d
 *  5  Mon  (no answer)                                      0.95   -    -   -
 *  6  Tue  rejected 1                                       0.90   yes  -   -      1 d
 *  7  Tue  ghosted 5                                        0.90   -    -   -
 *  8  Tue  withdrawn 2                                      0.60   -    -   -
 *  9  Tue  (no answer)                                      0.60   -    -   -
 * 10  Tue  (no answer)                                      0.60   -    -   -
 * 11  Tue  (no answer)                                      none   -    -   -
 * 12  Wed  interview 1 -> completed 2 -> offer 3 -> acc. 4  0.50   yes  yes yes    1 d
 * 13  Wed  (no answer)                                      none   -    -   -
 * 14  100 days ago: interview 10                            -      yes  yes -      10 d
 */
export async function fixtureUser(db: Database) {
  const u = await signUpUser(db);
  const company = await insertCompany(db, `Fixture Co ${u.id.slice(0, 8)}`);
  const mon = recentMonday();
  const tue = new Date(mon.getTime() + DAY);
  const wed = new Date(mon.getTime() + 2 * DAY);
  const rows: [Date, Step[], number | null][] = [
    [
      mon,
      [
        ['interview_scheduled', 2],
        ['interview_completed', 5],
        ['offer_received', 9],
      ],
      0.9,
    ],
    [
      mon,
      [
        ['interview_scheduled', 4],
        ['rejected', 8],
      ],
      0.6,
    ],
    [mon, [['rejected', 6]], 0.6],
    [mon, [['interview_scheduled', 3]], 0.9],
    [mon, [], 0.95],
    [tue, [['rejected', 1]], 0.9],
    [tue, [['ghosted', 5]], 0.9],
    [tue, [['withdrawn', 2]], 0.6],
    [tue, [], 0.6],
    [tue, [], 0.6],
    [tue, [], null],
    [
      wed,
      [
        ['interview_scheduled', 1],
        ['interview_completed', 2],
        ['offer_received', 3],
        ['accepted', 4],
      ],
      0.5,
    ],
    [wed, [], null],
    [new Date(Date.now() - 100 * DAY), [['interview_scheduled', 10]], null],
  ];
  for (const [i, [at, steps, match]] of rows.entries()) {
    const job = await insertJob(db, { companyId: company.id, remoteType: 'onsite', daysAgo: 120 });
    // distinct minutes, so applications on one day keep a stable order
    await track(db, u.id, job.id, new Date(at.getTime() + i * 60_000), steps);
    if (match !== null) await score(db, u.id, job.id, match);
  }
  const bookmarked = await insertJob(db, { companyId: company.id });
  await db.insert(applications).values({ userId: u.id, jobId: bookmarked.id, status: 'saved' });
  return u;
}
