'use client';

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useState } from 'react';
import type { ApplicationItem } from '@/lib/validators/applications';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/validators/enums';
import { announcements, screenReaderInstructions } from './board-announcements';
import { boardCollisionDetection, boardKeyboardCoordinates } from './board-keyboard';
import type { DragData } from './board-card';
import { BoardColumn, type ColumnData } from './board-column';
import { CardBody } from './card-body';

export function Board({
  items,
  pending,
  onMove,
}: {
  items: ApplicationItem[];
  pending: ReadonlySet<string>;
  onMove: (app: ApplicationItem, to: ApplicationStatus) => void;
}) {
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle is not a drop.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );
  const [dragging, setDragging] = useState<ApplicationItem | null>(null);

  const byStatus = new Map<ApplicationStatus, ApplicationItem[]>(APPLICATION_STATUSES.map((s) => [s, []]));
  for (const app of items) byStatus.get(app.status)?.push(app);

  function onDragStart(e: DragStartEvent) {
    setDragging((e.active.data.current as DragData | undefined)?.app ?? null);
  }
  function onDragEnd(e: DragEndEvent) {
    setDragging(null);
    const app = (e.active.data.current as DragData | undefined)?.app;
    const to = (e.over?.data.current as ColumnData | undefined)?.status;
    // An illegal target is refused by onMove with a message; the card was never moved, so it snaps back.
    if (app && to && to !== app.status) onMove(app, to);
  }

  return (
    <DndContext
      id="applications-board"
      sensors={sensors}
      collisionDetection={boardCollisionDetection}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <div className="relative">
        {/* relative: the screen-reader-only labels (absolutely positioned) stay inside this scroll box
            instead of widening the page to the board's full 2,000 px. */}
        <div className="relative overflow-x-auto pb-4" data-testid="board">
          <div className="flex min-w-max gap-3">
            {APPLICATION_STATUSES.map((status) => (
              <BoardColumn
                key={status}
                status={status}
                items={byStatus.get(status) ?? []}
                dragging={dragging}
                pending={pending}
                onMove={onMove}
              />
            ))}
          </div>
        </div>
        {/* The later stages (Offer, Rejected, Withdrawn) are off-screen on most widths: the fade says
            the board goes on. */}
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 right-0 w-10 bg-gradient-to-l from-slate-50"
        />
      </div>
      <DragOverlay>
        {dragging ? (
          // Same box as the card, and not rotated: a keyboard drag is over the column under this
          // box's centre (board-keyboard.ts), and a tilted box is wider than the card.
          <div className="w-52 rounded-lg border border-brand-600 bg-white p-3 shadow-lg">
            <CardBody app={dragging} linked={false} />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
