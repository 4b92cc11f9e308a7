'use client';

import { useSortable } from '@dnd-kit/sortable';
import type { ApplicationItem } from '@/lib/validators/applications';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { CardBody } from './card-body';
import { MoveSelect } from './move-select';

export interface DragData {
  app: ApplicationItem;
  /** Dropping on a card means dropping in its column. */
  status: ApplicationStatus;
}

export function BoardCard({
  app,
  pending,
  onMove,
}: {
  app: ApplicationItem;
  pending: boolean;
  onMove: (to: ApplicationStatus) => void;
}) {
  const movable = app.allowedNext.length > 0;
  // Sortable rather than merely draggable: the keyboard coordinate getter finds the next column
  // from the dragged card's own drop target. The order within a column is not the user's to set,
  // so the sort transforms are not applied and the cards stay put while one is dragged.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useSortable({
    id: app.id,
    data: { app, status: app.status } satisfies DragData,
    disabled: pending || !movable,
  });
  return (
    <li
      ref={setNodeRef}
      data-testid="application-card"
      aria-busy={pending || undefined}
      className={`rounded-lg border border-slate-200 bg-white p-3 shadow-sm ${isDragging ? 'opacity-40' : ''}`}
    >
      <div className="flex items-start gap-2">
        {movable && (
          // Only the handle starts a drag, so the link and the select inside the card keep working.
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Drag ${app.job.title} at ${app.job.companyName}`}
            className="mt-0.5 cursor-grab touch-none rounded px-1 text-slate-500 hover:bg-slate-100 hover:text-slate-700 active:cursor-grabbing"
          >
            <span aria-hidden>⠿</span>
          </button>
        )}
        <CardBody app={app} />
      </div>
      <div className="mt-2">
        <MoveSelect app={app} disabled={pending} onMove={onMove} idPrefix="board-move" />
      </div>
    </li>
  );
}
