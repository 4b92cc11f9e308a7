/**
 * Export renderers: every format for a rich resume, read back where a reader exists (our own
 * resume importer for PDF, DOCX, text and JSON Resume), escaping per format, and the download's
 * file name. Cover letters: cover-letter-export.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  documentTemplate,
  EXPORT_FORMATS,
  type DocumentTemplate,
  type ResumeContent,
} from '@/lib/validators/documents';
import { jsonResumeSchema } from '@/lib/validators/resume';
import {
  exportDocument,
  exportFileName,
  renderHtml,
  renderMarkdown,
  renderText,
  toJsonResume,
} from '@/server/services/documents/export';
import { listTemplates, getTemplate } from '@/server/services/documents/templates';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { jsonResumeToDraft } from '@/server/services/resume/json-resume';
import { parseResume } from '@/server/services/resume/parse-resume';
import { coverLetter, richResume } from './helpers/document-samples';

const ats = getTemplate('ats-friendly') as DocumentTemplate;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const EXPECTED_ROLES = [
  ['Senior Data Analyst', 'Acme Corp', '2020-01', null, true],
  ['Data Analyst', 'Globex Corporation', '2016', '2019-12', false],
  ['Junior Analyst', 'Initech', '2014-06', '2015-12', false],
];
const EXPECTED_EDUCATION = [
  ['B.Sc.', 'Computer Science', 'University of Texas at Austin'],
  ['MBA', null, 'Rice University'],
];

/** The facts the round trip must keep: roles (title, employer, dates to the precision shown), degrees, skills. */
async function readBack(bytes: Uint8Array, extension: string) {
  const { text, format } = await extractResumeText({ bytes, filename: `resume.${extension}` });
  const draft = parseResume(text, { format });
  const month = (d: string | null, p: string) => (d ? d.slice(0, p === 'year' ? 4 : 7) : null);
  return {
    roles: draft.experience.map((e) => [
      e.value.title,
      e.value.company,
      month(e.value.startDate, e.value.startPrecision),
      month(e.value.endDate, e.value.endPrecision),
      e.value.isCurrent,
    ]),
    education: draft.education.map((e) => [e.value.degree, e.value.fieldOfStudy, e.value.institution]),
    skills: draft.skills.map((s) => s.value.name),
    name: draft.contact.fullName?.value,
  };
}

describe('plain text', () => {
  const text = renderText(richResume, ats);

  it('writes ATS-safe text: capital headings, "- " bullets, dates as "Jan 2020 - Present"', () => {
    expect(text).toMatch(/^Jane Doe\nSenior Data Analyst\nAustin, TX \| jane\.doe@example\.com\n/);
    expect(text).toContain(
      '\nEXPERIENCE\nSenior Data Analyst | Acme Corp | Austin, TX\nJan 2020 - Present\n- Built Tableau dashboards',
    );
    expect(text).toContain('\nSKILLS\nPython, SQL, Tableau, Power BI, Machine Learning, Statistics\n');
    expect(text).not.toMatch(/[•–—\t]/);
  });

  it('shows each date as precisely as it is known: a year as "2016", a day to its month, unknown not at all', () => {
    expect(text).toContain('Data Analyst | Globex Corporation\n2016 - Dec 2019\n');
    expect(text).toContain('Junior Analyst | Initech | Dallas, TX\nJun 2014 - Dec 2015\n');
    // The MBA's start is unknown: only its end is shown, with no dangling hyphen.
    expect(text).toContain('MBA | Rice University\nMay 2019\n');
  });

  it('follows the template: order, visibility and titles', () => {
    const reordered: DocumentTemplate = {
      ...ats,
      sections: ats.sections.map((s) =>
        s.type === 'education'
          ? { ...s, order: 0 }
          : s.type === 'projects'
            ? { ...s, visible: false }
            : { ...s, order: s.order + 1 },
      ),
    };
    const out = renderText(richResume, reordered);
    expect(out.indexOf('EDUCATION')).toBeLessThan(out.indexOf('SUMMARY'));
    expect(out).not.toContain('PROJECTS');
    expect(out).not.toContain('Store Forecast');
  });

  it('writes roles as labelled fields when one has no title or no employer, and they read back', () => {
    const experience = richResume.sections.find((s) => s.type === 'experience');
    if (experience?.type !== 'experience') throw new Error('sample has no experience');
    const junior = experience.items[2];
    if (!junior) throw new Error('sample has no third role');
    const untitled = {
      ...junior,
      factId: 'exp-4',
      title: null,
      company: 'Sculpt Fitness Centre',
      location: null,
      start: { date: '2012-01-01', precision: 'year' as const },
      end: { date: '2013-01-01', precision: 'year' as const },
    };
    const content: ResumeContent = {
      ...richResume,
      sections: richResume.sections.map((s) => (s.type === 'experience' ? { ...s, items: [...s.items, untitled] } : s)),
    };
    const out = renderText(content, ats);
    expect(out).toContain(
      'Company: Acme Corp\nTitle: Senior Data Analyst\nLocation: Austin, TX\nDates: Jan 2020 - Present\n- Built',
    );
    expect(out).toContain('Company: Sculpt Fitness Centre\nDates: 2012 - 2013\n');
    const back = parseResume(out).experience.map((e) => [
      e.value.title,
      e.value.company,
      e.value.startDate,
      e.value.isCurrent,
    ]);
    expect(back).toEqual([
      ['Senior Data Analyst', 'Acme Corp', '2020-01-01', true],
      ['Data Analyst', 'Globex Corporation', '2016-01-01', false],
      ['Junior Analyst', 'Initech', '2014-06-01', false],
      ['', 'Sculpt Fitness Centre', '2012-01-01', false],
    ]);
  });

  it('drops control characters from the text', () => {
    const odd: ResumeContent = { ...richResume, person: { ...richResume.person, name: 'Jane\u0007 Doe\u001b[31m' } };
    expect(renderText(odd, ats).split('\n')[0]).toBe('Jane Doe[31m');
  });
});

