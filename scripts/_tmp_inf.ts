import { performance } from 'node:perf_hooks';
import { inferOccupations } from '@/server/services/matching/occupations/infer-occupations';
let t = performance.now();
console.log(inferOccupations({ title: 'Senior React Developer' }));
console.log('first', performance.now() - t);
for (const title of ['Registered Nurse', 'Truck Driver', 'Data Scientist', 'Java Developer', 'Business Analyst', 'ETL Developer', 'Advocate', 'HR', 'Sales Manager', 'Hadoop Developer', '']) {
  console.log(title, inferOccupations({ title }, 3).map(g => `${g.code} ${g.title} ${g.confidence.toFixed(2)}`).join(' | '));
}
