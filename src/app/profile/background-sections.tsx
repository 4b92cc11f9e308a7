'use client';

import { useMutation } from '@tanstack/react-query';
import { displayPartialDate } from '@/lib/partial-date';
import type { CertificationOutput, ProjectOutput } from '@/lib/validators/profile';
import { useTRPC } from '@/trpc/react';
import { CertificationForm } from './certification-form';
import { ProjectForm } from './project-form';
import { useInPlaceEdit } from './in-place-edit';
import { SavedNotice, Section } from './section';
import { useProfileCache } from './use-profile-mutation';
import { savedNotice } from './saved-notice';

function useRemove() {
  const trpc = useTRPC();
  const cache = useProfileCache();
  return useMutation(trpc.profile.removeEntry.mutationOptions({ onSuccess: cache.set }));
}

/** " · 2021", " · 2021 – 2023": projects keep no date precision, and resumes print their years. */
function ProjectYears({ project: p }: { project: ProjectOutput }) {
  const from = p.startDate?.slice(0, 4);
  const to = p.endDate?.slice(0, 4);
  const years = from && to ? (from === to ? from : `${from} – ${to}`) : (from ?? to);
  return years ? <span className="font-normal text-slate-500"> · {years}</span> : null;
}

/** Projects from an import or typed here; each is corrected in place. */
export function ProjectsSection({ entries }: { entries: ProjectOutput[] }) {
  const remove = useRemove();
  const edit = useInPlaceEdit('project-edit-button-');
  return (
    <Section id="projects" title="Projects">
      {entries.length === 0 && <p className="mb-3 text-sm text-slate-600">No projects yet.</p>}
      <ul className="mb-4 space-y-3">
        {entries.map((p) =>
          edit.editing === p.id ? (
            <li key={p.id}>
              <ProjectForm entry={p} onDone={edit.doneWith(p.id)} />
            </li>
          ) : (
            <li key={p.id} className="border-l-2 border-brand-100 pl-4">
              <h3 className="font-medium break-words">
                {p.url && /^https?:\/\//i.test(p.url) ? (
                  <a className="text-brand-700 hover:underline" href={p.url} rel="noreferrer nofollow" target="_blank">
                    {p.name}
                  </a>
                ) : (
                  p.name
                )}
                <ProjectYears project={p} />
              </h3>
              {p.description && <p className="text-sm break-words text-slate-700">{p.description}</p>}
              {p.highlights.length > 0 && (
                <ul className="mt-1 list-disc pl-5 text-sm break-words text-slate-700">
                  {p.highlights.map((h, i) => (
                    <li key={i}>{h}</li>
                  ))}
                </ul>
              )}
              <span className="mt-1 flex gap-3 text-sm">
                <button
                  type="button"
                  id={edit.controlId(p.id)}
                  className="text-brand-700 hover:underline"
                  aria-label={`Edit ${p.name}`}
                  onClick={() => edit.toggle(p.id)}
                >
                  Edit
                </button>
                <button type="button" className="text-red-700 hover:underline" onClick={() => remove.mutate({ kind: 'project', id: p.id })}>
                  Remove<span className="sr-only"> {p.name}</span>
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      <SavedNotice text={edit.notice} className="mb-4" />
      <ProjectForm onDone={(saved) => edit.setNotice(saved ? savedNotice('Added', saved) : null)} />
    </Section>
  );
}

/** Certifications from an import or typed here; each is corrected in place. */
export function CertificationsSection({ entries }: { entries: CertificationOutput[] }) {
  const remove = useRemove();
  const edit = useInPlaceEdit('cert-edit-button-');
  return (
    <Section id="certifications" title="Certifications">
      {entries.length === 0 && <p className="mb-3 text-sm text-slate-600">No certifications yet.</p>}
      <ul className="mb-4 space-y-2">
        {entries.map((c) =>
          edit.editing === c.id ? (
            <li key={c.id}>
              <CertificationForm entry={c} onDone={edit.doneWith(c.id)} />
            </li>
          ) : (
            <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              <span>
                <span className="font-medium">{c.name}</span>
                {c.issuer && <span className="text-slate-600"> · {c.issuer}</span>}
                {c.issuedOn && <span className="text-slate-500"> · {displayPartialDate(c.issuedOn, c.issuedOnPrecision)}</span>}
              </span>
              <span className="flex gap-3">
                <button
                  type="button"
                  id={edit.controlId(c.id)}
                  className="text-brand-700 hover:underline"
                  aria-label={`Edit ${c.name}`}
                  onClick={() => edit.toggle(c.id)}
                >
                  Edit
                </button>
                <button type="button" className="text-red-700 hover:underline" onClick={() => remove.mutate({ kind: 'certification', id: c.id })}>
                  Remove<span className="sr-only"> {c.name}</span>
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      <SavedNotice text={edit.notice} className="mb-4" />
      <CertificationForm onDone={(saved) => edit.setNotice(saved ? savedNotice('Added', saved) : null)} />
    </Section>
  );
}
