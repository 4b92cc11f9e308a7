import { createHash } from 'node:crypto';

/** Same model and same text: the stored vector is still right, nothing to embed. */
export const contentHash = (modelId: string, text: string): string =>
  createHash('sha256').update(modelId).update('\u0000').update(text).digest('hex');
