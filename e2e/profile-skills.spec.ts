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
  await expect(skill).toHaveValue('');
});
