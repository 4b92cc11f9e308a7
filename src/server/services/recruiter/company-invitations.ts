/**
 * Invitation links for colleagues: 32 random bytes, shown once; only their SHA-256 is stored.
 * A link works once and for INVITATION_DAYS; using it makes the holder an active member at once,
 * since an active colleague vouched for them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { acceptInvitationInput } from '@/lib/validators/company';
import type { Database } from '@/server/db';
import { companyInvitations, companyMembers } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { membershipOf, recruiterCompany } from './recruiter-company';

export const INVITATION_DAYS = 7;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createInvitation(db: Database, actor: Actor, now = new Date()) {
  const company = await recruiterCompany(db, actor);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  await db.insert(companyInvitations).values({
    companyId: company.id,
    tokenHash: hashToken(token),
    createdBy: actor.userId,
    expiresAt,
  });
  return { token, expiresAt };
}

const UNUSABLE = 'This invitation link has expired or was already used. Ask your colleague for a new one.';

export async function acceptInvitation(db: Database, actor: Actor, raw: { token: string }) {
  const { token } = acceptInvitationInput.parse(raw);
  return db.transaction(async (tx) => {
    const existing = await membershipOf(tx, actor.userId);
    if (existing) throw new AppError('CONFLICT', `You already belong to ${existing.name}.`);
    // One conditional UPDATE consumes the link: of two uses at once, only one gets the row back.
    const [used] = await tx
      .update(companyInvitations)
      .set({ usedAt: new Date(), usedBy: actor.userId })
      .where(
        and(
          eq(companyInvitations.tokenHash, hashToken(token)),
          isNull(companyInvitations.usedAt),
          gt(companyInvitations.expiresAt, new Date()),
        ),
      )
      .returning({ companyId: companyInvitations.companyId });
    if (!used) throw new AppError('NOT_FOUND', UNUSABLE, { reason: 'invitation_unusable' });
    await tx.insert(companyMembers).values({ companyId: used.companyId, userId: actor.userId, status: 'active' });
    const joined = await membershipOf(tx, actor.userId);
    if (!joined) throw new AppError('INTERNAL_ERROR', 'The membership was not saved.');
    return { companyId: joined.companyId, companyName: joined.name, status: joined.status };
  });
}
