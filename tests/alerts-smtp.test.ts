/**
 * The digest through the real SMTP adapter (nodemailer) to a minimal SMTP server on loopback:
 * the List-Unsubscribe headers (RFC 2369 / RFC 8058) reach the wire, not only the message object.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from '@/server/adapters/mail/smtp-mailer';
import { buildDigestEmail } from '@/server/services/alerts/digest-email';

/** Accepts every message and keeps its DATA. Just enough SMTP for nodemailer (no TLS, no auth). */
function smtpSink(): { server: Server; messages: string[] } {
  const messages: string[] = [];
  const server = createServer((socket) => {
    let data: string | null = null;
    let buffer = '';
    socket.write('220 sink ready\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (data !== null) {
          if (line === '.') {
            messages.push(data);
            data = null;
            socket.write('250 queued\r\n');
          } else data += `${line}\r\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-sink\r\n250 8BITMIME\r\n');
        else if (verb === 'DATA') {
          data = '';
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return { server, messages };
}

/** Quoted-printable (body, RFC 2045) or a Q-encoded word (header, RFC 2047) back to text. */
const unquote = (s: string, header = false): string =>
  Buffer.from(
    (header ? s.replace(/_/g, ' ') : s.replace(/=\r\n/g, '')).replace(/=([0-9A-F]{2})/g, (_, h: string) =>
      String.fromCharCode(parseInt(h, 16)),
    ),
    'latin1',
  ).toString('utf8');

describe('alert digest over SMTP', () => {
  const sink = smtpSink();
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    port = (sink.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => sink.server.close(() => resolve())));

  it('carries the one-click unsubscribe headers and the plain-text digest', async () => {
    const unsubscribeUrl = 'https://jobs.example.com/api/alerts/unsubscribe?token=abc.def.ghi';
    const message = buildDigestEmail({
      to: 'seeker@example.com',
      firstName: 'Ana',
      searchName: 'Remote\nReact',
      minMatchScore: null,
      jobs: Array.from({ length: 25 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        title: `<b>Engineer ${i}</b>`,
        companyName: 'Acme',
        location: 'Remote',
        matchScore: null,
      })),
      total: 31,
      appUrl: 'https://jobs.example.com',
      resultsUrl: 'https://jobs.example.com/jobs?q=react&sort=newest',
      unsubscribeUrl,
    });
    await smtpMailer(`smtp://127.0.0.1:${port}`, 'GiveMeJobs <alerts@example.com>').send(message);

    expect(sink.messages).toHaveLength(1);
    const raw = sink.messages[0] ?? '';
    const split = raw.indexOf('\r\n\r\n');
    const folded = raw.slice(0, split);
    const quoted = raw.slice(split + 4);
    const head = folded.replace(/\r\n[ \t]+/g, ' ');
    const body = unquote(quoted);
    const subject = /^Subject: (.*)$/m.exec(head)?.[1] ?? '';
    expect(head).toContain(`List-Unsubscribe: <${unsubscribeUrl}>`);
    expect(head).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // The name's line break cannot start a new header.
    expect(subject.replace(/=\?UTF-8\?Q\?(.*?)\?=/g, (_, w: string) => unquote(w, true))).toBe(
      '31 new jobs for "Remote React"',
    );
    expect(body).toContain('1. <b>Engineer 0</b>');
    expect(body).toContain('20. <b>Engineer 19</b>');
    expect(body).not.toContain('Engineer 20<');
    expect(body).toContain('…and 11 more: https://jobs.example.com/jobs?q=react&sort=newest');
    expect(body).toContain(unsubscribeUrl);
  });
});
