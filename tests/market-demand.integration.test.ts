/**
 * The demand a skill gap quotes ("required by 40% of similar open jobs"), on both databases: a
 * share of the other open jobs of the occupation, never of a sample too small to be a market.
 */
import { describe, expect, it } from 'vitest';
import { marketDemand, MIN_DEMAND_SAMPLE } from '@/server/services/matching/market-demand';
import { availableModes } from './helpers/databases';
import { insertJob } from './helpers/jobs';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

describe.each(modes)('market demand on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  it('is the share of the other open jobs of the occupation, without the job itself', async () => {
    const { db } = tdb();
    const code = '15-1252.00';
    const self = await insertJob(db, { occupationCode: code, requiredSkills: ['Docker', 'Go'] });
    for (let i = 0; i < MIN_DEMAND_SAMPLE; i++) {
      await insertJob(db, { occupationCode: code, requiredSkills: i % 2 === 0 ? ['Docker'] : ['Python'] });
    }
    await insertJob(db, { occupationCode: code, requiredSkills: ['Go'], status: 'closed' });
    const demand = await marketDemand(db, code, self.id);
    expect(demand?.get('Docker')).toBe(0.5);
    expect(demand?.get('Python')).toBe(0.5);
    // Only the job itself (and a closed one) asks for Go.
    expect(demand?.has('Go')).toBe(false);
  });

  it('quotes no share when fewer other jobs are open than make a market', async () => {
    const { db } = tdb();
    const code = '29-1141.00';
    const self = await insertJob(db, { occupationCode: code, requiredSkills: ['Triage'] });
    for (let i = 0; i < MIN_DEMAND_SAMPLE - 1; i++)
      await insertJob(db, { occupationCode: code, requiredSkills: ['Triage'] });
    expect(await marketDemand(db, code, self.id)).toBeUndefined();
  });
});
