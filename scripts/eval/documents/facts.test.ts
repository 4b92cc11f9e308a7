import { describe, expect, it } from 'vitest';
import { parseResume } from '@/server/services/resume/parse-resume';
import { draftFacts } from './facts';

describe('round-trip facts read back', () => {
  it('counts the skills a document lists, not those its bullets name', () => {
    const draft = parseResume(
      [
        'Jane Doe',
        '',
        'Experience',
        'Data Analyst | Acme Corporation | Jan 2020 - Present',
        '- Built procurement dashboards and ran predictive modeling for sales',
        '',
        'Skills',
        'Python, SQL',
      ].join('\n'),
      { format: 'paste' },
    );
    // The importer finds skills anywhere in the text; only the listed ones are the Skills facts.
    expect(draft.skills.map((s) => s.value.name.toLowerCase())).toEqual(expect.arrayContaining(['predictive modeling']));
    expect(draftFacts(draft).skill.sort()).toEqual(['python', 'sql']);
  });
});
