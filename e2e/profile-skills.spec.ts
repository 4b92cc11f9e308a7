import { expect, test } from '@playwright/test';
import { signUpFreshUser } from './helpers';

test('typing the next skill while the previous one saves keeps it, and both are added', async ({ page }) => {
  await signUpFreshUser(page, 'Quick');
  await page.goto('/profile');
  // Hold the first save for a moment, as a slow network would.
  let held = false;
  await page.route('**/api/trpc/profile.addSkill**', async (route) => {
    if (!held) {
      held = true;
      await new Promise((r) => setTimeout(r, 1_500));
    }
    await route.continue();
  });
  const form = page.getByRole('form', { name: 'Add a skill' });
  const skill = form.getByLabel('Skill');
  await skill.fill('Python');
  await form.getByRole('button', { name: 'Add skill' }).click();
  await skill.fill('Docker');
  const chips = page.getByRole('list', { name: 'Your skills' });
  await expect(chips).toContainText('Python');
  await expect(skill).toHaveValue('Docker');
  await form.getByRole('button', { name: 'Add skill' }).click();
  await expect(chips).toContainText('Docker');
  await expect(form.getByRole('status')).toHaveText('Added Docker.');
  await expect(skill).toHaveValue('');
});

test('the headline and summary are edited on the profile, count in the score, and every add says what it added', async ({ page }) => {
  await signUpFreshUser(page, 'Intro');
  await page.goto('/profile');
  const intro = page.getByRole('form', { name: 'Headline and summary' });
  const score = page.getByTestId('skill-score');
  const before = await score.textContent();
  await intro.getByLabel('Headline').fill('Data analyst moving into machine learning');
  await intro.getByLabel('Summary').fill('Eight years of SQL and dashboards for product teams.');
  await intro.getByRole('button', { name: 'Save' }).click();
  await expect(intro.getByRole('status')).toHaveText('Saved.');
  await expect(score).not.toHaveText(before ?? '');
  await page.reload();
  await expect(intro.getByLabel('Headline')).toHaveValue('Data analyst moving into machine learning');
  await expect(intro.getByLabel('Summary')).toHaveValue('Eight years of SQL and dashboards for product teams.');

  const skills = page.getByRole('form', { name: 'Add a skill' });
  await skills.getByLabel('Skill').fill('reactjs');
  await skills.getByRole('button', { name: 'Add skill' }).click();
  await expect(skills.getByRole('status')).toHaveText('Added React.');

  await page.getByRole('button', { name: 'Add experience' }).click();
  const role = page.getByRole('form', { name: 'Add experience' });
  await role.getByLabel('Title').fill('Data Analyst');
  await role.getByLabel('Company').fill('Acme Analytics');
  await role.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Experience' }).getByRole('status')).toHaveText('Added Data Analyst.');

  const school = page.getByRole('form', { name: 'Add education' });
  await school.getByLabel('Degree').fill('BSc');
  await school.getByLabel('Institution').fill('State University');
  await school.getByRole('button', { name: 'Add education' }).click();
  await expect(school.getByRole('status')).toHaveText('Added BSc, State University.');
});

