'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { acceptInvitationInput, createCompanyInput } from '@/lib/validators/company';
import { useTRPC } from '@/trpc/react';
import { FormField } from '../../_components/form-field';
import { formToObject, useValidatedSubmit } from '../../_components/use-validated-mutation';

/**
 * A recruiter without a company, before any job form: create the company (an operator approves it)
 * or join a colleague's with their invitation link (active at once).
 */
export function CompanyOnboarding() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.company.create.mutationOptions());
  const accept = useMutation(trpc.company.acceptInvitation.mutationOptions());
  const creating = useValidatedSubmit(createCompanyInput, (input) => create.mutateAsync(input));
  const joining = useValidatedSubmit(acceptInvitationInput, (input) => accept.mutateAsync(input));

  const done = (ok: unknown) => {
    if (ok) router.refresh();
  };

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="create-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="create-heading" className="text-lg font-semibold">
          Create your company
        </h2>
        <p className="text-sm text-slate-600">
          An operator checks new companies before their jobs go live; you can post once it is approved.
        </p>
        <form
          noValidate
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void creating.submit(formToObject(e.currentTarget)).then(done);
          }}
        >
          <FormField label="Company name" name="name" idPrefix="company-" errors={creating.errors.name} required />
          <FormField
            label="Website"
            name="website"
            idPrefix="company-"
            type="url"
            placeholder="https://example.com"
            errors={creating.errors.website}
          />
          <FormField label="Industry" name="industry" idPrefix="company-" errors={creating.errors.industry} />
          <FormField
            label="Headquarters"
            name="headquarters"
            idPrefix="company-"
            errors={creating.errors.headquarters}
          />
          {creating.message && (
            <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
              {creating.message}
            </p>
          )}
          <button
            type="submit"
            disabled={creating.pending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {creating.pending ? 'Creating…' : 'Create company'}
          </button>
        </form>
      </section>
      <section aria-labelledby="join-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm">
        <h2 id="join-heading" className="text-lg font-semibold">
          Join your colleagues
        </h2>
        <p className="text-sm text-slate-600">
          A colleague can make an invitation link on their Company page. Paste it here: it works once, for 7 days.
        </p>
        <form
          noValidate
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void joining.submit(formToObject(e.currentTarget)).then(done);
          }}
        >
          <FormField label="Invitation link" name="token" idPrefix="invite-" errors={joining.errors.token} required />
          {joining.message && (
            <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-700">
              {joining.message}
            </p>
          )}
          <button
            type="submit"
            disabled={joining.pending}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
          >
            {joining.pending ? 'Joining…' : 'Join company'}
          </button>
        </form>
      </section>
    </div>
  );
}
