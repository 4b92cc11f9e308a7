import { extractSkills } from '@/server/services/skills/taxonomy';
import { htmlToCleanText } from '@/server/services/ingestion/normalize/clean-text';
import { loadRealPostings } from './etl-data';
import { createHash } from 'node:crypto';
const real = loadRealPostings();
const texts = real.map((p) => `${p.title}\n${p.description}`);
extractSkills('warm up python'); 
const digest = () => createHash('sha1').update(JSON.stringify(texts.map((t) => extractSkills(t).map((s) => s.key)))).digest('hex');
console.log('digest', digest());
for (let r = 0; r < Number(process.env.R ?? 4); r++) {
  const t0 = performance.now();
  let n = 0;
  for (const t of texts) n += extractSkills(t).length;
  const ms = performance.now() - t0;
  console.log(`skills: ${(ms / texts.length * 1000).toFixed(0)} us/posting, ${n} skills, chars/posting ${(texts.reduce((a, t) => a + t.length, 0) / texts.length).toFixed(0)}`);
}
for (let r = 0; r < 2; r++) {
  const t0 = performance.now();
  for (const p of real) htmlToCleanText(p.description);
  console.log(`clean: ${((performance.now() - t0) / real.length * 1000).toFixed(0)} us/posting`);
}
