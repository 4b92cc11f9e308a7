import { describe, expect, it } from 'vitest';
import { parseProjects } from './projects';

const lines = (text: string) => text.split('\n').map((t, line) => ({ line, text: t }));

describe('parseProjects', () => {
  it('reads a name, its description, url, dates and highlights', () => {
    const projects = parseProjects(
      lines(
        [
          'Palette Lab — a colour-contrast checker for design tokens',
          '• Used by two open-source design systems',
          'pgqueue | a PostgreSQL-backed job queue | github.com/example/pgqueue | 2021 – 2022',
          'Project name: Loan Origination System',
          'Built the document upload and verification flow.',
        ].join('\n'),
      ),
    ).map((p) => p.value);
    expect(projects).toEqual([
      {
        name: 'Palette Lab',
        description: 'a colour-contrast checker for design tokens',
        url: null,
        startDate: null,
        endDate: null,
        highlights: ['Used by two open-source design systems'],
      },
      {
        name: 'pgqueue',
        description: 'a PostgreSQL-backed job queue',
        url: 'github.com/example/pgqueue',
        startDate: '2021-01-01',
        endDate: '2022-01-01',
        highlights: [],
      },
      {
        name: 'Loan Origination System',
        description: 'Built the document upload and verification flow.',
        url: null,
        startDate: null,
        endDate: null,
        highlights: [],
      },
    ]);
  });
});
