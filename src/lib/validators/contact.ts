/**
 * A seeker's contact details: what a resume and a cover letter carry in their header. Each field
 * is optional (empty clears it); links are profile and portfolio addresses, http(s) only, since
 * documents and the profile page render them as links.
 */
import { z } from 'zod';

export const MAX_LINKS = 5;

/** "+44 20 7946 0958", "(415) 555-0132", "555-0132 ext. 12": 6 to 15 digits, the usual marks. */
const PHONE = /^\+?[\d\s().-]+(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;

export const phoneText = z
  .string()
  .trim()
  .max(40, 'Phone must be at most 40 characters.')
  .superRefine((v, ctx) => {
    if (v === '') return;
    if (!PHONE.test(v)) {
      ctx.addIssue({ code: 'custom', message: 'Use digits, spaces and + ( ) . - only, e.g. +1 415 555 0132.' });
      return;
    }
    const digits = v.replace(/(?:ext\.?|x)\s*\d+$/i, '').replace(/\D/g, '').length;
    if (digits < 6 || digits > 15) ctx.addIssue({ code: 'custom', message: 'A phone number has 6 to 15 digits.' });
  })
  .transform((v) => (v === '' ? null : v.replace(/\s+/g, ' ')));

export const contactLocationText = z
  .string()
  .trim()
  .max(200, 'Location must be at most 200 characters.')
  .transform((v) => (v === '' ? null : v));

/** An address as typed ("linkedin.com/in/ada"), kept as https://… once it reads as a public web address. */
export const linkText = z
  .string()
  .trim()
  .min(1, 'Enter an address or remove the line.')
  .max(300, 'An address must be at most 300 characters.')
  .transform((v, ctx) => {
    const withScheme = /^[a-z][a-z\d+.-]*:/i.test(v) ? v : `https://${v}`;
    let url: URL | null = null;
    try {
      url = new URL(withScheme);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !/\.[a-z]{2,}$/i.test(url.hostname)) {
      ctx.addIssue({ code: 'custom', message: `"${v.slice(0, 60)}" is not a web address (https://…).` });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'An address cannot carry a user name or password.' });
      return z.NEVER;
    }
    return url.href.replace(/\/$/, '');
  });

/** Up to MAX_LINKS addresses, each once: the contact form's and the resume import's. */
export const linkList = z
  .array(linkText)
  .max(MAX_LINKS, `At most ${MAX_LINKS} links.`)
  .transform((links) => [...new Set(links)]);

export const contactInput = z.object({
  phone: phoneText.nullable(),
  location: contactLocationText.nullable(),
  links: linkList,
});
export type ContactInput = z.input<typeof contactInput>;

export const contactOutput = z.object({
  phone: z.string().nullable(),
  location: z.string().nullable(),
  links: z.array(z.string()),
});
export type ContactOutput = z.infer<typeof contactOutput>;