describe('PDF and DOCX read back through our importer', () => {
  for (const template of listTemplates()) {
    for (const format of ['pdf', 'docx'] as const) {
      it(`${template.id} ${format}: the same employers, titles, dates, degrees and skills`, async () => {
        const file = await exportDocument(richResume, template, format);
        const back = await readBack(file.bytes, file.extension);
        expect(back.name).toBe('Jane Doe');
        expect(back.roles).toEqual(EXPECTED_ROLES);
        expect(back.education).toEqual(EXPECTED_EDUCATION);
        expect(back.skills).toEqual(
          expect.arrayContaining(['Python', 'SQL', 'Tableau', 'Power BI', 'Machine Learning']),
        );
      });
    }
  }

  it('a spoken language in the Skills list reads back as a skill in every template (the importer wants a language cue)', async () => {
    const withLanguages: ResumeContent = {
      ...richResume,
      sections: richResume.sections.map((section) =>
        section.type === 'skills'
          ? {
              ...section,
              items: [
                ...section.items,
                { factId: 'skill-en', name: 'English' },
                { factId: 'skill-de', name: 'German' },
              ],
            }
          : section,
      ),
    };
    for (const template of listTemplates()) {
      for (const format of ['pdf', 'docx'] as const) {
        const file = await exportDocument(withLanguages, template, format);
        const back = await readBack(file.bytes, file.extension);
        expect(back.skills, `${template.id} ${format}`).toEqual(
          expect.arrayContaining(['Python', 'SQL', 'English', 'German']),
        );
      }
    }
  });

  it('PDF keeps every letter of a name and text outside Western European scripts (no dropped or bare letters)', async () => {
    const name = 'Łukasz Dąbrowski-Иванов';
    const international: ResumeContent = {
      ...richResume,
      person: { ...richResume.person, name, headline: 'Аналитик данных · Ελληνικά · Đorđe' },
    };
    for (const template of listTemplates()) {
      const file = await exportDocument(international, template, 'pdf');
      const { text } = await extractResumeText({ bytes: file.bytes, filename: 'resume.pdf' });
      expect(text, template.id).toContain(name);
      expect(text, template.id).toContain('Аналитик данных · Ελληνικά · Đorđe');
      expect((await readBack(file.bytes, 'pdf')).roles, template.id).toEqual(EXPECTED_ROLES);
    }
  });

  it('PDF leaves out what no embedded font can draw (emoji) instead of an empty box, and keeps every letter', async () => {
    // An emoji in a headline was drawn as a missing-glyph box, read back as a NUL.
    const headline = 'Data analyst 🚀 ✅ ★ Łódź 👩‍💻 ❤ Kraków';
    const withEmoji: ResumeContent = { ...richResume, person: { ...richResume.person, headline } };
    for (const template of listTemplates()) {
      const file = await exportDocument(withEmoji, template, 'pdf');
      const { text } = await extractResumeText({ bytes: file.bytes, filename: 'resume.pdf' });
      expect(text, template.id).not.toContain('\u0000');
      // ★ and ❤ are drawn where the template's font family has them (DejaVu Sans does, its Serif and Mono bold do not).
      expect(text, template.id).toMatch(/Data analyst (★ )?Łódź (❤ )?Kraków/);
      expect(text, template.id).not.toMatch(/🚀|✅|💻/u);
      const docx = await exportDocument(withEmoji, template, 'docx');
      expect((await extractResumeText({ bytes: docx.bytes, filename: 'resume.docx' })).text, template.id).toContain(headline);
    }
  });

  it('starts a PDF with the PDF signature and a DOCX with a ZIP header', async () => {
    const pdf = await exportDocument(richResume, ats, 'pdf');
    const docx = await exportDocument(richResume, ats, 'docx');
    expect(decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    expect([...docx.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});

describe('escaping', () => {
  const hostile: ResumeContent = {
    ...richResume,
    person: {
      ...richResume.person,
      name: '<script>alert("x")</script> O\'Neil & Co',
      headline: '**Bold** _claim_ [link](http://evil.example)',
    },
  };

  it('HTML: a name with <script> stays text; the page has no script and no external resource', () => {
    const html = renderHtml(hostile, ats);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; Co</h1>');
    expect(html).toContain('sales data for &lt;regional&gt; managers');
    expect(html).not.toMatch(/(?:src|href)=|@import|url\(/i);
    expect(html).toMatch(/^<!DOCTYPE html>/);
  });

  it('HTML: the template styles the page (font, size, colours, line height, section gap)', () => {
    const modern = getTemplate('modern') as DocumentTemplate;
    const html = renderHtml(richResume, modern);
    expect(html).toContain('font-family:Helvetica, Arial, sans-serif;font-size:10pt;line-height:1.3;color:#222222');
    expect(html).toContain('color:#1f4e79');
    expect(html).toContain('margin:12pt 0 0.3em');
    expect(html).toMatch(
      /<div class="main">[\s\S]*<h2>Experience<\/h2>[\s\S]*<aside class="side">[\s\S]*<h2>Skills<\/h2>/,
    );
  });

  it("Markdown: the person's markup characters are escaped, so nothing becomes a link or emphasis", () => {
    const md = renderMarkdown(hostile, ats);
    expect(md).toContain('\\*\\*Bold\\*\\* \\_claim\\_ \\[link\\](http://evil.example)');
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> O\'Neil & Co\n===');
    expect(md).toContain('\nExperience\n----------\n');
    expect(md).toContain('- Built Tableau dashboards used by 40 stores.');
  });

  it('Markdown pasted into our importer reads back with the same roles and degrees', () => {
    const draft = parseResume(renderMarkdown(richResume, ats));
    expect(draft.contact.fullName?.value).toBe('Jane Doe');
    expect(draft.experience.map((e) => [e.value.title, e.value.company])).toEqual(
      EXPECTED_ROLES.map((r) => [r[0], r[1]]),
    );
    expect(draft.education.map((e) => [e.value.degree, e.value.institution])).toEqual(
      EXPECTED_EDUCATION.map((e) => [e[0], e[2]]),
    );
  });

  it('Markdown: a line that would start a list or a heading is escaped', () => {
    const md = renderMarkdown({ ...richResume, person: { ...richResume.person, name: '# 1. - Jane' } }, ats);
    expect(md.split('\n')[0]).toBe('\\# 1. - Jane');
    const underline = renderMarkdown({ ...richResume, person: { ...richResume.person, headline: '=====' } }, ats);
    expect(underline.split('\n')[3]).toBe('\\=====  ');
  });
});

describe('JSON Resume', () => {
  it('validates against the JSON Resume shape and reads back through our importer with the same facts', () => {
    const json = toJsonResume(richResume);
    expect(jsonResumeSchema.safeParse(json).success).toBe(true);
    expect(json.work?.[0]).toEqual({
      name: 'Acme Corp',
      position: 'Senior Data Analyst',
      location: 'Austin, TX',
      startDate: '2020-01',
      highlights: ['Built Tableau dashboards used by 40 stores.', 'Automated weekly reporting with Python and SQL.'],
    });
    expect(json.work?.[1]).toMatchObject({ startDate: '2016', endDate: '2019-12-14' });
    expect(json.education?.[1]).toEqual({ institution: 'Rice University', studyType: 'MBA', endDate: '2019-05' });
    const draft = jsonResumeToDraft(JSON.parse(JSON.stringify(json)));
    expect(draft.experience.map((e) => [e.value.title, e.value.company, e.value.startDate, e.value.isCurrent])).toEqual(
      [
        ['Senior Data Analyst', 'Acme Corp', '2020-01-01', true],
        ['Data Analyst', 'Globex Corporation', '2016-01-01', false],
        ['Junior Analyst', 'Initech', '2014-06-01', false],
      ],
    );
    expect(draft.education.map((e) => [e.value.degree, e.value.institution])).toEqual([
      ['B.Sc.', 'University of Texas at Austin'],
      ['MBA', 'Rice University'],
    ]);
    expect(draft.skills.map((s) => s.value.name)).toEqual([
      'Python',
      'SQL',
      'Tableau',
      'Power BI',
      'Machine Learning',
      'Statistics',
    ]);
    expect(draft.projects.map((p) => p.value.name)).toEqual(['Store Forecast']);
    expect(draft.certifications.map((c) => [c.value.name, c.value.issuer, c.value.date])).toEqual([
      ['AWS Certified Cloud Practitioner', 'Amazon Web Services', '2021-03-01'],
    ]);
    expect(draft.contact.location?.value).toBe('Austin, TX');
  });

  it('writes a cover letter as basics plus a coverLetter object', () => {
    const json = toJsonResume(coverLetter);
    expect(jsonResumeSchema.safeParse(json).success).toBe(true);
    expect(json.basics?.name).toBe('Jane Doe');
    expect(json.coverLetter).toMatchObject({
      company: 'Northwind Traders',
      jobTitle: 'Lead Data Analyst',
      date: '2026-03-14',
    });
  });
});

describe('exportDocument and the file name', () => {
  it('gives every format its content type and extension', async () => {
    const types = Object.fromEntries(
      await Promise.all(
        EXPORT_FORMATS.map(async (f) => [f, (await exportDocument(richResume, ats, f)).contentType] as const),
      ),
    );
    expect(types).toEqual({
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      txt: 'text/plain; charset=utf-8',
      html: 'text/html; charset=utf-8',
      md: 'text/markdown; charset=utf-8',
      json: 'application/json; charset=utf-8',
    });
  });

  it('names the file from the person, the kind and the job, in ASCII', () => {
    expect(
      exportFileName({ personName: 'Jane Doe', kind: 'resume', jobTitle: 'Data Analyst', company: 'Acme' }, 'pdf'),
    ).toBe('Jane-Doe-Resume-Data-Analyst-Acme.pdf');
    expect(
      exportFileName(
        { personName: 'José Ñúñez', kind: 'cover_letter', jobTitle: 'C++ / Go Dev', company: 'Zoë & Co.' },
        'docx',
      ),
    ).toBe('Jose-Nunez-Cover-Letter-C-Go-Dev-Zoe-Co.docx');
    // Letters with no accent to drop are transliterated too (a walk saw "Zoe-ukasiewicz-Nunez").
    expect(exportFileName({ personName: 'Zoë Łukasiewicz-Núñez', kind: 'resume' }, 'pdf')).toBe(
      'Zoe-Lukasiewicz-Nunez-Resume.pdf',
    );
    expect(exportFileName({ personName: '李雷', kind: 'resume', jobTitle: null, company: null }, 'txt')).toBe(
      'LiLei-Resume.txt',
    );
    expect(exportFileName({ personName: '🙂', kind: 'resume' }, 'txt')).toBe('Document-Resume.txt');
    const long = exportFileName({ personName: 'A'.repeat(300), kind: 'resume' }, 'md');
    expect(long.length).toBeLessThanOrEqual(123);
    expect(long).toMatch(/^[A-Za-z0-9-]+\.md$/);
  });

  it('every built-in template is a valid template', () => {
    for (const t of listTemplates()) expect(documentTemplate.safeParse(t).success).toBe(true);
  });
});
