import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/server/auth/session';
import { ResumeImport } from './resume-import';

export const metadata: Metadata = { title: 'Import a resume' };

export default async function ImportPage() {
  if (!(await getSession())) redirect('/sign-in?callbackUrl=/profile/import');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Import a resume</h1>
      <p className="max-w-2xl text-slate-600">
        Upload a PDF, Word (.docx) or text file, or paste the text. We read it on our server without sending it anywhere,
        show you what we found, and save nothing until you confirm.
      </p>
      <ResumeImport />
    </div>
  );
}
