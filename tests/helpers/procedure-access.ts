/**
 * Who may call each procedure, in one table: the authorization matrix checks every row against
 * callers who must be refused, and the fuzz picks its caller from it. A procedure missing here
 * fails the matrix (tests/authorization-matrix.integration.test.ts).
 *
 * - public: anyone, signed in or not (job listings, sign-up).
 * - owner: any signed-in user, on their own records only.
 * - recruiter: the recruiter role (or admin), on their own company's jobs only.
 * - admin: operators only.
 *
 * Each row gives inputs as another user would send them: `theirs` names someone else's records
 * (seeker A's, or recruiter R's job), so every signed-in caller but the owner must be refused;
 * `own` names nothing private, so the call acts on the caller's own data (or public data) and its
 * answer must hold nothing of A's or R's.
 */
import type { World } from './world';

export type Access = 'public' | 'owner' | 'recruiter' | 'admin';

export type AccessRule = { access: Access } & (
  { theirs: (w: World) => unknown[]; own?: never } | { own: (w: World) => unknown[]; theirs?: never }
);

let emails = 0;
const POSTING = {
  title: 'Hijacked Posting',
  description: 'Posted by someone who should not be able to.',
  location: 'Austin, TX',
  remoteType: 'onsite',
  jobType: 'full-time',
  requiredSkills: ['SQL'],
} as const;
const nothing = () => [undefined];
const RESUME_TEXT = [
  'Jo Doe',
  'jo@example.com | 555-123-4567 | Austin, TX',
  'Summary',
  'Data analyst with five years of experience in SQL reporting and dashboards.',
  'Experience',
  'Data Analyst, Initech - Jan 2020 to Present',
  '- Built weekly revenue dashboards in Tableau for the sales team',
  'Education',
  'BSc Statistics, State University, 2019',
  'Skills',
  'SQL, Python, Tableau',
].join('\n');

