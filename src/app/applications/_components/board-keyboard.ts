/**
 * Keyboard dragging on the board: left and right go to the neighbouring column in pipeline order,
 * and a keyboard drag is over the column under the dragged card's centre. The geometric defaults
 * compare corners, and an empty column's list (as tall as the tallest column) lost to a card in
 * a column further on: the keyboard skipped empty columns.
 */
import { closestCorners, KeyboardCode, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/lib/validators/enums';
import { columnId } from './board-column';

const statusIn = (data: Record<string, unknown> | undefined) => data?.status as ApplicationStatus | undefined;

export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const code = event.code as KeyboardCode;
  const step = code === KeyboardCode.Right ? 1 : code === KeyboardCode.Left ? -1 : 0;
  if (step === 0) return sortableKeyboardCoordinates(event, args);
  event.preventDefault();
  const { over, active, droppableRects, collisionRect } = args.context;
  const current = statusIn(over?.data.current) ?? statusIn(active?.data.current);
  if (!current || !collisionRect) return undefined;
  const next = APPLICATION_STATUSES[APPLICATION_STATUSES.indexOf(current) + step];
  const rect = next ? droppableRects.get(columnId(next)) : undefined;
  // The card's box keeps its height; its left edge goes to the column's, at the column's top.
  return rect ? { x: rect.left, y: rect.top } : undefined;
};

/** The pointer's column when there is a pointer; the column under the card's centre for the keyboard. */
export const boardCollisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  if (hits.length > 0) return hits;
  const centre = args.collisionRect.left + args.collisionRect.width / 2;
  const column = args.droppableContainers.find((c) => {
    const rect = String(c.id).startsWith('column:') ? args.droppableRects.get(c.id) : undefined;
    return rect !== undefined && rect.left <= centre && centre <= rect.right;
  });
  return column ? [{ id: column.id, data: { droppableContainer: column, value: 0 } }] : closestCorners(args);
};
