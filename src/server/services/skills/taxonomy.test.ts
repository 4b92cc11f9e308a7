import { describe, expect, it } from 'vitest';
import { canonicalizeSkill, extractSkills, skillByKey } from './taxonomy';

const names = (text: string, options?: Parameters<typeof extractSkills>[1]) =>
  extractSkills(text, options).map((s) => s.name);

describe('canonicalizeSkill', () => {
  it('maps spellings and aliases to one skill with a display name', () => {
    for (const raw of ['ReactJS', 'react.js', 'React', 'react js', 'REACT']) {
      expect(canonicalizeSkill(raw)).toEqual({ name: 'React', key: 'react', category: 'technical', known: true });
    }
    expect(canonicalizeSkill('js').name).toBe('JavaScript');
    expect(canonicalizeSkill('k8s').name).toBe('Kubernetes');
    expect(canonicalizeSkill('nodejs').name).toBe('Node.js');
    expect(canonicalizeSkill('postgres').name).toBe('PostgreSQL');
    expect(canonicalizeSkill('golang').name).toBe('Go');
  });

  it('joins vendor-prefixed O*NET names with the plain product', () => {
    expect(canonicalizeSkill('Oracle Java').key).toBe(canonicalizeSkill('Java').key);
    expect(canonicalizeSkill('Autodesk AutoCAD').name).toBe('AutoCAD');
    expect(canonicalizeSkill('The MathWorks MATLAB').name).toBe('MATLAB');
    expect(canonicalizeSkill('MS Excel').name).toBe('Microsoft Excel');
    expect(canonicalizeSkill('Structured query language').name).toBe('SQL');
  });

  it('drops versions and qualifiers that do not change the skill', () => {
    expect(canonicalizeSkill('HTML5').name).toBe('HTML');
    expect(canonicalizeSkill('Python 3').name).toBe('Python');
    expect(canonicalizeSkill('SQL Server 2008').name).toBe('SQL Server');
    expect(canonicalizeSkill('Windows Server 2012 R2').name).toBe('Windows Server');
    expect(canonicalizeSkill('Angular 6').name).toBe('Angular');
    expect(canonicalizeSkill('Python programming').name).toBe('Python');
  });

  it('knows non-technical categories', () => {
    expect(canonicalizeSkill('Spanish').category).toBe('language');
    expect(canonicalizeSkill('PMP').category).toBe('certification');
    expect(canonicalizeSkill('team player')).toMatchObject({ name: 'Teamwork', category: 'soft' });
    // Filed as technical, an import's review form said so (a walk).
    expect(canonicalizeSkill('Team Leadership')).toMatchObject({ name: 'Team Leadership', category: 'soft' });
    expect(canonicalizeSkill('Banking').category).toBe('industry');
    expect(canonicalizeSkill('Payroll').category).toBe('technical');
  });

  it('keeps unknown input as typed, cleaned, with known=false', () => {
    expect(canonicalizeSkill('  Quantum   Basket  Weaving ')).toEqual({
      name: 'Quantum Basket Weaving',
      key: 'quantum basket weaving',
      category: 'technical',
      known: false,
    });
    expect(canonicalizeSkill('Acme Certified Widget Installer').category).toBe('certification');
    expect(canonicalizeSkill('').known).toBe(false);
  });

  it('looks skills up by key', () => {
    expect(skillByKey('react')?.name).toBe('React');
    expect(skillByKey('no such skill')).toBeNull();
  });
});

