/**
 * Skills a held skill implies (implied-skills.ts), as scoring counts them: the general skill or
 * the kind of tool is met by the specific one, never the other way round.
 */
import { describe, expect, it } from 'vitest';
import { scoreMatch } from './score-match';
import { makeJob, makeProfile, skill } from './test-fixtures';

describe('implied skills in the skills factor', () => {
  it('counts a skill that a held one implies: a SQL database means SQL, a JavaScript framework means JavaScript', () => {
    const result = scoreMatch(
      makeProfile({ skills: [skill('PostgreSQL', 4, 3), skill('React', 3, 2)] }),
      makeJob({ requiredSkills: ['SQL', 'JavaScript', 'Go'] }),
      null,
    );
    expect(result.matchedSkills).toEqual(['SQL', 'JavaScript']);
    expect(result.missingSkills).toEqual(['Go']);
    // Implied, never the other way round: SQL alone is not PostgreSQL.
    const general = scoreMatch(
      makeProfile({ skills: [skill('SQL', 4, 3)] }),
      makeJob({ requiredSkills: ['PostgreSQL'] }),
      null,
    );
    expect(general.missingSkills).toEqual(['PostgreSQL']);
  });

  it("counts a product for the kind of tool a posting asks for, and a maker's tool for its product line", () => {
    // A walk: an engineer with AutoCAD, SolidWorks, ANSYS and Excel was told "CAD", "Spreadsheet
    // software" and "ANSYS simulation software" were missing (while the same panel said "both mention ANSYS").
    const result = scoreMatch(
      makeProfile({ skills: [skill('AutoCAD', 4, 6), skill('Microsoft Excel', 3, 8), skill('ANSYS', 3, 4)] }),
      makeJob({
        requiredSkills: [
          'Computer aided design CAD software',
          'Spreadsheet software',
          'ANSYS simulation software',
          'Go',
        ],
      }),
      null,
    );
    expect(result.matchedSkills).toEqual(['CAD', 'Spreadsheet software', 'ANSYS simulation software']);
    expect(result.missingSkills).toEqual(['Go']);
    // Only products everyone files under the kind: O*NET's lists also hold Outlook as word processing.
    const stray = scoreMatch(
      makeProfile({ skills: [skill('Microsoft Outlook', 4, 5), skill('Ghidra', 4, 5)] }),
      makeJob({ requiredSkills: ['Word processing software', 'Computer aided design CAD software'] }),
      null,
    );
    expect(stray.matchedSkills).toEqual([]);
    // Never the other way round: knowing CAD in general is not knowing SolidWorks.
    const general = scoreMatch(
      makeProfile({ skills: [skill('CAD', 4, 3)] }),
      makeJob({ requiredSkills: ['SolidWorks'] }),
      null,
    );
    expect(general.missingSkills).toEqual(['SolidWorks']);
  });
});
