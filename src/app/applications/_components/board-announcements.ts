import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import type { ApplicationStatus } from '@/lib/validators/enums';
import type { DragData } from './board-card';
import type { ColumnData } from './board-column';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this application, press Space or Enter. Use the left and right arrow keys to pick a column, ' +
    'then press Space or Enter to drop it there, or Escape to cancel. The Move to list on each card does the same.',
};

type Side = { data: { current?: Record<string, unknown> | undefined } } | null;
const appOf = (active: Side) => (active?.data.current as DragData | undefined)?.app;
const statusOf = (over: Side) => (over?.data.current as ColumnData | undefined)?.status;
const label = (s: ApplicationStatus) => APPLICATION_STATUS_LABEL[s];

/** What a screen reader hears while a card is dragged: columns by name, and whether a drop there is allowed. */
export const announcements: Announcements = {
  onDragStart({ active }) {
    const app = appOf(active);
    return app ? `Picked up ${app.job.title} at ${app.job.companyName}, in ${label(app.status)}.` : undefined;
  },
  onDragOver({ active, over }) {
    const app = appOf(active);
    const to = statusOf(over);
    if (!app) return undefined;
    if (!to) return `${app.job.title} is not over a column.`;
    if (to === app.status) return `${app.job.title} is over its own column, ${label(to)}.`;
    const verdict = app.allowedNext.includes(to) ? 'Drop to move it there.' : 'It cannot move there.';
    return `${app.job.title} is over ${label(to)}. ${verdict}`;
  },
  onDragEnd({ active, over }) {
    const app = appOf(active);
    const to = statusOf(over);
    if (!app) return undefined;
    if (!to || to === app.status) return `${app.job.title} stays in ${label(app.status)}.`;
    if (!app.allowedNext.includes(to)) {
      return `${app.job.title} cannot move from ${label(app.status)} to ${label(to)}. It stays in ${label(app.status)}.`;
    }
    // The server may still refuse the move: the banner below announces how it ends.
    return `${app.job.title} dropped in ${label(to)}, saving the move.`;
  },
  onDragCancel({ active }) {
    const app = appOf(active);
    return app ? `Moving ${app.job.title} was cancelled. It stays in ${label(app.status)}.` : undefined;
  },
};
