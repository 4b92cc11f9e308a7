/**
 * A small populated world for the authorization matrix and the fuzz: seeker A with a full profile,
 * applications, a saved job, notes, a follow-up and a notification; recruiter R with a company and
 * an open job A applied to; a second seeker B and a recruiter R2 of another company, who must never
 * reach A's or R's records. Everything is made through the real procedures where one exists.
 */
import { companyMembers, notifications } from '@/server/db/schema';
import type { Database } from '@/server/db';
import { recordSession } from '@/server/services/account/sessions';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './callers';
import { signUpUser } from './factories';
import { insertCompany, insertJob } from './jobs';

/** Written into A's private text: any output that contains it leaked A's records. */
export const A_MARKER = 'Zqxv7Private';

type User = Awaited<ReturnType<typeof signUpUser>>;

export interface World {
  seekerA: User;
  seekerB: User;
  recruiterR: User;
  recruiterR2: User;
  /** R's company and its open job (A applied to it). */
  companyId: string;
  jobId: string;
  /** A public job with no company, which A saved. */
  savedJobId: string;
  a: {
    applicationId: string;
    savedApplicationId: string;
    skillId: string;
    experienceId: string;
    educationId: string;
    projectId: string;
    certificationId: string;
    notificationId: string;
    /** A's signed-in session (user_sessions), which only A may end. */
    sessionId: string;
    /** A's tailored resume for R's job: the generation request, its stored version and document. */
    documentRequestId: string;
    documentVersionId: string;
    documentId: string;
    /** A's saved search with daily alerts. */
    savedSearchId: string;
    /** An interview and a contact on A's application. */
    interviewId: string;
    contactId: string;
    /** A job A added to their board by hand: private, listed nowhere, opened by A alone. */
    handJobId: string;
  };
}

let worlds = 0;

function only<T>(rows: readonly T[], what: string): T {
  const row = rows[0];
  if (!row) throw new Error(`world: no ${what} was created`);
  return row;
}

export async function createWorld(db: Database): Promise<World> {
  worlds += 1;
  const seekerA = await signUpUser(db, { firstName: 'Alice', lastName: A_MARKER });
  const seekerB = await signUpUser(db);
  const recruiterR = await signUpUser(db, { role: 'recruiter' });
  const recruiterR2 = await signUpUser(db, { role: 'recruiter' });

  const company = await insertCompany(db, `Hiring Co ${worlds} ${Date.now()}`);
  const other = await insertCompany(db, `Other Co ${worlds} ${Date.now()}`);
  await db.insert(companyMembers).values([
    { companyId: company.id, userId: recruiterR.id },
    { companyId: other.id, userId: recruiterR2.id },
  ]);
  const { id: jobId } = await callerFor(db, recruiterR).recruiter.createJob({
    title: 'Platform Engineer',
    description: 'Run the platform: Kubernetes, CI pipelines and observability.',
    location: 'Denver, CO',
    remoteType: 'hybrid',
    jobType: 'full-time',
    salaryMin: 90_000,
    salaryMax: 120_000,
    requiredSkills: ['Kubernetes', 'Terraform'],
    requiredYears: 3,
  });
  const savedJob = await insertJob(db, { title: 'Data Analyst', requiredSkills: ['SQL'] });

  const asA = callerFor(db, seekerA);
  const withSkill = await asA.profile.addSkill({
    name: `Terraform ${A_MARKER}`,
    category: 'technical',
    proficiencyLevel: 4,
    yearsOfExperience: 3,
  });
  const withRole = await asA.profile.addExperience({
    title: `Site Reliability Engineer ${A_MARKER}`,
    company: 'Acme',
    startDate: '2019-03-01',
    endDate: '2023-06-01',
    description: 'Ran Kubernetes clusters.',
  });
  const withSchool = await asA.profile.addEducation({ institution: `State University ${A_MARKER}`, degree: 'BSc' });
  await asA.profile.commitResumeImport({
    projects: [{ name: `Homelab ${A_MARKER}`, description: 'A small cluster.' }],
    certifications: [{ name: `CKA ${A_MARKER}`, issuer: 'CNCF' }],
  });
  const full = await asA.profile.updatePreferences({ locations: ['Denver, CO'], careerGoals: `Lead SRE ${A_MARKER}` });

  const applied = await asA.applications.applyToJob({ jobId, note: `Referred ${A_MARKER}` });
  await asA.applications.updateNotes({ applicationId: applied.applicationId, notes: `Salary talk ${A_MARKER}` });
  const saved = await asA.applications.save({ jobId: savedJob.id });
  const interview = await asA.tracking.addInterview({
    applicationId: applied.applicationId,
    startsAt: new Date('2030-01-01T15:00:00Z'),
    location: `Room ${A_MARKER}`,
  });
  const contact = await asA.tracking.addContact({
    applicationId: applied.applicationId,
    name: `Hiring Manager ${A_MARKER}`,
    email: 'manager@example.com',
  });
  const savedSearch = await asA.alerts.create({
    name: `Kubernetes ${A_MARKER}`,
    criteria: { keywords: `kubernetes ${A_MARKER}` },
    minMatchScore: 70,
    frequency: 'daily',
  });
  const [notification] = await db
    .insert(notifications)
    .values({ userId: seekerA.id, type: 'system', title: `Hello ${A_MARKER}`, body: `For A ${A_MARKER}` })
    .returning({ id: notifications.id });
  const sessionId = await recordSession(db, {
    userId: seekerA.id,
    sessionVersion: 0,
    userAgent: `Browser ${A_MARKER}`,
    clientAddress: '192.0.2.10',
  });
  const handJob = await asA.applications.addByHand({
    title: `Kubernetes Platform Engineer ${A_MARKER}`,
    companyName: `Referral Co ${A_MARKER}`,
    description: `Kubernetes and Terraform for a platform team. ${A_MARKER}`,
    location: 'Denver, CO',
    applyUrl: 'https://jobs.example.com/platform-engineer',
  });
  const generation = await asA.documents.generate({ jobId, kind: 'resume', applicationId: applied.applicationId });
  await drainWorkflows();
  const generated = await asA.documents.progress({ requestId: generation.requestId });
  if (!generated.versionId || !generated.documentId) throw new Error(`world: no document was generated (${generated.error})`);
  await asA.documents.attachToApplication({ versionId: generated.versionId, applicationId: applied.applicationId });

  return {
    seekerA,
    seekerB,
    recruiterR,
    recruiterR2,
    companyId: company.id,
    jobId,
    savedJobId: savedJob.id,
    a: {
      applicationId: applied.applicationId,
      savedApplicationId: saved.applicationId,
      skillId: only(withSkill.skills, 'skill').id,
      experienceId: only(withRole.experience, 'role').id,
      educationId: only(withSchool.education, 'education').id,
      projectId: only(full.projects, 'project').id,
      certificationId: only(full.certifications, 'certification').id,
      notificationId: only(notification ? [notification] : [], 'notification').id,
      sessionId,
      documentRequestId: generation.requestId,
      documentVersionId: generated.versionId,
      documentId: generated.documentId,
      savedSearchId: savedSearch.id,
      interviewId: interview.id,
      contactId: contact.id,
      handJobId: handJob.jobId,
    },
  };
}

/** Every id and private string of A's (and R's account) that no other caller's answer may contain. */
export function privateTokens(w: World): string[] {
  return [A_MARKER, w.seekerA.id, w.seekerA.email, w.recruiterR.id, w.recruiterR.email, ...Object.values(w.a)];
}
