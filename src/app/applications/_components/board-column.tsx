'use client';

import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import type { ApplicationItem } from '@/lib/validators/applications';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { BoardCard } from './board-card';

export const columnId = (status: ApplicationStatus) => `column:${status}`;

export interface ColumnData {
  status: ApplicationStatus;
}

export function BoardColumn({
  status,
  items,
  dragging,
  pending,
  onMove,
}: {
  status: ApplicationStatus;
  items: ApplicationItem[];
  /** The card being dragged, if any: columns show whether it may land on them. */
  dragging: ApplicationItem | null;
  pending: ReadonlySet<string>;
  onMove: (app: ApplicationItem, to: ApplicationStatus) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: columnId(status), data: { status } satisfies ColumnData });
  const label = APPLICATION_STATUS_LABEL[status];
  const legal = dragging ? dragging.allowedNext.includes(status) : false;
  const home = dragging?.status === status;
  const ring = !dragging || home ? '' : legal ? 'ring-2 ring-emerald-400' : 'opacity-60';
  const overIllegal = isOver && dragging && !legal && !home;
  return (
    <section
      aria-label={label}
      data-status={status}
      className={`flex w-56 shrink-0 flex-col rounded-xl bg-slate-100 p-2 transition ${ring} ${overIllegal ? 'ring-2 ring-red-400' : ''} ${isOver && legal ? 'bg-emerald-50' : ''}`}
    >
      <h2 className="flex items-baseline justify-between px-1 pb-2 text-sm font-semibold">
        <span>{label}</span>
        <span
          className="text-xs font-normal text-slate-500"
          aria-label={`${items.length} ${items.length === 1 ? 'application' : 'applications'}`}
        >
          {items.length}
        </span>
      </h2>
      <SortableContext id={`cards:${status}`} items={items.map((a) => a.id)} strategy={verticalListSortingStrategy}>
        {/* The list, not the whole column, is the drop target: it starts where the cards start, so the
            keyboard's "next column to the left" is never the card's own column padding. */}
        <ul ref={setNodeRef} className="flex min-h-24 flex-1 flex-col gap-2">
          {items.map((app) => (
            <BoardCard key={app.id} app={app} pending={pending.has(app.id)} onMove={(to) => onMove(app, to)} />
          ))}
        </ul>
      </SortableContext>
    </section>
  );
}
