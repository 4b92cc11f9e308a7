'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react';
import { InlineConfirm } from '../../_components/inline-confirm';

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
        <InlineConfirm
          label="Confirm deleting this document"
          question={`Delete this document${versions > 1 ? ` and its ${versions} versions` : ''}? This cannot be undone.`}
          confirmText="Yes, delete it"
          pendingText="Deleting…"
          pending={remove.isPending}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
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
