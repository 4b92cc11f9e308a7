import type { ResumeDraft } from '@/lib/validators/resume';
import { Section } from '../section';

/**
 * What the import cannot keep (activities, awards, interests, traits): listed with its lines so the
 * user can copy what matters into the summary, a role or a project before saving, rather than
 * finding it gone. Hidden when everything found a place.
 */
export function ReviewLeftOut({ sections }: { sections: ResumeDraft['leftOut'] }) {
  if (sections.length === 0) return null;
  return (
    <Section id="review-left-out" title="Not imported">
      <p className="mb-3 text-sm text-slate-600">
        Your profile has no place for these parts of your resume. Copy what matters into your summary, a role or a
        project above before saving.
      </p>
      <div className="space-y-2">
        {sections.map((s, i) => (
          <details key={`${s.heading}-${i}`} className="rounded border border-slate-200 p-3 text-sm">
            <summary className="cursor-pointer font-medium">
              {s.heading} ({s.lines.length} {s.lines.length === 1 ? 'line' : 'lines'})
            </summary>
            <ul className="mt-2 list-disc space-y-1 pl-5 break-words text-slate-700">
              {s.lines.map((line, j) => (
                <li key={j}>{line}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </Section>
  );
}
