/**
 * A local "career site" for the ingestion specs: job pages that embed schema.org JobPosting
 * JSON-LD, served on 127.0.0.1 at the port playwright.config.ts lets ingestion fetch from
 * (INGESTION_ALLOW_PRIVATE_HOSTS).
 */
import http from 'node:http';

export const FIXTURE_PORT = Number(process.env.E2E_PORT ?? 3100) + 57;
export const FIXTURE_ORIGIN = `http://127.0.0.1:${FIXTURE_PORT}`;

export interface FixturePosting {
  id: string;
  title: string;
  company: string;
  city: string;
  region: string;
  description: string;
}

function jobPosting(p: FixturePosting) {
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: p.title,
    description: `<p>${p.description}</p><ul><li>Python and SQL every day</li><li>3+ years of experience</li></ul>`,
    datePosted: '2026-11-20',
    employmentType: 'FULL_TIME',
    identifier: { '@type': 'PropertyValue', name: p.company, value: p.id },
    hiringOrganization: { '@type': 'Organization', name: p.company },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: p.city, addressRegion: p.region, addressCountry: 'US' },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 150000, unitText: 'YEAR' },
    },
  };
}

function page(postings: FixturePosting[]): string {
  const blocks = postings
    .map((p) => `<script type="application/ld+json">${JSON.stringify(jobPosting(p))}</script>`)
    .join('\n');
  return `<!doctype html><html><head><title>Careers</title>${blocks}</head><body><h1>Careers</h1></body></html>`;
}

/** Serves /jobs/<id> (one posting) and /careers (all of them). Returns a function that stops it. */
export async function serveJobPages(postings: FixturePosting[]): Promise<() => Promise<void>> {
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const one = postings.find((p) => path === `/jobs/${p.id}`);
    const body = one ? page([one]) : path === '/careers' ? page(postings) : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(FIXTURE_PORT, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
