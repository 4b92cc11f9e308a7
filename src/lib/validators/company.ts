/**
 * A recruiter's company: creating one, inviting colleagues, joining by invitation, and the
 * operator's approval of new companies. One schema per action, shared by forms and routers. Client-safe.
 */
import { z } from 'zod';
import { COMPANY_MEMBER_STATUSES } from './enums';

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .nullish()
    .transform((v) => (v ? v : null));

export const createCompanyInput = z.object({
  name: z
    .string('Company name is required.')
    .trim()
    .min(2, 'Company name needs at least 2 characters.')
    .max(200, 'Company name must be at most 200 characters.'),
  website: z
    .url({ protocol: /^https?$/, message: 'Use a full http(s) address, like https://example.com.' })
    .max(500, 'Website must be at most 500 characters.')
    .or(z.literal(''))
    .nullish()
    .transform((v) => (v ? v : null)),
  industry: optionalText('Industry', 120),
  headquarters: optionalText('Headquarters', 200),
});
export type CreateCompanyInput = z.input<typeof createCompanyInput>;

/** The token from an invitation link (base64url, 32 random bytes); the whole link pasted is accepted too. */
export const acceptInvitationInput = z.object({
  token: z
    .string('Paste the invitation link or code.')
    .trim()
    .min(1, 'Paste the invitation link or code.')
    .max(2000, 'That is not an invitation link.')
    .transform((v) => v.slice(v.lastIndexOf('/') + 1).replace(/^.*[?&]token=/, ''))
    .pipe(z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'That is not an invitation link.')),
});

export const approveMemberInput = z.object({
  companyId: z.uuid('Not a valid company id.'),
  userId: z.uuid('Not a valid user id.'),
});

export const companySummary = z.object({
  id: z.uuid(),
  name: z.string(),
  website: z.string().nullable(),
  industry: z.string().nullable(),
  headquarters: z.string().nullable(),
});

/** The caller's company and their standing in it; null company: they have none yet. */
export const myCompanyOutput = z.object({
  company: companySummary.nullable(),
  status: z.enum(COMPANY_MEMBER_STATUSES).nullable(),
  /** Colleagues (names only) once the caller's membership is active; [] otherwise. */
  members: z.array(z.object({ name: z.string(), status: z.enum(COMPANY_MEMBER_STATUSES), joinedAt: z.date() })),
});
export type MyCompanyOutput = z.infer<typeof myCompanyOutput>;

/** A new invitation: the link is shown once; only its hash is stored. */
export const invitationOutput = z.object({ token: z.string(), expiresAt: z.date() });

export const membershipOutput = z.object({
  companyId: z.uuid(),
  companyName: z.string(),
  status: z.enum(COMPANY_MEMBER_STATUSES),
});

export const pendingMembersOutput = z.array(
  z.object({
    companyId: z.uuid(),
    companyName: z.string(),
    website: z.string().nullable(),
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    requestedAt: z.date(),
  }),
);
export type PendingMembers = z.infer<typeof pendingMembersOutput>;
