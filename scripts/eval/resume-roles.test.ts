import { describe, expect, it } from 'vitest';
import {
  addCounts,
  countRoles,
  emptyCounts,
  type GoldRole,
  matchRoles,
  normalize,
  type PredictedRole,
  roleScores,
  sameStart,
  sameText,
} from './resume-roles';

const gold = (title: string | null, company: string | null, start: string | null = null): GoldRole => ({
  title,
  company,
  start,
  end: null,
});
const pred = (
  title: string,
  company: string,
  startDate: string | null = null,
  startPrecision: PredictedRole['startPrecision'] = startDate ? 'month' : 'unknown',
): PredictedRole => ({ title, company, startDate, startPrecision });

describe('normalize / sameText', () => {
  it('ignores case, punctuation and whitespace', () => {
    expect(normalize('  QA/QC - Civil   Engineer. ')).toBe('qa qc civil engineer');
    expect(sameText('QA/QC Civil Engineer', 'qa-qc  civil engineer')).toBe(true);
  });
  it('counts whole-word containment either way', () => {
    expect(sameText('Java Developer', 'Jr. Java Developer')).toBe(true);
    expect(sameText('M/s VIVID ELECTROMECH PVT. LTD', 'Vivid Electromech Pvt Ltd')).toBe(true);
    expect(sameText('Capita', 'Capgemini India Pvt. Ltd')).toBe(false);
    expect(sameText('Java', 'JavaScript Developer')).toBe(false);
  });
  it('never matches empty values', () => {
    expect(sameText(null, '')).toBe(false);
    expect(sameText('', 'Engineer')).toBe(false);
  });
});

describe('sameStart', () => {
  it('compares at the gold precision', () => {
    expect(sameStart('2016', pred('', '', '2016-03-01', 'month'))).toBe(true);
    expect(sameStart('2016-03', pred('', '', '2016-03-01', 'month'))).toBe(true);
    expect(sameStart('2016-03', pred('', '', '2016-04-01', 'month'))).toBe(false);
    expect(sameStart('2016-03', pred('', '', '2016-03-15', 'day'))).toBe(true);
  });
  it('does not credit a year-only prediction against a month gold', () => {
    expect(sameStart('2016-01', pred('', '', '2016-01-01', 'year'))).toBe(false);
  });
  it('is false when either side has no date', () => {
    expect(sameStart(null, pred('', '', '2016-01-01'))).toBe(false);
    expect(sameStart('2016', pred('', ''))).toBe(false);
  });
});

describe('matchRoles', () => {
  it('matches by company first, then title, then start date, one to one', () => {
    const g = [
      gold('Engineer', 'Acme Corp', '2019-05'),
      gold('Analyst', null, '2017'),
      gold(null, null, '2015-02'),
      gold('Intern', 'Zeta'),
    ];
    const p = [
      pred('Senior Engineer', 'ACME Corp.', '2019-05-01'), // company -> gold 0
      pred('Business Analyst', 'Beta Ltd', '2016-01-01'), // title -> gold 1
      pred('', 'Gamma', '2015-02-01'), // start -> gold 2
      pred('Consultant', 'Delta', '2010-01-01'), // nothing in common with the remaining gold 3: unmatched
    ];
    expect(matchRoles(g, p)).toEqual([
      { gold: 0, predicted: 0, by: 'company' },
      { gold: 1, predicted: 1, by: 'title' },
      { gold: 2, predicted: 2, by: 'start' },
    ]);
  });

  it('pairs a gold role the resume gives nothing to name with a predicted role that names nothing either', () => {
    // A "company -" block with a blank employer but text of its own: labelled as a role with no fields.
    const g = [gold('Lecturer', 'Fine Arts College', '2018-11'), gold(null, null)];
    const p = [pred('Lecturer', 'Fine Arts College', '2018-11-01'), pred('', '')];
    expect(matchRoles(g, p)).toEqual([
      { gold: 0, predicted: 0, by: 'company' },
      { gold: 1, predicted: 1, by: 'blank' },
    ]);
    // A predicted role with a company of its own is not a blank one.
    expect(matchRoles([gold(null, null)], [pred('', 'Acme')])).toEqual([]);
  });

  it('pairs repeated employers by title and date before order', () => {
    const g = [gold('Manager', 'BNY Mellon', '2012'), gold('Team Leader', 'BNY Mellon', '2009')];
    const p = [pred('Team Leader', 'BNY Mellon', '2009-09-01'), pred('Manager', 'BNY Mellon', '2012-01-01')];
    expect(matchRoles(g, p)).toEqual([
      { gold: 0, predicted: 1, by: 'company' },
      { gold: 1, predicted: 0, by: 'company' },
    ]);
  });

  it('uses resume order to break ties', () => {
    const g = [gold(null, 'Ray Engineering'), gold(null, 'Gulf Asia'), gold(null, 'Ray Engineering')];
    const p = [pred('', 'Ray Engineering Limited'), pred('', 'Ray Engineering Limited')];
    expect(matchRoles(g, p)).toEqual([
      { gold: 0, predicted: 0, by: 'company' },
      { gold: 2, predicted: 1, by: 'company' },
    ]);
  });
});

describe('countRoles / roleScores', () => {
  it('computes recall, title precision and date precision on a hand-made example', () => {
    const g = [
      gold('Data Scientist', 'Matelabs', '2018-06'),
      gold(null, 'Fino Paytech Pvt. Ltd', '2015'),
      gold('Advocate', 'Gauhati High Court'),
    ];
    const p = [
      pred('Data Scientist', 'Matelabs', '2018-06-01'), // title right, date right
      pred('Key Role', 'Fino Paytech', '2015-07-01'), // title wrong (gold has none), date right at year precision
      pred('Advocate', 'Some Client', '2008-01-01', 'year'), // matched by title; date wrong (gold has none)
      pred('Project Lead', 'Project #1'), // unmatched: its title counts as wrong
    ];
    const c = countRoles(g, p);
    expect(c).toEqual({
      gold: 3,
      predicted: 4,
      matched: 3,
      titlesPredicted: 4,
      titlesCorrect: 2,
      startsPredicted: 3,
      startsCorrect: 2,
    });
    const s = roleScores(addCounts(addCounts(emptyCounts(), c), countRoles([gold('X', 'Y')], [])));
    expect(s.role_recall).toBe(0.75);
    expect(s.title_precision).toBe(0.5);
    expect(s.date_precision).toBe(0.667);
  });

  it('reports null ratios when nothing was predicted or labelled', () => {
    const s = roleScores(countRoles([], []));
    expect([s.role_recall, s.title_precision, s.date_precision]).toEqual([null, null, null]);
  });
});
