import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userOnboarding } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();

describe.each(modes)('first-run checklist on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  const doneSteps = (o: { steps: { step: string; done: boolean }[] }) => o.steps.filter((s) => s.done).map((s) => s.step);

  it('starts empty and ticks each step from what the seeker did', async () => {
    const seeker = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, seeker);
    const fresh = await api.onboarding.status();
    expect(fresh).toEqual({
      steps: [
        { step: 'resume', done: false },
        { step: 'profile', done: false },
        { step: 'preferences', done: false },
        { step: 'matches', done: false },
      ],
      dismissed: false,
    });

    // A role on the profile is what an imported resume leaves.
    await api.profile.addExperience({ title: 'Data Analyst', company: 'Initech', startDate: '2020-01-01' });
    expect(doneSteps(await api.onboarding.status())).toEqual(['resume']);

    await api.profile.updatePreferences({ locations: ['Austin, TX'] });
    expect(doneSteps(await api.onboarding.status())).toEqual(['resume', 'preferences']);

    await api.users.updateProfile({ professionalHeadline: 'Data analyst, SQL and dashboards' });
    expect(doneSteps(await api.onboarding.status())).toEqual(['resume', 'profile', 'preferences']);

    expect(doneSteps(await api.onboarding.markStep({ step: 'matches' }))).toEqual(['resume', 'profile', 'preferences', 'matches']);
  });

  it('keeps the first date a step was marked, and remembers a dismissal', async () => {
    const seeker = await signUpUser(tdb.db);
    const api = callerFor(tdb.db, seeker);
    await api.onboarding.markStep({ step: 'profile' });
    const [first] = await tdb.db.select().from(userOnboarding).where(eq(userOnboarding.userId, seeker.id));
    await api.onboarding.markStep({ step: 'profile' });
    const [second] = await tdb.db.select().from(userOnboarding).where(eq(userOnboarding.userId, seeker.id));
    expect(second?.profileCheckedAt).toEqual(first?.profileCheckedAt);
    expect(doneSteps(await api.onboarding.status())).toEqual(['profile']);

    expect((await api.onboarding.dismiss()).dismissed).toBe(true);
    expect((await api.onboarding.status()).dismissed).toBe(true);
    // Someone else's checklist is untouched.
    expect((await callerFor(tdb.db, await signUpUser(tdb.db)).onboarding.status()).dismissed).toBe(false);
  });

  it('refuses a step that cannot be marked by hand', async () => {
    const api = callerFor(tdb.db, await signUpUser(tdb.db));
    await expect(api.onboarding.markStep({ step: 'resume' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
