import { createTransport } from 'nodemailer';
import type { Mailer } from './types';

/** SMTP_URL (smtp://user:pass@host:587, smtps://…) through nodemailer. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    description: `smtp (${new URL(url).hostname})`,
    async send({ to, subject, text, headers }) {
      await transport.sendMail({ from, to, subject, text, ...(headers ? { headers } : {}) });
    },
  };
}
