import type { DocumentContent, DocumentTemplate, ResumeSection } from '@/lib/validators/documents';
import { displayLink } from '@/lib/display-link';
import { formatLetterDate } from '@/lib/letter-date';
import { formatDocumentDate, formatDocumentRange } from './document-dates';

/**
 * The document as the reader will see it, in the page (the exports render the same content with
 * the same template). Two-column and sidebar templates put their 'side' sections beside the main ones
 * from 640 px up; on a phone everything is one column.
 */
export function DocumentPreview({ content, template }: { content: DocumentContent; template: DocumentTemplate }) {
  const style = {
    fontFamily: template.styling.fontFamily === 'Times-Roman' ? 'Times New Roman, serif' : template.styling.fontFamily === 'Courier' ? 'Courier New, monospace' : 'Helvetica, Arial, sans-serif',
    color: template.styling.colors.text,
    lineHeight: template.styling.lineHeight,
  };
  const person = content.person;
  const contact = [person.location, person.phone, person.email, ...(person.links ?? []).map(displayLink)].filter(Boolean).join(' · ');
  return (
    <div className="min-w-0 overflow-hidden rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm sm:p-8" style={style} data-testid="document-preview">
      <header className="mb-4 border-b pb-3" style={{ borderColor: template.styling.colors.accent }}>
        <p className="text-xl font-bold" style={{ color: template.styling.colors.primary }}>
          {person.name}
        </p>
        {person.headline && <p className="text-slate-600">{person.headline}</p>}
        {contact && <p className="text-xs text-slate-500">{contact}</p>}
      </header>
      {content.kind === 'cover_letter' ? (
        <div className="space-y-3">
          {/* As the exports print it: the date, the company, then the subject line. */}
          <div>
            <p className="text-slate-500">{formatLetterDate(content.date)}</p>
            <p className="font-medium">{content.recipient.company}</p>
            <p className="text-slate-500">Re: {content.recipient.jobTitle}</p>
          </div>
          <p>{content.greeting}</p>
          {content.paragraphs.map((p, i) => (
            <p key={i}>{p.text}</p>
          ))}
          <p>{content.closing}</p>
          <p className="font-medium">{person.name}</p>
        </div>
      ) : (
        <ResumeBody sections={content.sections} template={template} />
      )}
    </div>
  );
}

function ResumeBody({ sections, template }: { sections: ResumeSection[]; template: DocumentTemplate }) {
  const column = new Map(template.sections.map((s) => [s.type, s.column]));
  const split = template.layout !== 'single-column';
  const main = split ? sections.filter((s) => column.get(s.type) !== 'side') : sections;
  const side = split ? sections.filter((s) => column.get(s.type) === 'side') : [];
  const heading = template.styling.colors.primary;
  if (side.length === 0) {
    return (
      <div className="space-y-4">
        {main.map((s) => (
          <SectionBlock key={s.type} section={s} headingColour={heading} />
        ))}
      </div>
    );
  }
  return (
    <div className={`grid gap-6 ${template.layout === 'sidebar' ? 'sm:grid-cols-[1fr_2fr]' : 'sm:grid-cols-[2fr_1fr]'}`}>
      <div className={`min-w-0 space-y-4 ${template.layout === 'sidebar' ? 'sm:order-2' : ''}`}>
        {main.map((s) => (
          <SectionBlock key={s.type} section={s} headingColour={heading} />
        ))}
      </div>
      <div className="min-w-0 space-y-4">
        {side.map((s) => (
          <SectionBlock key={s.type} section={s} headingColour={heading} />
        ))}
      </div>
    </div>
  );
}

function SectionBlock({ section, headingColour }: { section: ResumeSection; headingColour: string }) {
  return (
    <section>
      <h3 className="mb-1 text-xs font-bold uppercase tracking-wide" style={{ color: headingColour }}>
        {section.title}
      </h3>
      <SectionItems section={section} />
    </section>
  );
}

function SectionItems({ section }: { section: ResumeSection }) {
  switch (section.type) {
    case 'summary':
      return (
        <div className="space-y-1">
          {section.paragraphs.map((p, i) => (
            <p key={i}>{p.text}</p>
          ))}
        </div>
      );
    case 'skills':
      return <p>{section.items.map((s) => s.name).join(' · ')}</p>;
    case 'experience':
      return (
        <div className="space-y-3">
          {section.items.map((e) => (
            <div key={e.factId}>
              <p className="flex flex-wrap justify-between gap-x-4">
                <span className="font-semibold">{[e.title, e.company].filter(Boolean).join(', ')}</span>
                <span className="text-xs text-slate-500">{formatDocumentRange(e.start, e.end, e.isCurrent)}</span>
              </p>
              {e.location && <p className="text-xs text-slate-500">{e.location}</p>}
              {e.bullets.length > 0 && (
                <ul className="ml-5 list-disc">
                  {e.bullets.map((b, i) => (
                    <li key={i}>{b.text}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      );
    case 'education':
      return (
        <div className="space-y-2">
          {section.items.map((e) => (
            <p key={e.factId} className="flex flex-wrap justify-between gap-x-4">
              <span>
                <span className="font-semibold">{[e.degree, e.fieldOfStudy].filter(Boolean).join(', ')}</span>
                {e.institution && <span> — {e.institution}</span>}
              </span>
              <span className="text-xs text-slate-500">{formatDocumentRange(e.start, e.end, false)}</span>
            </p>
          ))}
        </div>
      );
    case 'projects':
      return (
        <div className="space-y-2">
          {section.items.map((p) => (
            <div key={p.factId}>
              <p className="font-semibold">{p.name}</p>
              {p.bullets.length > 0 && (
                <ul className="ml-5 list-disc">
                  {p.bullets.map((b, i) => (
                    <li key={i}>{b.text}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      );
    case 'certifications':
      return (
        <ul className="space-y-1">
          {section.items.map((c) => (
            <li key={c.factId}>
              <span className="font-semibold">{c.name}</span>
              {c.issuer && <span> — {c.issuer}</span>}
              {formatDocumentDate(c.issuedOn) && <span className="text-xs text-slate-500"> ({formatDocumentDate(c.issuedOn)})</span>}
            </li>
          ))}
        </ul>
      );
  }
}
