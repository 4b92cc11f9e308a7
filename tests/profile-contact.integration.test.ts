/**
 * Contact details on both databases: the profile keeps a phone, a location and links; an import
 * fills them only where the profile has none; documents print them in their header (every export
 * reads the same plan), the profile's JSON Resume carries them, and the truthfulness check drops
 * a phone or link the profile does not hold. Found in a new-user walk: a resume's phone, location
 * and LinkedIn were read on import and then lost, and tailored resumes had no way to reach anyone
 * but the account's email.
 */
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResumeContent } from '@/lib/validators/documents';
import type { Database } from '@/server/db';
import { renderText } from '@/server/services/documents/export';
import { jsonResumeToDraft } from '@/server/services/resume/json-resume';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

async function refusal(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  return err as TRPCError;
}

describe.each(modes)('contact details on %s', (mode) => {
  const database = useTestDatabase(mode);
  let db: Database;
  let jobId: string;

  beforeAll(async () => {
    db = database().db;
    jobId = (await insertJob(db, { title: 'Data Analyst', companyName: 'Umbrella', requiredSkills: ['SQL'] })).id;
  });

  it('saves, shows and clears them; a wrong value is refused with its field and nothing changes', async () => {
    const me = callerFor(db, await signUpUser(db));
    expect((await me.profile.get()).contact).toEqual({ phone: null, location: null, links: [] });
    const saved = await me.profile.updateContact({
      phone: '+1 (512) 555-0132',
      location: 'Austin, TX',
      links: ['linkedin.com/in/sam-rivera', 'https://github.com/samr/'],
    });
    expect(saved.contact).toEqual({
      phone: '+1 (512) 555-0132',
      location: 'Austin, TX',
      links: ['https://linkedin.com/in/sam-rivera', 'https://github.com/samr'],
    });
    const err = await refusal(
      me.profile.updateContact({ phone: 'call me', location: null, links: ['javascript:alert(1)'] }),
    );
    expect(err.code).toBe('BAD_REQUEST');
    expect((await me.profile.get()).contact.phone).toBe('+1 (512) 555-0132');
    const cleared = await me.profile.updateContact({ phone: '', location: '', links: [] });
    expect(cleared.contact).toEqual({ phone: null, location: null, links: [] });
  });

  it('an import fills what the profile lacks and keeps what it has', async () => {
    const me = callerFor(db, await signUpUser(db));
    await me.profile.updateContact({ phone: null, location: 'Denver, CO', links: [] });
    await me.profile.commitResumeImport({
      phone: '303 555 0188',
      location: 'Boulder, CO',
      links: ['github.com/imported'],
    });
    expect((await me.profile.get()).contact).toEqual({
      phone: '303 555 0188',
      location: 'Denver, CO',
      links: ['https://github.com/imported'],
    });
  });

  it('documents print them in the header, and the JSON Resume export carries them back to the importer', async () => {
    const user = await signUpUser(db, { firstName: 'Sam', lastName: 'Rivera' });
    const me = callerFor(db, user);
    await me.profile.addSkill({ name: 'SQL', category: 'technical', proficiencyLevel: 4, yearsOfExperience: 3 });
    await me.profile.addExperience({ title: 'Analyst', company: 'Globex', startDate: '2019-01-01', isCurrent: true });
    await me.profile.updateContact({
      phone: '+1 512 555 0132',
      location: 'Austin, TX',
      links: ['linkedin.com/in/sam-rivera'],
    });
    for (const kind of ['resume', 'cover_letter'] as const) {
      const { requestId } = await me.documents.generate({ jobId, kind });
      await drainWorkflows();
      const { versionId } = await me.documents.progress({ requestId });
      const v = await me.documents.get({ id: versionId ?? '' });
      const content = v.content;
      expect(content.person).toMatchObject({
        phone: '+1 512 555 0132',
        location: 'Austin, TX',
        links: ['https://linkedin.com/in/sam-rivera'],
      });
      expect(v.metadata.removals).toEqual([]);
      expect(renderText(content, v.template)).toContain(
        `Austin, TX | +1 512 555 0132 | ${user.email} | linkedin.com/in/sam-rivera`,
      );
    }
    const json = await me.profile.exportJsonResume();
    expect(json.basics).toMatchObject({
      phone: '+1 512 555 0132',
      location: { city: 'Austin', region: 'TX' },
      profiles: [{ network: 'LinkedIn', url: 'https://linkedin.com/in/sam-rivera' }],
    });
    const back = jsonResumeToDraft(JSON.parse(JSON.stringify(json)));
    expect(back.contact.phone?.value).toBe('+1 512 555 0132');
    expect(back.contact.links.map((l) => l.value)).toEqual(['https://linkedin.com/in/sam-rivera']);
  });

  it('an edit cannot put a phone or link in the header that the profile does not hold', async () => {
    const me = callerFor(db, await signUpUser(db));
    await me.profile.addSkill({ name: 'SQL', category: 'technical', proficiencyLevel: 4, yearsOfExperience: 3 });
    await me.profile.updateContact({ phone: '+1 512 555 0132', location: null, links: ['github.com/real'] });
    const { requestId } = await me.documents.generate({ jobId, kind: 'resume' });
    await drainWorkflows();
    const { versionId } = await me.documents.progress({ requestId });
    const v = await me.documents.get({ id: versionId ?? '' });
    const content = structuredClone(v.content) as ResumeContent;
    content.person.phone = '+1 999 555 0000';
    content.person.links = ['https://github.com/real', 'https://evil.example.com'];
    // Nothing else changed: the edit is refused as a whole, naming both.
    const err = await refusal(me.documents.saveEdit({ id: v.id, content }));
    expect(err.code).toBe('BAD_REQUEST');
    expect(err.message).toContain('“+1 999 555 0000”: This phone is not in your profile');
    expect(err.message).toContain('“https://evil.example.com”: This link is not in your profile');
    expect((await me.documents.get({ id: v.id })).content.person.phone).toBe('+1 512 555 0132');
  });
});
