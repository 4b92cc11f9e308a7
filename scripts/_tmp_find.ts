import { loadOnet } from '@/server/data/onet';
const o = loadOnet().occupations;
const qs = process.argv.slice(2);
for (const q of qs) {
  const re = new RegExp(q, 'i');
  const hits = o.filter(x => re.test(x.title) || x.alternateTitles.some(t=>re.test(t)) || x.reportedTitles.some(t=>re.test(t)));
  console.log('##', q, hits.slice(0,12).map(x => `${x.code} ${x.title} [${[x.title,...x.alternateTitles,...x.reportedTitles].filter(t=>re.test(t)).slice(0,3).join('; ')}]`).join('\n   '));
}
