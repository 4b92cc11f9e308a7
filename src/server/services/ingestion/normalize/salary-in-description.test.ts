import { describe, expect, it } from 'vitest';
import { salaryInDescription } from './salary-in-description';

describe('salaryInDescription', () => {
  it.each([
    ['The base salary range for this role is $120,000 - $150,000 per year, plus equity.', 120000, 150000, 'year'],
    ['Location: Austin, TX\nSalary: $60,000 - $80,000\nAbout us: we build tools.', 60000, 80000, 'year'],
    ['Pay rate: $28 - 30 per hour. Shifts are 9 to 6, Monday to Friday.', 28, 30, 'hour'],
    ['Compensation: $45-52K depending on experience', 45000, 52000, 'year'],
    ['Starting salary $6,173 per month; the range goes to $9,259.', 6173, 6173, 'month'],
    ['Salary: Hourly $23', 23, 23, 'hour'],
    ['Gehalt / salary: €45.000 - €55.000 per annum', 45000, 55000, 'year'],
    // Scraped pages glue lines together: the cue need not stand alone.
    ['Job Title: Management AnalystSalary Range: $61,609 - $95,430Inland Empire Health', 61609, 95430, 'year'],
  ])('reads %j', (text, min, max, period) => {
    expect(salaryInDescription(text)).toMatchObject({ min, max, period });
  });

  it.each([
    // Money that is not pay.
    'We raised $40 million and our 2017 annual revenue was more than $200 billion.',
    'Competitive salary. Excellent stock options. Relocation assistance available, $125 per month electric car incentive.',
    'Benefits: 401(k) with a 4% match, $5,250 tuition reimbursement and a $1,000 signing bonus.',
    // No cue at all.
    'Manage a budget of $2,000,000 across three programs.',
    // A pay word, but nothing plausible as a wage.
    'Salary: competitive, reviewed yearly.',
    'Compensation: $5 gift card for completing the survey.',
  ])('finds nothing in %j', (text) => {
    expect(salaryInDescription(text)).toBeNull();
  });
});
