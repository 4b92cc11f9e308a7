'use client';

import { useMutation } from '@tanstack/react-query';
import { profileIntroInput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../_components/form-field';
import { TextAreaField } from '../_components/text-area-field';
import { formToObject } from '../_components/use-validated-mutation';
import { SaveFooter, useSaveForm } from './save-form';
import { Section } from './section';
import { useProfileCache } from './use-profile-mutation';

/**
 * The headline and summary: what a recruiter reads first, what the skill score's completeness
 * counts (the headline) and part of what matching reads to tell the seeker's occupation.
 */
export function IntroSection({ headline, summary }: { headline: string | null; summary: string | null }) {
  const trpc = useTRPC();
  const cache = useProfileCache();
  const save = useMutation(trpc.profile.updateIntro.mutationOptions({ onSuccess: cache.set }));
  const { form, saved, submit } = useSaveForm(profileIntroInput, (input) => save.mutateAsync(input));
  return (
    <Section id="intro" title="Headline and summary">
      <form
        noValidate
        aria-label="Headline and summary"
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          submit(formToObject(e.currentTarget, []));
        }}
      >
        <FormField
          idPrefix="intro-"
          label="Headline"
          name="headline"
          maxLength={255}
          defaultValue={headline ?? ''}
          placeholder="e.g. Data analyst moving into machine learning"
          errors={form.errors.headline}
        />
        <TextAreaField
          idPrefix="intro-"
          label="Summary"
          name="summary"
          rows={4}
          maxLength={5000}
          defaultValue={summary ?? ''}
          errors={form.errors.summary}
        />
        <SaveFooter form={form} saved={saved} />
      </form>
    </Section>
  );
}
