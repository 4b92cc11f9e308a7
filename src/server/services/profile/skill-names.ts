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
  const conditions = [
    eq(skills.userId, userId),
    eq(skills.category, category),
    sql`lower(${skills.name}) = lower(${name})`,
  ];
  if (exceptId) conditions.push(ne(skills.id, exceptId));
  const [dup] = await tx
    .select({ name: skills.name })
    .from(skills)
    .where(and(...conditions))
    .limit(1);
  if (dup) {
    // Named as saved: "You already have ifrs" over a saved "IFRS" read as if the case mattered.
    const message = `You already have ${dup.name} as a ${category} skill.`;
    throw new AppError('CONFLICT', message, { fields: { name: [message] } });
  }
}
