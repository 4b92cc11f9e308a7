/**
 * Projects typed and corrected on the profile, on both databases. Before, they came only with an
 * imported resume and could only be removed. The link is a web address (as on the contact form),
 * and another user's project cannot be touched.
 */
import { describe, expect, it } from 'vitest';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { rejection } from './helpers/rejection';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();
const codeOf = async (call: Promise<unknown>) => (await rejection(call)).code;

describe.each(modes)('projects on the profile (%s)', (mode) => {
  const database = useTestDatabase(mode);

  it('adds one, corrects it, clears its optional fields, and refuses bad input', async () => {
    const me = callerFor(database().db, await signUpUser(database().db));
    const added = await me.profile.addProject({
      name: 'Transit delay predictor',
      description: 'Open data model of bus delays.',
      url: 'github.com/ada/transit',
      startDate: '2023-01-01',
      endDate: '2023-12-31',
      highlights: ['Cut forecast error by 18 %', '  ', 'Used by 2 city teams'],
    });
    expect(added.projects).toEqual([
      expect.objectContaining({
        name: 'Transit delay predictor',
        description: 'Open data model of bus delays.',
        url: 'https://github.com/ada/transit',
        startDate: '2023-01-01',
        endDate: '2023-12-31',
        highlights: ['Cut forecast error by 18 %', 'Used by 2 city teams'],
      }),
    ]);
    const id = added.projects[0]?.id ?? '';
    const fixed = await me.profile.updateProject({
      id,
      name: 'Bus delay forecasts',
      description: '',
      url: null,
      startDate: '',
      endDate: '',
      highlights: ['Published the model'],
    });
    expect(fixed.projects).toEqual([
      expect.objectContaining({
        id,
        name: 'Bus delay forecasts',
        description: null,
        url: null,
        startDate: null,
        endDate: null,
        highlights: ['Published the model'],
      }),
    ]);
    expect(await codeOf(me.profile.addProject({ name: '' }))).toBe('BAD_REQUEST');
    expect(await codeOf(me.profile.addProject({ name: 'X', url: 'javascript:alert(1)' }))).toBe('BAD_REQUEST');
    expect(await codeOf(me.profile.addProject({ name: 'X', startDate: '2999-01-01' }))).toBe('BAD_REQUEST');
    expect(await codeOf(me.profile.addProject({ name: 'X', startDate: '2024-05-01', endDate: '2023-01-01' }))).toBe(
      'BAD_REQUEST',
    );
    expect((await me.profile.get()).projects).toHaveLength(1);
  });

  it("cannot change another user's project", async () => {
    const owner = callerFor(database().db, await signUpUser(database().db));
    const other = callerFor(database().db, await signUpUser(database().db));
    const id = (await owner.profile.addProject({ name: 'Home lab' })).projects[0]?.id ?? '';
    expect(await codeOf(other.profile.updateProject({ id, name: 'Hijacked' }))).toBe('NOT_FOUND');
    expect((await owner.profile.get()).projects[0]?.name).toBe('Home lab');
  });
});
