import { describe, expect, it } from 'vitest';
import { commitResumeImportInput } from '@/lib/validators/resume-import';
import { parseResume } from '@/server/services/resume/parse-resume';
import { draftToRows, rowsToCommit } from './draft-rows';

const RESUME = `Jordan Lee
Denver, CO | +1 (303) 555-0188 | jordan.lee@example.com | github.com/jordanlee

EDUCATION
B.Sc. in Statistics, University of Colorado, 2011 - 2015

SKILLS
SQL, Python`;

describe('the import form default draft', () => {
  it("shows an education's dates as typed text and commits what the user types there", () => {
    // Found in a new-user walk: education dates were saved but the review form never showed them.
    const rows = draftToRows(parseResume(RESUME));
    expect(rows.education[0]).toMatchObject({ startDate: '2011', endDate: '2015' });
    rows.education[0]!.endDate = '2016-05';
    const { input } = rowsToCommit(rows);
    expect(input.education?.[0]).toMatchObject({ startDate: '2011-01-01', endDate: '2016-05-01' });
    // Text that is no date goes to the validator, which names the field.
    rows.education[0]!.startDate = 'Fall 2011';
    const refused = commitResumeImportInput.safeParse(rowsToCommit(rows).input);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['education', 0, 'startDate']);
  });

  it('keeps how long each skill was used when the Skills section says it, and 0 (not given) otherwise', () => {
    // Seen on import: "C#- Exprience - 34 months" on every skill line, and every skill saved with no years.
    const rows = draftToRows(
      parseResume(
        [
          'Skill Details',
          'Python- Exprience - 34 months',
          'Django, Flask- Exprience - 24 months',
          'PostgreSQL (5 years)',
          'Docker - 1.5 yrs',
          'Git- Exprience - Less than 1 year months',
          'Kubernetes',
        ].join('\n'),
      ),
    );
    const years = Object.fromEntries(rows.skills.map((s) => [s.name, s.yearsOfExperience]));
    expect(years).toMatchObject({
      Python: '2.8',
      Django: '2',
      Flask: '2',
      PostgreSQL: '5',
      Docker: '1.5',
      Git: '0',
      Kubernetes: '0',
    });
    expect(commitResumeImportInput.safeParse(rowsToCommit(rows).input).success).toBe(true);
  });

  it('starts with the contact details found, in a form the commit takes', () => {
    const rows = draftToRows(parseResume(RESUME));
    expect(rows).toMatchObject({ phone: '+1 (303) 555-0188', location: 'Denver, CO' });
    expect(rows.links.split('\n')).toEqual(['https://github.com/jordanlee']);
    expect(commitResumeImportInput.safeParse(rowsToCommit(rows).input).success).toBe(true);
  });
});