export const PROCEDURE_ACCESS: Record<string, AccessRule> = {
  'users.signUp': {
    access: 'public',
    own: () => [
      {
        email: `matrix${++emails}.${Date.now()}@example.com`,
        password: 'Str0ng!Passw0rd',
        firstName: 'M',
        lastName: 'X',
      },
    ],
  },
  'users.me': { access: 'owner', own: nothing },
  'users.updateProfile': { access: 'owner', own: () => [{ firstName: 'Renamed' }] },
  // Ends the caller's own sessions (users.session_version); A's row must not move.
  'users.signOutEverywhere': { access: 'owner', own: nothing },
  'users.changePassword': {
    access: 'owner',
    own: () => [{ currentPassword: 'Str0ng!Passw0rd', newPassword: 'N3w!Passw0rd-2026' }],
  },
  // The emailed link is the authority: anyone holding a valid token may use it; this one is not valid.
  'users.unlockSignIn': { access: 'public', own: () => [{ token: 'not-a-real-unlock-token-0123456789' }] },

  'account.security': { access: 'owner', own: nothing },
  'account.securityEvents': { access: 'owner', own: () => [{ page: 1 }, {}] },
  'account.resendVerification': { access: 'owner', own: nothing },
  // Emailed links: the token is the authority; these are not valid ones.
  'account.verifyEmail': { access: 'public', own: () => [{ token: 'not-a-real-verification-token-0123' }] },
  // Always the same answer; A's address must get no token row of the caller's making to use.
  'account.requestPasswordReset': { access: 'public', own: (w) => [{ email: w.seekerA.email }] },
  // The caller's own account (the factory's password): a link mailed to a new address, nothing of A's.
  'account.requestEmailChange': {
    access: 'owner',
    own: () => [{ currentPassword: 'Str0ng!Passw0rd', newEmail: `moved${++emails}@example.com` }],
  },
  // A made-up link: nothing to spend.
  'account.confirmEmailChange': { access: 'public', own: () => [{ token: 'x'.repeat(43) }] },
  'account.resetPassword': {
    access: 'public',
    own: () => [{ token: 'not-a-real-reset-token-0123456789', newPassword: 'N3w!Passw0rd-2026' }],
  },
  'account.startMfa': { access: 'owner', own: () => [{ password: 'Str0ng!Passw0rd' }] },
  'account.confirmMfa': { access: 'owner', own: () => [{ code: '123456' }] },
  'account.disableMfa': { access: 'owner', own: () => [{ password: 'Str0ng!Passw0rd', code: '123456' }] },
  'account.sessions': { access: 'owner', own: nothing },
  'account.endSession': { access: 'owner', theirs: (w) => [{ id: w.a.sessionId }] },
  'account.exportData': { access: 'owner', own: nothing },
  // A wrong password: the matrix's callers must stay to be tested by the rows after this one.
  'account.deleteAccount': { access: 'owner', own: () => [{ password: 'Wr0ng!Passw0rd', confirm: 'DELETE' }] },

  'jobs.list': { access: 'public', own: () => [{}] },
  'jobs.search': { access: 'public', own: () => [{ keywords: 'engineer' }, { sort: 'match' }] },
  'jobs.byId': { access: 'public', own: (w) => [{ id: w.jobId }] },

  'notifications.list': { access: 'owner', own: () => [{}, { unreadOnly: true }] },
  'notifications.markRead': { access: 'owner', theirs: (w) => [{ id: w.a.notificationId }] },
  // Both act on the caller's own notifications only: A's must stay as they were.
  'notifications.unreadCount': { access: 'owner', own: nothing },
  'notifications.markAllRead': { access: 'owner', own: nothing },

  'profile.get': { access: 'owner', own: nothing },
  'profile.addSkill': {
    access: 'owner',
    own: () => [{ name: 'Go', category: 'technical', proficiencyLevel: 3, yearsOfExperience: 2 }],
  },
  'profile.updateSkill': { access: 'owner', theirs: (w) => [{ id: w.a.skillId, name: 'Hijacked' }] },
  'profile.addExperience': { access: 'owner', own: () => [{ title: 'Analyst', company: 'Initech' }] },
  'profile.updateExperience': { access: 'owner', theirs: (w) => [{ id: w.a.experienceId, title: 'Hijacked' }] },
  'profile.addEducation': { access: 'owner', own: () => [{ institution: 'Night School', degree: 'BA' }] },
  'profile.updateEducation': { access: 'owner', theirs: (w) => [{ id: w.a.educationId, degree: 'Hijacked' }] },
  'profile.addProject': { access: 'owner', own: () => [{ name: 'Home lab', url: 'example.com/lab' }] },
  'profile.updateProject': { access: 'owner', theirs: (w) => [{ id: w.a.projectId, name: 'Hijacked' }] },
  'profile.addCertification': { access: 'owner', own: () => [{ name: 'PMP', issuer: 'PMI' }] },
  'profile.updateCertification': {
    access: 'owner',
    theirs: (w) => [{ id: w.a.certificationId, name: 'Hijacked' }],
  },
  'profile.removeEntry': {
    access: 'owner',
    theirs: (w) => [
      { kind: 'skill', id: w.a.skillId },
      { kind: 'experience', id: w.a.experienceId },
      { kind: 'education', id: w.a.educationId },
      { kind: 'project', id: w.a.projectId },
      { kind: 'certification', id: w.a.certificationId },
    ],
  },
  'profile.readResume': { access: 'owner', own: () => [{ text: RESUME_TEXT }] },
  'profile.readJsonResume': { access: 'owner', own: () => [{ json: '{"basics":{"name":"Jo Doe"}}' }] },
  'profile.exportJsonResume': { access: 'owner', own: nothing },
  'profile.commitResumeImport': {
    access: 'owner',
    own: () => [{ skills: [{ name: 'Excel', category: 'technical', proficiencyLevel: 2, yearsOfExperience: 1 }] }],
  },
  'profile.occupations': { access: 'owner', own: nothing },
  'profile.searchOccupations': { access: 'owner', own: () => [{ q: 'engineer' }] },
  'profile.setTargetOccupations': { access: 'owner', own: () => [{ codes: [] }] },
  'profile.updateIntro': { access: 'owner', own: () => [{ headline: 'Data analyst', summary: null }] },
  'profile.updateContact': {
    access: 'owner',
    own: () => [{ phone: '+1 512 555 0132', location: 'Austin, TX', links: ['github.com/someone'] }],
  },
  'profile.updatePreferences': { access: 'owner', own: () => [{ locations: ['Austin, TX'] }] },

  // Saving, unsaving and applying name a job, which is public: they act on the caller's own row.
  'applications.save': { access: 'owner', own: (w) => [{ jobId: w.jobId }] },
  'applications.unsave': { access: 'owner', own: (w) => [{ jobId: w.savedJobId }] },
  'applications.saved': { access: 'owner', own: nothing },
  'applications.statusForJobs': { access: 'owner', own: (w) => [{ jobIds: [w.jobId, w.savedJobId] }] },
  'applications.applyToJob': { access: 'owner', own: (w) => [{ jobId: w.jobId }] },
  // The caller's own new private job; A's private job by id is tests/private-jobs.integration.test.ts's.
  'applications.addByHand': { access: 'owner', own: () => [{ title: 'Matrix Analyst', companyName: 'Matrix Co' }] },
  'applications.editHandAddedJob': {
    access: 'owner',
    theirs: (w) => [{ jobId: w.a.handJobId, title: 'Hijacked', companyName: 'Hijacked Co' }],
  },
  // Also open to a recruiter of the hiring company (R), for the company's own moves: R2 is not one.
  'applications.changeStatus': {
    access: 'owner',
    theirs: (w) => [
      { applicationId: w.a.applicationId, to: 'withdrawn' },
      { applicationId: w.a.applicationId, to: 'interview_scheduled' },
      { applicationId: w.a.savedApplicationId, to: 'applied' },
    ],
  },
  'applications.updateNotes': {
    access: 'owner',
    theirs: (w) => [{ applicationId: w.a.applicationId, notes: 'Hijacked' }],
  },
  'applications.setFollowUp': { access: 'owner', theirs: (w) => [{ applicationId: w.a.applicationId, date: null }] },
  'applications.list': { access: 'owner', own: () => [{}] },
  'applications.byId': {
    access: 'owner',
    theirs: (w) => [{ id: w.a.applicationId }, { id: w.a.savedApplicationId }],
  },

  // Interviews and contacts on A's application: only A may list, add or remove them.
  'tracking.interviews': { access: 'owner', theirs: (w) => [{ applicationId: w.a.applicationId }] },
  'tracking.addInterview': {
    access: 'owner',
    theirs: (w) => [{ applicationId: w.a.applicationId, startsAt: new Date('2030-01-02T15:00:00Z'), location: 'Hijacked' }],
  },
  'tracking.removeInterview': { access: 'owner', theirs: (w) => [{ interviewId: w.a.interviewId }] },
  'tracking.contacts': { access: 'owner', theirs: (w) => [{ applicationId: w.a.applicationId }] },
  'tracking.addContact': { access: 'owner', theirs: (w) => [{ applicationId: w.a.applicationId, name: 'Hijacked' }] },
  'tracking.removeContact': { access: 'owner', theirs: (w) => [{ contactId: w.a.contactId }] },

  // The caller's own checklist: nothing of A's is named.
  'onboarding.status': { access: 'owner', own: nothing },
  'onboarding.markStep': { access: 'owner', own: () => [{ step: 'matches' }, { step: 'profile' }] },
  'onboarding.dismiss': { access: 'owner', own: nothing },

  'matching.forMe': { access: 'owner', own: () => [{}] },
  'matching.forJob': { access: 'owner', own: (w) => [{ jobId: w.jobId }] },
  'matching.badges': { access: 'owner', own: (w) => [{ jobIds: [w.jobId, w.savedJobId] }] },
  'matching.applicantsForJob': { access: 'recruiter', theirs: (w) => [{ jobId: w.jobId }] },

  'recruiter.jobs': { access: 'recruiter', own: () => [undefined, { q: 'platform', status: 'open', hasApplicants: true }] },
  'recruiter.pipeline': { access: 'recruiter', own: () => [undefined, { status: 'applied' }] },
  'recruiter.candidate': { access: 'recruiter', theirs: (w) => [{ applicationId: w.a.applicationId }] },
  'recruiter.job': { access: 'recruiter', theirs: (w) => [{ id: w.jobId }] },
  'recruiter.createJob': { access: 'recruiter', own: () => [POSTING] },
  'recruiter.updateJob': { access: 'recruiter', theirs: (w) => [{ id: w.jobId, fields: POSTING }] },
  'recruiter.setJobStatus': { access: 'recruiter', theirs: (w) => [{ id: w.jobId, status: 'closed' }] },
  'recruiter.funnel': { access: 'recruiter', theirs: (w) => [{ id: w.jobId }] },
  'recruiter.applicants': { access: 'recruiter', theirs: (w) => [{ id: w.jobId }] },
  'recruiter.moveApplicant': {
    access: 'recruiter',
    theirs: (w) => [{ applicationId: w.a.applicationId, to: 'interview_scheduled' }],
  },

  'company.mine': { access: 'recruiter', own: nothing },
  // The caller's own new company (a recruiter who has one already is refused with CONFLICT).
  'company.create': { access: 'recruiter', own: () => [{ name: 'Matrix Co' }] },
  'company.createInvitation': { access: 'recruiter', own: nothing },
  // The link is the authority: this one was never issued.
  'company.acceptInvitation': { access: 'recruiter', own: () => [{ token: 'A'.repeat(43) }] },
  'company.pending': { access: 'admin', own: nothing },
  'company.approve': { access: 'admin', theirs: (w) => [{ companyId: w.companyId, userId: w.recruiterR.id }] },

  'analytics.overview': { access: 'owner', own: () => [{}, { window: 'all' }] },
  'analytics.prediction': { access: 'owner', own: (w) => [{ jobId: w.jobId }] },

  'alerts.list': { access: 'owner', own: nothing },
  'alerts.defaultFrequency': { access: 'owner', own: nothing },
  'alerts.create': {
    access: 'owner',
    own: () => [{ name: 'Analyst roles', criteria: { keywords: 'analyst' }, frequency: 'weekly' }],
  },
  'alerts.update': {
    access: 'owner',
    theirs: (w) => [
      { id: w.a.savedSearchId, name: 'Hijacked' },
      { id: w.a.savedSearchId, frequency: 'off' },
    ],
  },
  'alerts.delete': { access: 'owner', theirs: (w) => [{ id: w.a.savedSearchId }] },
  // Signed out, from a mailed link: a token that is not signed names nothing.
  'alerts.unsubscribeTarget': {
    access: 'public',
    own: (w) => [{ token: `${w.a.savedSearchId}.${w.a.savedSearchId}.${'x'.repeat(43)}` }],
  },

  // A signed-in seeker adds a public posting; 127.0.0.1 is refused before anything is fetched.
  'jobs.addByUrl': { access: 'owner', own: () => [{ url: 'http://127.0.0.1:9/careers/job-1' }] },
  'sources.list': { access: 'admin', own: nothing },
  'sources.add': { access: 'admin', own: () => [{ type: 'greenhouse', token: 'matrix-board', schedule: '6h' }] },
  'sources.update': { access: 'admin', own: () => [{ id: '00000000-0000-4000-8000-000000000000', enabled: false }] },
  'sources.runNow': { access: 'admin', own: () => [{ id: '00000000-0000-4000-8000-000000000000' }] },
  'sources.runs': { access: 'admin', own: () => [{ sourceId: '00000000-0000-4000-8000-000000000000' }] },
  'sources.quarantine': { access: 'admin', own: () => [{ sourceId: '00000000-0000-4000-8000-000000000000' }] },

  'documents.generate': {
    access: 'owner',
    theirs: (w) => [{ jobId: w.jobId, kind: 'resume', applicationId: w.a.applicationId }],
  },
  'documents.progress': { access: 'owner', theirs: (w) => [{ requestId: w.a.documentRequestId }] },
  'documents.list': { access: 'owner', own: nothing },
  'documents.get': { access: 'owner', theirs: (w) => [{ id: w.a.documentVersionId }] },
  'documents.versions': { access: 'owner', theirs: (w) => [{ documentId: w.a.documentId }] },
  'documents.saveEdit': {
    access: 'owner',
    theirs: (w) => [
      {
        id: w.a.documentVersionId,
        content: {
          kind: 'resume',
          person: { name: 'Hijacked', email: null, headline: null, location: null },
          sections: [],
        },
      },
    ],
  },
  'documents.diff': {
    access: 'owner',
    theirs: (w) => [{ fromId: w.a.documentVersionId, toId: w.a.documentVersionId }],
  },
  'documents.setStatus': { access: 'owner', theirs: (w) => [{ id: w.a.documentVersionId, status: 'finalized' }] },
  'documents.delete': { access: 'owner', theirs: (w) => [{ id: w.a.documentVersionId }] },
  'documents.templates': { access: 'owner', own: nothing },
  'documents.setDefaultTemplate': { access: 'owner', own: () => [{ templateId: 'classic' }] },
  'documents.attachToApplication': {
    access: 'owner',
    theirs: (w) => [{ versionId: w.a.documentVersionId, applicationId: w.a.applicationId }],
  },
  'documents.forApplication': { access: 'recruiter', theirs: (w) => [{ applicationId: w.a.applicationId }] },
};
