import { eventType } from 'inngest';
import { z } from 'zod';

/** Every event the app sends, with its payload schema. No transforms: Inngest validates these as-is. */
export const userSignedUp = eventType('user/signed-up', {
  schema: z.object({ userId: z.uuid(), firstName: z.string().min(1) }),
});

export const events = { 'user/signed-up': userSignedUp } as const;

export type EventName = keyof typeof events;
export type EventData<N extends EventName> = z.infer<(typeof events)[N]['schema']>;
