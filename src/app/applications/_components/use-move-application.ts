'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  APPLICANT_MOVES_WHERE_COMPANY_RECRUITS,
  APPLICATION_STATUS_LABEL,
  companyAnswersHere,
  companyAnswersHereMessage,
  FINAL_APPLICATION_STATUSES,
  finalMoveQuestion,
  illegalMoveMessage,
  sharedWithCompanyNotice,
} from '@/lib/validators/application-status';
import { nextStatuses } from '@/lib/validators/application-transitions';
import type { ApplicationItem, ApplicationList } from '@/lib/validators/applications';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { useTRPC } from '@/trpc/react';
import { BOARD_INPUT } from './list-params';

export interface MoveMessage {
  /** info: nothing happened, as the reader chose (a question answered "Cancel"). */
  tone: 'error' | 'success' | 'info';
  text: string;
}

function patchItem(list: ApplicationList, id: string, patch: Partial<ApplicationItem>): ApplicationList {
  return { ...list, items: list.items.map((i) => (i.id === id ? { ...i, ...patch } : i)) };
}

/** A moved card goes to the top of its new column, as the next fetch (newest activity first) will put it. */
function moveToFront(list: ApplicationList, id: string, to: ApplicationStatus): ApplicationList {
  const item = list.items.find((i) => i.id === id);
  if (!item) return list;
  const moved = { ...item, status: to, updatedAt: new Date() };
  return { ...list, items: [moved, ...list.items.filter((i) => i.id !== id)] };
}

/**
 * Moves an application from the board or a "Move to…" select. A move the caller may not make is
 * refused here, with the server's wording, before any request; a legal one shows at once and is
 * rolled back if the server refuses it (say, it was moved in another tab meanwhile).
 */
export function useMoveApplication() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.applications.changeStatus.mutationOptions());
  const [message, setMessage] = useState<MoveMessage | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const boardKey = trpc.applications.list.queryKey(BOARD_INPUT);

  async function move(app: ApplicationItem, to: ApplicationStatus): Promise<boolean> {
    if (to === app.status || pending.has(app.id)) return false;
    if (!app.allowedNext.includes(to)) {
      // Worded as the server would refuse it: a legal move the company makes here, or an illegal one.
      const theirs =
        nextStatuses(app.status).includes(to) &&
        companyAnswersHere(app.status, app.job.recruitsHere) &&
        !APPLICANT_MOVES_WHERE_COMPANY_RECRUITS.includes(to);
      const final = FINAL_APPLICATION_STATUSES.includes(app.status);
      const text = theirs ? companyAnswersHereMessage(to) : illegalMoveMessage(app.status, to, app.allowedNext, final);
      setMessage({ tone: 'error', text });
      return false;
    }
    // Said after a question answered "Cancel": a keyboard drop had already announced the move as being saved.
    const keep = () => {
      setMessage({ tone: 'info', text: `${app.job.title} stays in ${APPLICATION_STATUS_LABEL[app.status]}.` });
      return false;
    };
    // A final move cannot be undone (the status machine has no way out): ask first.
    if (FINAL_APPLICATION_STATUSES.includes(to) && !window.confirm(finalMoveQuestion(app.job.title, to))) return keep();
    // Applying to a job of a company that recruits here shares the application with it, as the
    // job page's "Apply with your profile" says: ask the same question here.
    if (
      app.status === 'saved' &&
      to === 'applied' &&
      app.job.recruitsHere &&
      !window.confirm(`Apply to “${app.job.title}”? ${sharedWithCompanyNotice(app.job.companyName)}`)
    )
      return keep();
    setMessage(null);
    setPending((p) => new Set(p).add(app.id));
    await queryClient.cancelQueries({ queryKey: boardKey });
    const previous = queryClient.getQueryData<ApplicationList>(boardKey);
    if (previous) queryClient.setQueryData(boardKey, moveToFront(previous, app.id, to));
    try {
      const change = await mutation.mutateAsync({ applicationId: app.id, to });
      queryClient.setQueryData<ApplicationList>(boardKey, (list) =>
        list
          ? patchItem(list, app.id, {
              allowedNext: change.allowedNext,
              appliedAt: change.appliedAt,
              responseAt: change.responseAt,
              responseDays: change.responseDays,
            })
          : list,
      );
      setMessage({ tone: 'success', text: `${app.job.title} moved to ${APPLICATION_STATUS_LABEL[to]}.` });
      return true;
    } catch (err) {
      if (previous) queryClient.setQueryData(boardKey, previous);
      // Named, and where it stays: the banner is above every card and outlives a switch of view.
      setMessage({
        tone: 'error',
        text: `${app.job.title} stays in ${APPLICATION_STATUS_LABEL[app.status]}. ${(err as Error).message}`,
      });
      return false;
    } finally {
      setPending((p) => {
        const next = new Set(p);
        next.delete(app.id);
        return next;
      });
      void queryClient.invalidateQueries(trpc.applications.pathFilter());
    }
  }

  return { move, message, setMessage, pending };
}
