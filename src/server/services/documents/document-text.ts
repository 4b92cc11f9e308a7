import type { DocumentContent } from '@/lib/validators/documents';

/** The document's text by section ("summary", "experience", … or "letter"), as a reader sees it. */
export function documentSectionsText(content: DocumentContent): { section: string; text: string }[] {
  if (content.kind === 'cover_letter') {
    return [
      { section: 'recipient', text: `${content.recipient.company}\n${content.recipient.jobTitle}` },
      { section: 'letter', text: [content.greeting, ...content.paragraphs.map((p) => p.text), content.closing].join('\n\n') },
    ];
  }
  return content.sections.map((s) => {
    switch (s.type) {
      case 'summary':
        return { section: s.title, text: s.paragraphs.map((p) => p.text).join('\n\n') };
      case 'skills':
        return { section: s.title, text: s.items.map((i) => i.name).join(', ') };
      case 'experience':
        return {
          section: s.title,
          text: s.items
            .map((e) =>
              [[e.title, e.company, e.location].filter(Boolean).join(', '), [e.start.date, e.isCurrent ? 'present' : e.end.date].filter(Boolean).join(' - '), ...e.bullets.map((b) => `- ${b.text}`)]
                .filter(Boolean)
                .join('\n'),
            )
            .join('\n\n'),
        };
      case 'education':
        return {
          section: s.title,
          text: s.items
            .map((e) => [[e.degree, e.fieldOfStudy].filter(Boolean).join(', '), e.institution, e.end.date, e.grade].filter(Boolean).join('\n'))
            .join('\n\n'),
        };
      case 'projects':
        return {
          section: s.title,
          text: s.items.map((p) => [p.name, p.url, ...p.bullets.map((b) => `- ${b.text}`)].filter(Boolean).join('\n')).join('\n\n'),
        };
      case 'certifications':
        return {
          section: s.title,
          text: s.items.map((c) => [c.name, c.issuer, c.issuedOn.date].filter(Boolean).join(', ')).join('\n'),
        };
    }
  });
}

/** Sentences a reader reads as prose (summary, bullets, letter paragraphs): what reading level is measured on. */
export function runningText(content: DocumentContent): string {
  if (content.kind === 'cover_letter') return content.paragraphs.map((p) => p.text).join(' ');
  return content.sections
    .flatMap((s) => {
      if (s.type === 'summary') return s.paragraphs.map((p) => p.text);
      if (s.type === 'experience' || s.type === 'projects') return s.items.flatMap((i) => i.bullets.map((b) => b.text));
      return [];
    })
    .map((t) => (/[.!?]$/.test(t) ? t : `${t}.`))
    .join(' ');
}
