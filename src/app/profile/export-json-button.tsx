'use client';

import { useState } from 'react';
import { useTRPCClient } from '@/trpc/react';
import { secondaryButtonClass } from './section';

/** Downloads the profile as a JSON Resume file. */
export function ExportJsonButton() {
  const client = useTRPCClient();
  const [error, setError] = useState<string | null>(null);
  async function download() {
    setError(null);
    try {
      const json = await client.profile.exportJsonResume.query();
      const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: 'resume.json' });
      a.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      setError((err as Error).message);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={() => void download()} className={secondaryButtonClass}>
        Export JSON Resume
      </button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
