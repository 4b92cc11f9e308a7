/**
 * Real postings' titles -> O*NET occupations: the labels of the real half of the job pool. Rules
 * are tried in order and the first match wins; a title no rule matches is left out of the pool
 * (unlabelled, it could be neither relevant nor irrelevant). Written from the titles alone, before
 * any ranking ran; O*NET's own alternate titles decided ambiguous ones ("Data Engineer" is filed
 * under Database Architects, "Machine Learning Engineer" and "Data Analyst" under Data Scientists).
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/\b(etl|data warehous\w*|informatica)\b/i, '15-1243.01'],
  [/\b(data engineer\w*|big data|hadoop|spark|data architect|data platform|data infrastructure)\b/i, '15-1243.00'],
  [/\b(database admin\w*|dba)\b/i, '15-1242.00'],
  [/\b(machine learning|deep learning|ml|ai|artificial intelligence|nlp|computer vision)\b/i, '15-2051.00'],
  [/\b(data scien\w*)\b/i, '15-2051.00'],
  [/\b(bio)?statistic\w*\b/i, '15-2041.00'],
  [/\b(business intelligence|bi|tableau|power bi|visuali[sz]ation|reporting analyst)\b/i, '15-2051.01'],
  [/\b(clinical data)\b/i, '15-2051.02'],
  [/\b(security|cyber)\b/i, '15-1212.00'],
  [
    /\b(software (engineer|developer)|developer|programmer|full stack|backend|back end|front end|frontend)\b/i,
    '15-1252.00',
  ],
  [/\b(qa|quality assurance|test engineer|tester)\b/i, '15-1253.00'],
  [/\b(financial analyst|finance analyst|fp&a)\b/i, '13-2051.00'],
  [/\b(marketing analyst|market research|marketing analytics|marketing data)\b/i, '13-1161.00'],
  [/\bbusiness (systems )?analyst\b/i, '13-1111.00'],
  [/\b(operations research|operations analyst)\b/i, '15-2031.00'],
  [/\b(project manager|program manager)\b/i, '13-1082.00'],
  [/\b(data analy\w*|analytics|data specialist|quantitative analyst|data associate)\b/i, '15-2051.00'],
];

export function occupationOfPostingTitle(title: string): string | null {
  for (const [pattern, code] of RULES) if (pattern.test(title)) return code;
  return null;
}
