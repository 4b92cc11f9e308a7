/**
 * Language names the English text parser breaks apart: it reads "C#", "C++" and "C" all as the
 * one-letter word "c", and ".NET" as "net", so a search for C# listed C and C++ jobs alike. The
 * stored search text and the keywords are both rewritten (search-words.ts and migration 0032's
 * job_search_text) so each name is a word of its own. On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchJobs } from '@/server/services/jobs/search/search-jobs';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { insertJob } from './helpers/jobs';

const modes = await availableModes();

const JOBS = {
  csharp: { title: 'C# Developer', description: 'Build services with ASP.NET Core and C#/.NET 8.' },
  cpp: { title: 'C++ Engineer', description: 'Low-latency C++17 code; some C/C++ interop.' },
  c: { title: 'Embedded C Programmer', description: 'Firmware in C for microcontrollers.' },
  fsharp: { title: 'Quantitative Developer', description: 'Pricing models in F# and Python.' },
  dotnet: { title: '.NET Developer', description: 'Maintain VB.NET and .NET Framework applications.' },
  aspnet: { title: 'Web Developer', description: 'ASP.NET MVC sites for our clients.' },
  network: { title: 'Network Engineer', description: 'Run the office network and the .network domain.' },
} as const;

describe.each(modes)('language names in job search on %s', (mode) => {
  let tdb: TestDatabase;
  const id: Record<string, string> = {};
  const found = async (keywords: string) => {
    const out = await searchJobs(tdb.db, { keywords, sort: 'newest', limit: 50 });
    return out.items.map((j) => Object.keys(id).find((k) => id[k] === j.id)).sort();
  };

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    let daysAgo = 1;
    for (const [key, job] of Object.entries(JOBS)) {
      id[key] = (await insertJob(tdb.db, { ...job, companyName: 'Initech', daysAgo: daysAgo++ })).id;
    }
  });
  afterAll(() => tdb.destroy());

  it('"C#" finds the C# job, not the C or C++ ones', async () => {
    expect(await found('C#')).toEqual(['csharp']);
    expect(await found('c# developer')).toEqual(['csharp']);
  });

  it('"C++" finds the C++ job, not the C or C# ones', async () => {
    expect(await found('C++')).toEqual(['cpp']);
  });

  it('"C" still finds every job that names C on its own', async () => {
    // "C/C++" in the C++ job's description names C too.
    expect(await found('C')).toEqual(['c', 'cpp']);
  });

  it('"F#" and ".NET" are words of their own', async () => {
    expect(await found('F#')).toEqual(['fsharp']);
    // ASP.NET and VB.NET are .NET too; the named forms still find only themselves.
    expect(await found('.NET')).toEqual(['aspnet', 'csharp', 'dotnet']);
    expect(await found('ASP.NET')).toEqual(['aspnet', 'csharp']);
    expect(await found('network')).toEqual(['network']);
  });

  it('websearch syntax keeps working around the names', async () => {
    expect(await found('"C# developer"')).toEqual(['csharp']);
    expect(await found('developer -C#')).toEqual(['aspnet', 'dotnet', 'fsharp']);
    expect(await found('C# OR C++')).toEqual(['cpp', 'csharp']);
  });
});
