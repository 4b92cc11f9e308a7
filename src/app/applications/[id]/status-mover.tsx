'use client';

import { useRouter } from 'next/navigation';
import type { ApplicationItem } from '@/lib/validators/applications';
import { MoveMessageBanner } from '../_components/move-message';
import { MoveSelect } from '../_components/move-select';
import { useMoveApplication } from '../_components/use-move-application';

export function StatusMover({ app }: { app: ApplicationItem }) {
  const router = useRouter();
  const { move, message, setMessage, pending } = useMoveApplication();
  return (
    <div className="space-y-2">
      <div className="max-w-xs">
        <MoveSelect
          app={app}
          idPrefix="detail-move"
          disabled={pending.has(app.id)}
          onMove={(to) => {
            void move(app, to).then((moved) => {
              if (moved) router.refresh();
            });
          }}
        />
      </div>
      <MoveMessageBanner message={message} onDismiss={() => setMessage(null)} />
    </div>
  );
}
