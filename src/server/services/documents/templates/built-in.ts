import type { DocumentTemplate } from '@/lib/validators/documents';

type Section = DocumentTemplate['sections'][number];
const section = (type: Section['type'], title: string, order: number, column: Section['column'] = 'main'): Section => ({
  type,
  title,
  order,
  visible: true,
  column,
});

/**
 * The templates every seeker can pick. Section titles of the ATS-friendly one are the plain
 * headings applicant-tracking parsers (and our own importer) look for; it has one column and a
 * standard font so the text reads back in order.
 */
export const BUILT_IN_TEMPLATES: readonly DocumentTemplate[] = [
  {
    id: 'ats-friendly',
    name: 'ATS-friendly',
    category: 'ats-friendly',
    layout: 'single-column',
    sections: [
      section('summary', 'Summary', 0),
      section('experience', 'Experience', 1),
      section('skills', 'Skills', 2),
      section('education', 'Education', 3),
      section('projects', 'Projects', 4),
      section('certifications', 'Certifications', 5),
    ],
    styling: {
      fontFamily: 'Helvetica',
      fontSize: 11,
      colors: { primary: '#000000', text: '#000000', accent: '#333333' },
      lineHeight: 1.2,
      sectionGap: 12,
    },
  },
  {
    id: 'classic',
    name: 'Classic',
    category: 'classic',
    layout: 'single-column',
    sections: [
      section('summary', 'Professional Summary', 0),
      section('experience', 'Professional Experience', 1),
      section('education', 'Education', 2),
      section('skills', 'Skills', 3),
      section('certifications', 'Certifications', 4),
      section('projects', 'Projects', 5),
    ],
    styling: {
      fontFamily: 'Times-Roman',
      fontSize: 11,
      colors: { primary: '#1a1a1a', text: '#1a1a1a', accent: '#555555' },
      lineHeight: 1.25,
      sectionGap: 14,
    },
  },
  {
    id: 'modern',
    name: 'Modern',
    category: 'modern',
    layout: 'two-column',
    sections: [
      section('summary', 'Profile', 0),
      section('experience', 'Experience', 1),
      section('projects', 'Projects', 2),
      section('education', 'Education', 3),
      section('skills', 'Skills', 4, 'side'),
      section('certifications', 'Certifications', 5, 'side'),
    ],
    styling: {
      fontFamily: 'Helvetica',
      fontSize: 10,
      colors: { primary: '#1f4e79', text: '#222222', accent: '#2e75b6' },
      lineHeight: 1.3,
      sectionGap: 12,
    },
  },
  {
    id: 'executive',
    name: 'Executive',
    category: 'executive',
    layout: 'sidebar',
    sections: [
      section('summary', 'Executive Summary', 0),
      section('experience', 'Leadership Experience', 1),
      section('education', 'Education', 2),
      section('skills', 'Core Competencies', 3, 'side'),
      section('certifications', 'Certifications', 4, 'side'),
      section('projects', 'Selected Projects', 5),
    ],
    styling: {
      fontFamily: 'Times-Roman',
      fontSize: 11,
      colors: { primary: '#2b2b2b', text: '#2b2b2b', accent: '#8c6d1f' },
      lineHeight: 1.3,
      sectionGap: 16,
    },
  },
];
