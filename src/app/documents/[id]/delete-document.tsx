'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';

/**
 * Deletes the whole document (every version), after a question. A document sent with an
 * application is kept; the server says so, and the message shows here.
 */
export function DeleteDocument({ versionId, versions }: { versionId: string; versions: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.documents.delete.mutationOptions());

  async function confirm() {
    setError(null);
    try {
      await remove.mutateAsync({ id: versionId });
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The document could not be deleted. Try again.');
      setConfirming(false);
      return;
    }
    router.push('/documents');
    router.refresh();
  }

  return (
    <section aria-label="Delete" className="space-y-2 text-sm" data-testid="delete-document">
      {confirming ? (
        <div
          role="group"
          aria-label="Confirm deleting this document"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p className="font-medium">
            Delete this document{versions > 1 ? ` and its ${versions} versions` : ''}? This cannot be undone.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => void confirm()}
              disabled={remove.isPending}
              className="rounded-md bg-red-600 px-4 py-2 font-medium text-white hover:bg-red-700 disabled:opacity-60"
            >
              {remove.isPending ? 'Deleting…' : 'Yes, delete it'}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              disabled={remove.isPending}
              className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50"
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => (setConfirming(true), setError(null))}
          className="rounded-md border border-red-300 px-4 py-2 font-medium text-red-700 hover:bg-red-50"
        >
          Delete this document
        </button>
      )}
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
