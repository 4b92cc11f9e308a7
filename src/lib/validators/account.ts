import { z } from 'zod';
import { emailSchema, passwordSchema } from './users';

/** A token from an emailed link: base64url of 32 random bytes (43 characters). */
export const linkTokenSchema = (invalid: string) =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,200}$/, invalid);

export const verifyEmailInput = z.object({
  token: linkTokenSchema('This verification link is not valid. Open the link from the email as it is.'),
});
export const verifyEmailOutput = z.object({ verified: z.literal(true) });
export const verificationSentOutput = z.object({ sent: z.boolean(), alreadyVerified: z.boolean() });

export const requestPasswordResetInput = z.object({ email: emailSchema });
/** Always the same, whether or not an account has this email. */
export const requestPasswordResetOutput = z.object({ message: z.string() });

export const resetPasswordInput = z.object({
  token: linkTokenSchema('This reset link is not valid. Open the link from the email as it is.'),
  newPassword: passwordSchema,
});
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;
export const resetPasswordOutput = z.object({ reset: z.literal(true) });

const currentPassword = z.string().min(1, 'Password is required.').max(128, 'Password must be at most 128 characters.');

/** Changing the sign-in address: the password again (re-authentication), and the new address. */
export const requestEmailChangeInput = z.object({ currentPassword, newEmail: emailSchema });
export type RequestEmailChangeInput = z.input<typeof requestEmailChangeInput>;
/** The same whether or not another account has the address (no account enumeration). */
export const requestEmailChangeOutput = z.object({ sentTo: z.string() });

export const confirmEmailChangeInput = z.object({
  token: linkTokenSchema('This link is not valid. Open the link from the email as it is.'),
});
export const confirmEmailChangeOutput = z.object({ email: z.string() });

/** A 6-digit authenticator code, or a recovery code (xxxxx-xxxxx); spaces are forgiven. */
export const mfaCodeSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, '').toLowerCase())
  .pipe(
    z
      .string()
      .regex(
        /^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/,
        'Enter the 6-digit code from your authenticator app, or a recovery code.',
      ),
  );

export const startMfaInput = z.object({ password: currentPassword });
export const startMfaOutput = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth:// link as a PNG data URL, for the authenticator app to scan. */
  qrCode: z.string().startsWith('data:image/png;base64,'),
});
export const confirmMfaInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
});
export const recoveryCodesOutput = z.object({ recoveryCodes: z.array(z.string()) });
export const disableMfaInput = z.object({ password: currentPassword, code: mfaCodeSchema });
export const mfaDisabledOutput = z.object({ mfaEnabled: z.literal(false) });

export const securityOverviewOutput = z.object({
  email: z.string(),
  emailVerifiedAt: z.date().nullable(),
  mfaEnabled: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});

export const sessionOutput = z.object({
  id: z.uuid(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  userAgent: z.string().nullable(),
  clientAddress: z.string().nullable(),
  current: z.boolean(),
});
export const sessionsOutput = z.array(sessionOutput);
export const endSessionInput = z.object({ id: z.uuid('Unknown session.') });
export const sessionEndedOutput = z.object({ ended: z.literal(true) });

export const deleteAccountInput = z.object({
  password: currentPassword,
  /** Typed by the user, so that a stray click cannot delete an account. */
  confirm: z.literal('DELETE', 'Type DELETE to confirm.'),
});
export const accountDeletedOutput = z.object({ deleted: z.literal(true) });

/** The profile sections are the caller's own rows as stored (their columns are theirs to see). */
const ownRows = z.array(z.record(z.string(), z.unknown()));
const trackedJob = z.object({
  id: z.uuid(),
  jobId: z.uuid(),
  jobTitle: z.string(),
  companyName: z.string(),
  status: z.string(),
  appliedAt: z.date().nullable(),
  responseAt: z.date().nullable(),
  notes: z.string().nullable(),
  followUpDate: z.string().nullable(),
  source: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  events: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      occurredAt: z.date(),
      byYou: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
});
export const exportDataOutput = z.object({
  format: z.literal('givemejobs-export-1'),
  exportedAt: z.date(),
  account: z.object({
    id: z.uuid(),
    email: z.string(),
    emailVerifiedAt: z.date().nullable(),
    firstName: z.string(),
    lastName: z.string(),
    professionalHeadline: z.string().nullable(),
    summary: z.string().nullable(),
    phone: z.string().nullable(),
    location: z.string().nullable(),
    links: z.array(z.string()),
    role: z.string(),
    mfaEnabled: z.boolean(),
    createdAt: z.date(),
    lastLogin: z.date().nullable(),
  }),
  profile: z.object({
    skills: ownRows,
    experience: ownRows,
    projects: ownRows,
    certifications: ownRows,
    education: ownRows,
    preferences: z.record(z.string(), z.unknown()).nullable(),
  }),
  savedJobs: z.array(trackedJob),
  applications: z.array(trackedJob),
  savedSearches: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      criteria: z.record(z.string(), z.unknown()),
      alertFrequency: z.string(),
      lastAlertedAt: z.date().nullable(),
      createdAt: z.date(),
    }),
  ),
  notifications: z.array(
    z.object({
      id: z.uuid(),
      type: z.string(),
      title: z.string(),
      body: z.string(),
      link: z.string().nullable(),
      read: z.boolean(),
      createdAt: z.date(),
    }),
  ),
  /** Every version of each generated resume and cover letter, as generated or edited. */
  documents: z.array(
    z.object({
      documentId: z.uuid(),
      version: z.number().int(),
      parentId: z.uuid().nullable(),
      kind: z.enum(['resume', 'cover_letter']),
      templateId: z.string(),
      status: z.string(),
      jobId: z.uuid().nullable(),
      applicationId: z.uuid().nullable(),
      // The document's own content, already the owner's: passed through as stored.
      content: z.record(z.string(), z.unknown()),
      createdAt: z.date(),
    }),
  ),
  /** The account's security activity, newest first. */
  securityEvents: z.array(z.object({ type: z.string(), occurredAt: z.date(), clientAddress: z.string().nullable() })),
});

export const SECURITY_EVENT_LABELS = {
  sign_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  mfa_enabled: 'Two-step sign-in turned on',
  mfa_disabled: 'Two-step sign-in turned off',
  recovery_code_used: 'Recovery code used',
  password_changed: 'Password changed',
  password_reset: 'Password reset by email link',
  email_verified: 'Email address verified',
  email_changed: 'Email address changed',
  data_exported: 'Data downloaded',
  session_ended: 'A session was signed out',
  sessions_ended: 'Signed out of every device',
} as const;
export type SecurityEventKind = keyof typeof SECURITY_EVENT_LABELS;
const securityEventKinds = Object.keys(SECURITY_EVENT_LABELS) as [SecurityEventKind, ...SecurityEventKind[]];

export const securityEventsInput = z.object({ page: z.number().int().min(1).max(1000).default(1) });
export const securityEventsOutput = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      type: z.enum(securityEventKinds),
      occurredAt: z.date(),
      clientAddress: z.string().nullable(),
    }),
  ),
  page: z.number().int(),
  hasMore: z.boolean(),
});
