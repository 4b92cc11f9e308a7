import { and, eq, ne, sql } from 'drizzle-orm';
import type { SkillCategory } from '@/lib/validators/enums';
import type { Transaction } from '@/server/db';
import { skills } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';

/** "ReactJS" and "react" become "React": one skill, whatever the spelling. */
export function canonicalSkillName(raw: string): string {
  return canonicalizeSkill(raw).name;
}

/** Refuses a second skill of the same name (any case) in the same category. */
export async function assertSkillIsNew(
  tx: Transaction,
  userId: string,
  name: string,
  category: SkillCategory,
  exceptId?: string,
): Promise<void> {
  const conditions = [eq(skills.userId, userId), eq(skills.category, category), sql`lower(${skills.name}) = lower(${name})`];
  if (exceptId) conditions.push(ne(skills.id, exceptId));
  const [dup] = await tx.select({ id: skills.id }).from(skills).where(and(...conditions)).limit(1);
  if (dup) {
    const message = `You already have ${name} as a ${category} skill.`;
    throw new AppError('CONFLICT', message, { fields: { name: [message] } });
  }
}
