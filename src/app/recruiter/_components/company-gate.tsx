import type { MyCompanyOutput } from '@/lib/validators/company';
import { CompanyOnboarding } from './company-onboarding';

/**
 * What a recruiter sees instead of their tools until they have an approved company: the choice to
 * create or join one, or the pending notice. Null once they may post.
 */
export function CompanyGate({ mine }: { mine: MyCompanyOutput }) {
  if (!mine.company) {
    return (
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-bold">Set up your company</h1>
          <p className="text-sm text-slate-600">Before you post a job, tell us who you hire for.</p>
        </div>
        <CompanyOnboarding />
      </div>
    );
  }
  if (mine.status === 'pending') {
    return (
      <div className="space-y-2 rounded-xl bg-white p-6 shadow-sm" data-testid="pending-approval">
        <h1 className="text-2xl font-bold">{mine.company.name}</h1>
        <p className="inline-block rounded bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900">Pending approval</p>
        <p className="text-slate-600">
          An operator checks every new company before its jobs go live. You will get a notification once{' '}
          {mine.company.name} is approved; then you can post jobs and invite colleagues.
        </p>
      </div>
    );
  }
  return null;
}
