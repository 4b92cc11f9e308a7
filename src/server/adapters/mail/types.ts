export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. RFC 8058 List-Unsubscribe on alert digests (SMTP only; the dev mailbox keeps the text). */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  readonly description: string;
}
