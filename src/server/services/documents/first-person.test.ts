import { describe, expect, it } from 'vitest';
import { firstPerson } from './first-person';

describe('firstPerson', () => {
  it.each([
    ['Owns weekly revenue reporting', true, 'I own weekly revenue reporting'],
    ['Owns weekly revenue reporting', false, 'I owned weekly revenue reporting'],
    ['Manages vendor contracts', false, 'I managed vendor contracts'],
    ['Managing a team of 4 nurses', true, 'I manage a team of 4 nurses'],
    ['Oversees the night shift', false, 'I oversaw the night shift'],
    ['Coordinates deliveries across 3 sites', true, 'I coordinate deliveries across 3 sites'],
    ['Responsible for the payroll run', false, 'I was responsible for the payroll run'],
    ['Responsible for the payroll run', true, 'I am responsible for the payroll run'],
    ['Built Tableau dashboards', true, 'I built Tableau dashboards'],
    ['Reduced costs by 10%', false, 'I reduced costs by 10%'],
    ['Reports to the finance director', true, 'I report to the finance director'],
    ['Tests the payment flows weekly', false, 'I tested the payment flows weekly'],
    ['Plans weekly menus', true, 'I plan weekly menus'],
    ['Running the on-call rota', false, 'I ran the on-call rota'],
    // A walk's letter read "I manage a team of 3 engineers and 2 drafters; review all SolidWorks models".
    [
      'Manage a team of 3 engineers and 2 drafters; review all SolidWorks models before release',
      true,
      'I manage a team of 3 engineers and 2 drafters; I review all SolidWorks models before release',
    ],
    ['Led the audit; reduced findings by 40%', false, 'I led the audit; I reduced findings by 40%'],
    ['Manages payroll; SAP and Workday', true, 'I manage payroll; SAP and Workday'],
  ])('%j (current: %s) -> %j', (text, current, expected) => expect(firstPerson(text, current)).toBe(expected));

  it.each([
    'Test automation for the web app',
    'Reports for the board',
    'Design system upkeep',
    'Weekly revenue reporting for the sales team',
    'SAP migration',
    'Spearheads the data platform',
    'Sales forecasting',
    'Managing',
    '3D modelling',
  ])('leaves %j to be quoted as written', (text) => expect(firstPerson(text, true)).toBeNull());

  it.each([
    // After a semicolon only a listed verb counts: any "-ed" word had made "I based in Berlin".
    ['Led the audit; based in Berlin', 'I led the audit; based in Berlin'],
    ['Led the audit; experienced in SAP', 'I led the audit; experienced in SAP'],
    ['Led the audit; shared services for 3 plants', 'I led the audit; shared services for 3 plants'],
    ['Led the audit; United States and Canada', 'I led the audit; United States and Canada'],
  ])('keeps a later clause that is no sure verb as written: %j', (text, expected) =>
    expect(firstPerson(text, false)).toBe(expected),
  );
});
