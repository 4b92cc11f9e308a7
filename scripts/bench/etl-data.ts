/**
 * Real postings from ../shared/data/jobs (LinkedIn 2018 data analyst / scientist CSVs, Glassdoor
 * data-science CSV), read once for bench:etl: the 50,000-posting file and the duplicate pairs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export interface RealPosting {
  title: string;
  company: string;
  location: string;
  description: string;
  salary: string | null;
  employmentType: string | null;
}

export const DATA_DIR = path.resolve(process.cwd(), '..', 'shared', 'data', 'jobs');

const rows = (file: string) =>
  parse(readFileSync(path.join(DATA_DIR, file), 'utf8'), {
    columns: true,
    bom: true,
    relax_column_count: true,
  }) as Record<string, string>[];

export function loadRealPostings(): RealPosting[] {
  const linkedin = ['linkedin-2018/DataAnalyst.csv', 'linkedin-2018/DataScientist.csv'].flatMap((f) =>
    rows(f).map((r) => ({
      title: r.title ?? '',
      company: r.company ?? '',
      location: r.location ?? '',
      description: r.description ?? '',
      salary: null,
      employmentType: r.employment_type || null,
    })),
  );
  const glassdoor = rows('glassdoor-ds/glassdoor_jobs.csv').map((r) => ({
    title: r['Job Title'] ?? '',
    // Glassdoor appends the rating to the name: "Tecolote Research\n3.8".
    company: (r['Company Name'] ?? '').split('\n')[0] ?? '',
    location: r.Location ?? '',
    description: r['Job Description'] ?? '',
    salary: r['Salary Estimate'] && r['Salary Estimate'] !== '-1' ? r['Salary Estimate'] : null,
    employmentType: null,
  }));
  // The two LinkedIn files and Glassdoor overlap: keep one of each (employer, title, text).
  const seen = new Set<string>();
  return [...linkedin, ...glassdoor].filter((p) => {
    const key = `${p.company}\u0000${p.title}\u0000${p.description.slice(0, 500)}`;
    if (seen.has(key) || !p.title.trim() || !p.company.trim() || p.description.trim().length < 200) return false;
    seen.add(key);
    return true;
  });
}

/** Deterministic PRNG (mulberry32): the same seed builds the same file. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

export function jobPostingLd(p: RealPosting, id: string, extra: Record<string, unknown> = {}) {
  const [locality, region] = p.location.split(',').map((s) => s.trim());
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: id,
    title: p.title,
    description: p.description,
    hiringOrganization: { '@type': 'Organization', name: p.company },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: locality,
        addressRegion: region ?? null,
        addressCountry: 'US',
      },
    },
    datePosted: '2026-11-15',
    ...(p.employmentType ? { employmentType: p.employmentType } : {}),
    ...(p.salary ? { baseSalary: p.salary } : {}),
    ...extra,
  };
}

/**
 * 50,000 distinct postings: each takes a real posting's title and description, another real
 * posting's paragraph appended, an employer from the real ones (varied with a division), and a
 * real location; ids are unique and no two records are the same.
 */
export function buildFeed(real: readonly RealPosting[], n: number, seed = 20261203) {
  const rand = prng(seed);
  const companies = [...new Set(real.map((p) => p.company))];
  const locations = [...new Set(real.map((p) => p.location).filter(Boolean))];
  const divisions = ['', ' Labs', ' Digital', ' Health', ' Financial', ' Analytics', ' Technologies', ' Services'];
  const out: ReturnType<typeof jobPostingLd>[] = [];
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length] as RealPosting;
    const other = pick(rand, real);
    const paragraph =
      other.description.split(/\n+|(?<=\.)\s{2,}/).find((s) => s.length > 80) ?? other.description.slice(0, 300);
    out.push(
      jobPostingLd(
        {
          ...base,
          company: `${pick(rand, companies)}${pick(rand, divisions)}`,
          location: pick(rand, locations),
          description: `${base.description}\n\n${paragraph}\n\nRequisition ${i + 1}.`,
        },
        `bench-${i + 1}`,
      ),
    );
  }
  return out;
}