describe('extractSkills', () => {
  it('finds skills in a list with word boundaries, once each, in order', () => {
    const found = extractSkills('Skills: Python, JavaScript/jQuery, Node.js, SQL Server 2016. Also python scripts.');
    expect(found.map((s) => s.name)).toEqual(['Python', 'JavaScript', 'jQuery', 'Node.js', 'SQL Server']);
    expect(found[0]).toMatchObject({ occurrences: 2, firstIndex: 8, matchedText: 'Python', known: true });
  });

  it('accepts short and ambiguous names only in list context', () => {
    expect(names('Languages: C, C++, Java, Go, R')).toEqual(['C', 'C++', 'Java', 'Go', 'R']);
    expect(names('I go to the office every day and excel at planning.')).toEqual([]);
    expect(names('Worked in R&D (c) on the spring release.')).toEqual([]);
    expect(names('Tools • Excel • Word • Access')).toEqual(['Microsoft Excel', 'Microsoft Word', 'Microsoft Access']);
    expect(names('Built services in the Go language.')).toEqual(['Go']);
    expect(names('Ran Windows 10 and Windows XP labs.')).toEqual(['Windows']);
  });

  it('treats a whole skills section as a list when told to', () => {
    expect(names('Excel\nPowerPoint')).toEqual(['Microsoft PowerPoint']);
    expect(names('Excel\nPowerPoint', { listContext: true })).toEqual(['Microsoft Excel', 'Microsoft PowerPoint']);
  });

  it('needs a cue for human languages and industries', () => {
    expect(names('Studied in an English medium school in Tamil Nadu.')).toEqual([]);
    expect(names('Fluent in English and Hindi.')).toEqual(['English', 'Hindi']);
    expect(names('Completed German A1 level.')).toEqual(['German']);
    expect(names('Domain: Banking, Insurance')).toEqual(['Banking', 'Insurance']);
    expect(names('Worked for a banking client.')).toEqual([]);
  });

  it('ignores URLs, emails and company names', () => {
    expect(names('linkedin.com/in/jane-java | jane@python.org | https://github.com/go')).toEqual([]);
    expect(names('Engineer at ADOR WELDING LTD and Oracle Corporation')).not.toContain('Welding');
    expect(names('Engineer at ADOR WELDING LTD and Oracle Corporation')).not.toContain('Oracle Database');
  });

  it('does not read a word run into the next sentence as a web address', () => {
    // Text extracted from PDFs and scraped pages loses the space after a full stop: "SQL.Communication"
    // is a skill and a sentence, not the host "SQL.Co".
    expect(names('Skills: Python, SQL.Communication is key')).toEqual(['Python', 'SQL']);
    expect(names('Experience with Kubernetes.Including on-call')).toEqual(['Kubernetes']);
    expect(names('Skills: Python, Java.In this role you lead')).toEqual(['Python', 'Java']);
    expect(names('Apply at careers.acme.io/python or acme.com; Visit ACME.COM')).toEqual([]);
  });

  it('matches multi-word and split spellings, and one-typo product names in lists', () => {
    expect(names('Experience with machine learning and natural language processing.')).toEqual([
      'Machine Learning',
      'Natural Language Processing',
    ]);
    expect(names('Visualised with Matplot lib and Power BI.')).toEqual(['Matplotlib', 'Power BI']);
    const typo = extractSkills('Tools: Xillinx, ModelSim');
    expect(typo.map((s) => [s.name, s.fuzzy])).toEqual([
      ['Xilinx', true],
      ['ModelSim', false],
    ]);
    expect(names('The xillinx board')).toEqual([]);
  });

  it('picks the longest alias among the many that share a common first word', () => {
    // "Microsoft" and "data" each start dozens of aliases: the scan narrows them by the second word.
    expect(
      names('Skills: Microsoft SQL Server, Microsoft Excel, Microsoft Word; data structures, data warehousing'),
    ).toEqual(['SQL Server', 'Microsoft Excel', 'Microsoft Word', 'Data Structures', 'Data Warehousing']);
    expect(names('Worked with Microsoft SQL Server Integration Services and Microsoft SQL')).toEqual(['SSIS', 'SQL']);
    expect(names('Built with Java Script and Type Script on Microsoft\nSQL Server')).toEqual([
      'JavaScript',
      'TypeScript',
      'SQL Server',
    ]);
  });

  it('needs more than one bare mention of an everyday word', () => {
    expect(names('Supervised the calibration of gauges.')).toEqual([]);
    expect(names('Responsible for calibration of gauges.')).toEqual(['Calibration']);
    expect(names('PLC programming; the client is Acme plc.')).toEqual(['PLC Programming']);
  });

  it('does not take the verb for the product: "react to change", "remedy the issue"', () => {
    expect(names('I can react quickly to change and react to feedback.')).toEqual([]);
    expect(names('Worked with the team to remedy the issues.')).toEqual([]);
    expect(names('Ability to adjust plans and react as needed; able to react, respond or react.')).toEqual([]);
    // The products, in the same sentences a developer or an IT desk writes.
    expect(names('Built dashboards with react and Redux.')).toEqual(['React', 'Redux']);
    expect(names('Used React to build the checkout.')).toEqual(['React']);
    expect(names('Built the checkout using react to display live prices.')).toEqual(['React']);
    expect(names('Developed single page apps in react to improve conversion.')).toEqual(['React']);
    expect(names('Identify issues and react to emerging concerns; how it may react to shocks.')).toEqual([]);
    expect(names('Tickets tracked in BMC Remedy.')).toEqual(['BMC Remedy']);
  });

  it('reads a product named by an everyday word when written as the product beside another skill', () => {
    expect(names('Built dashboards in Tableau and SQL.')).toEqual(['Tableau', 'SQL']);
    expect(names('Used Excel and Salesforce daily.')).toEqual(['Microsoft Excel', 'Salesforce']);
    expect(names('Automated the reports with Excel, VBA and Power BI.')).toEqual([
      'Microsoft Excel',
      'VBA',
      'Power BI',
    ]);
    expect(names('Offices in San Francisco, Python shop.')).toEqual(['Python']);
    expect(names('Basic knowledge of SQL.')).toEqual(['SQL']);
    // Alone, at the start of a sentence, or in lower case, it is still the word.
    expect(names('Grew the Go region with the Spring campaign.')).toEqual([]);
    expect(names('Excel at SQL reporting.')).toEqual(['SQL']);
    expect(names('We excel in SQL.')).toEqual(['SQL']);
  });

  it('returns nothing for empty text', () => {
    expect(extractSkills('   ')).toEqual([]);
  });
});
