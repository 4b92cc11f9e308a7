import { describe, expect, it } from 'vitest';
import { pageText, type TextPiece } from './pdf-layout';

/** A piece of 10-pt Helvetica-ish text: 5 pt per character. */
const piece = (str: string, x: number, y: number): TextPiece => ({ str, x, y, width: str.length * 5, fontSize: 10 });

describe('pageText', () => {
  it('keeps a right-aligned date apart from its title by a column gap', () => {
    const text = pageText(
      [
        piece('Senior Engineer, Acme Analytics', 54, 700),
        piece('Jan 2019 – Present', 470, 700),
        piece('• Built it', 54, 686),
      ],
      612,
    );
    expect(text).toBe('Senior Engineer, Acme Analytics  Jan 2019 – Present\n• Built it');
  });

  it('joins pieces of one line by position, whatever order they were drawn in', () => {
    expect(pageText([piece('World', 90, 700), piece('Hello', 54, 700.4)], 612)).toBe('Hello World');
  });

  it('reads a two-column page drawn row by row as one column after the other', () => {
    const left = ['Jo Doe', 'SKILLS', 'Kotlin', 'Android', 'EDUCATION', 'B.Sc.'];
    const right = [
      'EXPERIENCE',
      'Android Developer — Fjord AS',
      'Feb 2020 – Present',
      '• Shipped sync',
      'PROJECTS',
      'Lint Rules',
    ];
    const pieces = left.flatMap((t, i) => [piece(t, 54, 700 - i * 14), piece(right[i] ?? '', 228, 697 - i * 14)]);
    expect(pageText(pieces, 612).split('\n')).toEqual([...left, ...right]);
  });

  it('reads the columns apart below a header whose long name and contact line span both', () => {
    const header = [
      piece('Łukasz Dąbrowski-Wiśniewski Jr., PhD', 54, 740),
      piece('Austin, TX | lukasz@example.com | +1 555 0100', 54, 726),
    ];
    const left = ['SKILLS', 'Kotlin', 'Android', 'Gradle', 'EDUCATION', 'B.Sc.'];
    const right = [
      'EXPERIENCE',
      'Android Developer — Fjord AS',
      'Feb 2020 – Present',
      '• Shipped sync',
      'PROJECTS',
      'Lint',
    ];
    const pieces = [
      ...header,
      ...left.flatMap((t, i) => [piece(t, 54, 700 - i * 14), piece(right[i] ?? '', 228, 700 - i * 14)]),
    ];
    expect(pageText(pieces, 612).split('\n')).toEqual([...header.map((p) => p.str), ...left, ...right]);
  });

  it('reads a narrow sidebar column apart from the main one, though it holds few of the pieces', () => {
    // The main column: a header and a long bullet list (bullet glyph, then wrapped text), ~85 % of the pieces.
    const main = [piece('EXPERIENCE', 54, 700), piece('Company: Sculpt Fitness Centre', 54, 686)];
    for (let i = 0; i < 30; i++) {
      main.push(
        piece('•', 54, 672 - i * 28),
        piece(`Ran duty number ${i} for the centre and its members`, 65, 672 - i * 28),
      );
      main.push(piece(`and its weekly report ${i}`, 65, 658 - i * 28));
    }
    const sidebar = [
      'SKILLS',
      'Microsoft Office',
      'Recruitment',
      'Market Research',
      'Customer Service',
      'Fitness',
      'Sales',
    ];
    const side = sidebar.map((t, i) => piece(t, 394, 700 - i * 14));
    const lines = pageText([...main, ...side], 612).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'EXPERIENCE',
      'Company: Sculpt Fitness Centre',
      '• Ran duty number 0 for the centre and its members',
    ]);
    expect(lines.slice(-sidebar.length)).toEqual(sidebar);
  });

  it('does not take a tab stop in a one-column page for a gutter', () => {
    const rows = [
      [piece('Acme Corp', 54, 700), piece('Engineer', 228, 700)],
      [piece('Built the reporting platform used by every team in the company', 54, 686)],
      [piece('Globex', 54, 672), piece('Analyst', 228, 672)],
      [piece('Wrote the quarterly forecasts and the board pack for finance', 54, 658)],
      [piece('Initech', 54, 644), piece('Intern', 228, 644)],
      [piece('Tested the billing system across three releases of the product', 54, 630)],
    ].flat();
    expect(pageText(rows, 612).split('\n')[0]).toBe('Acme Corp  Engineer');
  });
});
