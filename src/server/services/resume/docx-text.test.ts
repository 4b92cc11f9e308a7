import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from './docx-text';

describe('docxHtmlToText', () => {
  it('keeps list items as bullets and paragraphs as lines', () => {
    expect(
      docxHtmlToText(
        '<p><strong>Jo Doe</strong></p><p>Engineer — Acme &amp; Co</p><ul><li>Built it</li><li>Ran it</li></ul><ol><li>First</li><li>Second</li></ol>',
      ),
    ).toBe('Jo Doe\nEngineer — Acme & Co\n• Built it\n• Ran it\n1. First\n2. Second');
  });

  it('keeps tabs, reads one-paragraph table rows as one line and long cells one after the other', () => {
    expect(docxHtmlToText('<p>Acme\tEngineer\t2019 – 2021</p>')).toBe('Acme\tEngineer\t2019 – 2021');
    expect(docxHtmlToText('<table><tr><td><p>Acme Corp</p></td><td><p>2019 – 2021</p></td></tr></table>')).toBe(
      'Acme Corp  2019 – 2021',
    );
    expect(
      docxHtmlToText(
        '<table><tr><td><p>SKILLS</p><p>Python</p></td><td><p>EXPERIENCE</p><p>Engineer, Acme</p></td></tr></table>',
      ),
    ).toBe('SKILLS\nPython\nEXPERIENCE\nEngineer, Acme');
  });
});