test("a skill's level, years and last use are edited in place, and a wrong value is refused", async ({ page }) => {
  // Found in a new-user walk: an import saves every skill at 3/5 with no years, and the profile
  // offered no way to change that short of removing the skill and adding it again.
  await signUpFreshUser(page, 'Levels');
  await page.goto('/profile');
  const add = page.getByRole('form', { name: 'Add a skill' });
  await add.getByLabel('Skill').fill('Python');
  await add.getByRole('button', { name: 'Add skill' }).click();
  const chips = page.getByRole('list', { name: 'Your skills' });
  await expect(chips).toContainText('Python3/5 · 1 yr');

  await chips.getByRole('button', { name: 'Edit Python' }).click();
  const edit = page.getByRole('form', { name: 'Edit Python' });
  await edit.getByLabel('Level').selectOption('5');
  await edit.getByLabel('Years').fill('60');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('At most 50 years.')).toBeVisible();
  await edit.getByLabel('Years').fill('7.5');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Skills' }).getByText('Saved Python.')).toBeVisible();
  await expect(edit).toBeHidden();
  await expect(chips).toContainText('Python5/5 · 7.5 yr');
  await page.reload();
  await expect(chips).toContainText('Python5/5 · 7.5 yr');

  // Cancel leaves it as it was, and focus goes back to the skill.
  await chips.getByRole('button', { name: 'Edit Python' }).click();
  await page.getByRole('form', { name: 'Edit Python' }).getByLabel('Level').selectOption('1');
  await page.getByRole('form', { name: 'Edit Python' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(chips.getByRole('button', { name: 'Edit Python' })).toBeFocused();
  await expect(chips).toContainText('Python5/5 · 7.5 yr');
});

test('an education entry is corrected in place, its dates checked as when it was added', async ({ page }) => {
  // Found in a new-user walk: an imported degree could only be removed and typed again.
  await signUpFreshUser(page, 'School');
  await page.goto('/profile');
  const add = page.getByRole('form', { name: 'Add education' });
  await add.getByLabel('Degree').fill('BSc');
  await add.getByLabel('Institution').fill('State Universty');
  await add.getByRole('button', { name: 'Add education' }).click();
  const section = page.getByRole('region', { name: 'Education' });
  await expect(section).toContainText('State Universty');

  await section.getByRole('button', { name: 'Edit BSc' }).click();
  const edit = page.getByRole('form', { name: 'Edit BSc' });
  await edit.getByLabel('Institution').fill('State University');
  await edit.getByLabel('Start').fill('2015-09-01');
  await edit.getByLabel('End').fill('2012-06-01');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert').first()).toBeVisible();
  await edit.getByLabel('End').fill('2019-06-01');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(section).toContainText('State University · 2015–2019');
  await expect(section.getByText('Saved BSc.')).toBeVisible();
  await page.reload();
  await expect(section).toContainText('State University · 2015–2019');
});

test('a certification is added and corrected on the profile, its date as precise as typed', async ({ page }) => {
  // Before, certifications came only with an imported resume and could only be removed.
  await signUpFreshUser(page, 'Certified');
  await page.goto('/profile');
  const section = page.getByRole('region', { name: 'Certifications' });
  const add = section.getByRole('form', { name: 'Add a certification' });
  await add.getByLabel('Certification').fill('PMP');
  await add.getByLabel('Issuer').fill('PMI');
  await add.getByLabel('Date').fill('2019');
  await add.getByRole('button', { name: 'Add certification' }).click();
  await expect(section.getByText('Added PMP.')).toBeVisible();
  await expect(section.getByRole('listitem')).toContainText('PMP · PMI · 2019');

  await section.getByRole('button', { name: 'Edit PMP' }).click();
  const edit = section.getByRole('form', { name: 'Edit PMP' });
  await edit.getByLabel('Date').fill('spring 2020');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toBeVisible();
  // Written as people write it: read as the month it names.
  await edit.getByLabel('Date').fill('March 2020');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('Saved PMP.')).toBeVisible();
  await expect(section.getByRole('listitem')).toContainText('PMP · PMI · Mar 2020');
  await page.reload();
  await expect(section.getByRole('listitem')).toContainText('PMP · PMI · Mar 2020');
});

test('a project is added and corrected on the profile, its link checked as a web address', async ({ page }) => {
  // Before, projects came only with an imported resume and could only be removed.
  await signUpFreshUser(page, 'Builder');
  await page.goto('/profile');
  const section = page.getByRole('region', { name: 'Projects' });
  await expect(section.getByText('No projects yet.')).toBeVisible();
  const add = section.getByRole('form', { name: 'Add a project' });
  await add.getByLabel('Project').fill('Route planner');
  await add.getByLabel('Link').fill('github.com/ada/route-planner');
  await add.getByLabel('Start').fill('2022');
  await add.getByLabel('End').fill('2023');
  await add.getByLabel('Highlights (one per line)').fill('Plans 10,000 trips a day\nOpen source');
  await add.getByRole('button', { name: 'Add project' }).click();
  // Announced, not only shown.
  await expect(section.getByRole('status')).toHaveText('Added Route planner.');
  const heading = section.getByRole('heading', { name: /Route planner/ });
  await expect(heading).toContainText('Route planner · 2022 – 2023');
  await expect(heading.getByRole('link')).toHaveAttribute('href', 'https://github.com/ada/route-planner');
  await expect(section).toContainText('Plans 10,000 trips a day');

  await section.getByRole('button', { name: 'Edit Route planner' }).click();
  const edit = section.getByRole('form', { name: 'Edit Route planner' });
  await expect(edit.getByLabel('Project')).toBeFocused();
  await edit.getByLabel('Link').fill('javascript:alert(1)');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('alert')).toContainText('not a web address');
  await edit.getByLabel('Link').fill('');
  await edit.getByLabel('Project').fill('Trip planner');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toHaveText('Saved Trip planner.');
  await expect(section.getByRole('button', { name: 'Edit Trip planner' })).toBeFocused();
  await page.reload();
  const saved = section.getByRole('heading', { name: /Trip planner/ });
  await expect(saved).toContainText('Trip planner · 2022 – 2023');
  await expect(saved.getByRole('link')).toHaveCount(0);
});

