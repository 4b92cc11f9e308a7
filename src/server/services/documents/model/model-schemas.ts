/**
 * What the language model is asked to return: wording, with every item citing profile fact ids.
 * Loose on purpose (the model's output is checked by the truthfulness validator, not trusted).
 */
import { z } from 'zod';

const factId = z.string().max(64);
const modelText = z.object({ text: z.string().min(1).max(1200), factIds: z.array(factId).max(10) });

export const modelResume = z.object({
  summary: z.array(modelText).max(3),
  experience: z
    .array(
      z.object({
        factId,
        title: z.string().max(200).nullable(),
        company: z.string().max(200).nullable(),
        startDate: z.string().max(20).nullable(),
        endDate: z.string().max(20).nullable(),
        bullets: z.array(modelText).max(8),
      }),
    )
    .max(12),
  skills: z.array(z.object({ factId, name: z.string().min(1).max(100) })).max(40),
});
export type ModelResume = z.infer<typeof modelResume>;

export const modelCoverLetter = z.object({
  greeting: z.string().min(1).max(200),
  paragraphs: z.array(modelText).min(1).max(6),
  closing: z.string().min(1).max(200),
});
export type ModelCoverLetter = z.infer<typeof modelCoverLetter>;
