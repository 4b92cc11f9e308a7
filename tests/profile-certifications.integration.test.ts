/**
 * Certifications typed and corrected on the profile, on both databases. Before, they came only
 * with an imported resume and could only be removed. A date keeps the precision it was given
 * ("2021" stays a year), and another user's certification cannot be touched.
 */
import { describe, expect, it } from 'vitest';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { rejection } from './helpers/rejection';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();
const codeOf = async (call: Promise<unknown>) => (await rejection(call)).code;

describe.each(modes)('certifications on the profile (%s)', (mode) => {
  const database = useTestDatabase(mode);

  it('adds one, corrects it keeping the date as precise as given, and refuses a bad date', async () => {
    const me = callerFor(database().db, await signUpUser(database().db));
    const added = await me.profile.addCertification({
      name: 'AWS Certified Cloud Practitioner',
      issuer: 'Amazon',
      issuedOn: '2021-01-01',
      issuedOnPrecision: 'year',
    });
    expect(added.certifications).toEqual([
      expect.objectContaining({
        name: 'AWS Certified Cloud Practitioner',
        issuer: 'Amazon',
        issuedOn: '2021-01-01',
        issuedOnPrecision: 'year',
      }),
    ]);
    const id = added.certifications[0]?.id ?? '';
    const fixed = await me.profile.updateCertification({
      id,
      name: 'AWS Certified Solutions Architect – Associate',
      issuer: 'Amazon Web Services',
      issuedOn: '2022-03-01',
      issuedOnPrecision: 'month',
    });
    expect(fixed.certifications).toEqual([
      expect.objectContaining({
        id,
        name: 'AWS Certified Solutions Architect – Associate',
        issuer: 'Amazon Web Services',
        issuedOn: '2022-03-01',
        issuedOnPrecision: 'month',
      }),
    ]);
    const cleared = await me.profile.updateCertification({ id, name: 'PMP', issuer: '', issuedOn: '' });
    expect(cleared.certifications[0]).toMatchObject({
      name: 'PMP',
      issuer: null,
      issuedOn: null,
      issuedOnPrecision: 'unknown',
    });
    expect(await codeOf(me.profile.addCertification({ name: 'Future', issuedOn: '2999-01-01' }))).toBe('BAD_REQUEST');
    expect(await codeOf(me.profile.addCertification({ name: '' }))).toBe('BAD_REQUEST');
    expect((await me.profile.get()).certifications).toHaveLength(1);
  });

  it("cannot change another user's certification", async () => {
    const owner = callerFor(database().db, await signUpUser(database().db));
    const other = callerFor(database().db, await signUpUser(database().db));
    const id = (await owner.profile.addCertification({ name: 'CPA' })).certifications[0]?.id ?? '';
    expect(await codeOf(other.profile.updateCertification({ id, name: 'Hijacked' }))).toBe('NOT_FOUND');
    expect((await owner.profile.get()).certifications[0]?.name).toBe('CPA');
  });
});
