/**
 * The header's contact details in every template and format, read back by our own importer: the
 * phone, the place and each link come back whole. A PDF header too long for one line is broken
 * between items, never inside one: "github.com/" then "demo" on the next line read back as two
 * half addresses.
 */
import { describe, expect, it } from 'vitest';
import type { ResumeContent } from '@/lib/validators/documents';
import { exportDocument } from '@/server/services/documents/export';
import { listTemplates } from '@/server/services/documents/templates';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { parseResume } from '@/server/services/resume/parse-resume';
import { richResume } from './helpers/document-samples';

const LINKS = ['https://www.linkedin.com/in/jane-doe-analytics', 'https://github.com/janedoe-analytics'];

const withContact: ResumeContent = {
  ...richResume,
  person: { ...richResume.person, phone: '+1 (512) 555-0132', links: LINKS },
};

describe('contact details in the header', () => {
  for (const template of listTemplates()) {
    for (const format of ['pdf', 'docx', 'txt'] as const) {
      it(`${template.id} ${format}: phone, place and links read back whole`, async () => {
        const file = await exportDocument(withContact, template, format);
        const { text, format: read } = await extractResumeText({
          bytes: file.bytes,
          filename: `resume.${file.extension}`,
        });
        const contact = parseResume(text, { format: read }).contact;
        expect(contact.phone?.value).toBe('+1 (512) 555-0132');
        expect(contact.location?.value).toBe('Austin, TX');
        expect(contact.email?.value).toBe('jane.doe@example.com');
        expect(contact.links.map((l) => l.value.replace(/^https?:\/\/(www\.)?/, ''))).toEqual([
          'linkedin.com/in/jane-doe-analytics',
          'github.com/janedoe-analytics',
        ]);
      });
    }
  }
});