test("a role's dates are typed as precisely as known, and editing keeps them so", async ({ page }) => {
  // Found in a new-user walk: the role form's date pickers took no "2018-03" or "2018", and any
  // edited date gained a day nobody wrote ("1 Mar 2018 – 31 Dec 2018").
  await signUpFreshUser(page, 'Dates');
  await page.goto('/profile');
  await page.getByRole('button', { name: 'Add experience' }).click();
  const add = page.getByRole('form', { name: 'Add experience' });
  await add.getByLabel('Title').fill('Intern');
  await add.getByLabel('Company').fill('Acme');
  await add.getByLabel('Start').fill('2018-03');
  await add.getByLabel('End').fill('2018');
  await add.getByRole('button', { name: 'Save' }).click();
  const section = page.getByRole('region', { name: 'Experience' });
  await expect(section).toContainText('Mar 2018 – 2018');

  await section.getByRole('button', { name: 'Edit Intern' }).click();
  const edit = page.getByRole('form', { name: 'Edit Intern' });
  await expect(edit.getByLabel('Start')).toHaveValue('2018-03');
  await expect(edit.getByLabel('End')).toHaveValue('2018');
  await edit.getByLabel('End').fill('2017');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('End date must be after the start date.')).toBeVisible();
  await edit.getByLabel('End').fill('2019-06');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await page.reload();
  await expect(section).toContainText('Mar 2018 – Jun 2019');
  await expect(section.getByTestId('role-lacks-end')).toHaveCount(0);

  // A start alone, not current: it reads as ongoing but adds no years, and the list says so (a walk).
  await page.getByRole('button', { name: 'Add experience' }).click();
  await add.getByLabel('Title').fill('Nurse');
  await add.getByLabel('Start').fill('2017-06');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByTestId('role-lacks-end')).toHaveText(
    'No end date: add one, or tick “I work here now”, for this role to count toward your years of experience.',
  );
});

test('a degree is dated by its years, as resumes print them', async ({ page }) => {
  // Found in a new-user walk: the education form's date pickers took no year alone, and a degree
  // with only an end year showed "· –2016".
  await signUpFreshUser(page, 'Years');
  await page.goto('/profile');
  const add = page.getByRole('form', { name: 'Add education' });
  await add.getByLabel('Degree').fill('MSc');
  await add.getByLabel('End').fill('2016');
  await add.getByRole('button', { name: 'Add education' }).click();
  const section = page.getByRole('region', { name: 'Education' });
  await expect(section.getByText('2016', { exact: true })).toBeVisible();
  await expect(section).not.toContainText('–2016');

  await section.getByRole('button', { name: 'Edit MSc' }).click();
  const edit = page.getByRole('form', { name: 'Edit MSc' });
  await expect(edit.getByLabel('End')).toHaveValue('2016');
  await edit.getByLabel('Institution').fill('TU Berlin');
  await edit.getByLabel('Start').fill('2014');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await page.reload();
  await expect(section).toContainText('TU Berlin · 2014–2016');
});

test('a control character in a skill is refused once, beside the field', async ({ page }) => {
  // Seen on a walk: the same refusal under the field and again under the button.
  await signUpFreshUser(page, 'Bell');
  await page.goto('/profile');
  const form = page.getByRole('form', { name: 'Add a skill' });
  await form.getByLabel('Skill').fill('Ex\u0007cel');
  await form.getByRole('button', { name: 'Add skill' }).click();
  await expect(form.getByText(/holds an invisible control character/)).toHaveCount(1);
  await expect(form.getByText(/holds an invisible control character/)).toContainText('after “Ex”');
});
