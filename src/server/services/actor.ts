import type { UserRole } from '@/lib/validators/enums';

/** Who is calling a service. Services check permissions against it. */
export interface Actor {
  userId: string;
  role: UserRole;
}
