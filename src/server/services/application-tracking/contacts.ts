import { and, asc, eq, inArray } from 'drizzle-orm';
import { addContactInput, applicationRef, contactRef, type AddContactInput, type Contact } from '@/lib/validators/application-tracking';
import type { DbOrTx } from '@/server/db';
import { applicationContacts, applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { assertOwnApplication } from './own-application';

/** The most contacts one application keeps. */
export const MAX_CONTACTS = 30;

const columns = {
  id: applicationContacts.id,
  applicationId: applicationContacts.applicationId,
  name: applicationContacts.name,
  role: applicationContacts.role,
  email: applicationContacts.email,
  phone: applicationContacts.phone,
  notes: applicationContacts.notes,
};

/** The people the caller recorded for one of their applications, in the order added. */
export async function listContacts(db: DbOrTx, raw: { applicationId: string }, actor: Actor): Promise<Contact[]> {
  const { applicationId } = applicationRef.parse(raw);
  await assertOwnApplication(db, applicationId, actor);
  return db
    .select(columns)
    .from(applicationContacts)
    .where(eq(applicationContacts.applicationId, applicationId))
    .orderBy(asc(applicationContacts.createdAt), asc(applicationContacts.id));
}

export async function addContact(db: DbOrTx, raw: AddContactInput, actor: Actor): Promise<Contact> {
  const input = addContactInput.parse(raw);
  await assertOwnApplication(db, input.applicationId, actor);
  const existing = await db
    .select({ id: applicationContacts.id })
    .from(applicationContacts)
    .where(eq(applicationContacts.applicationId, input.applicationId))
    .limit(MAX_CONTACTS);
  if (existing.length >= MAX_CONTACTS) {
    throw new AppError('VALIDATION_ERROR', `An application keeps at most ${MAX_CONTACTS} contacts; remove one first.`);
  }
  const [row] = await db.insert(applicationContacts).values(input).returning(columns);
  if (!row) throw new Error('insert returned no contact');
  return row;
}

export async function removeContact(db: DbOrTx, raw: { contactId: string }, actor: Actor): Promise<{ id: string }> {
  const { contactId } = contactRef.parse(raw);
  const mine = db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.userId, actor.userId));
  const [row] = await db
    .delete(applicationContacts)
    .where(and(eq(applicationContacts.id, contactId), inArray(applicationContacts.applicationId, mine)))
    .returning({ id: applicationContacts.id });
  if (!row) throw new AppError('NOT_FOUND', 'Contact not found.');
  return row;
}
