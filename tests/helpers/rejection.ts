import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';

/** The TRPCError a call fails with; the test fails if it succeeds or fails with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  return err as TRPCError;
}
