/**
 * Skills that another skill implies: whoever works in PostgreSQL writes SQL, whoever builds with
 * React writes JavaScript, whoever drafts in AutoCAD meets a posting's "CAD". A posting asking for
 * the general skill is met by the specific one (never the other way round: SQL alone is not
 * PostgreSQL, CAD alone is not SolidWorks). Kept to relations no recruiter would dispute, by hand:
 * O*NET files tools under kinds too ("Spreadsheet software", "Computer aided design CAD
 * software"), but its lists hold strays (Outlook as word processing, a disassembler as CAD).
 */
const IMPLIES: Readonly<Record<string, readonly string[]>> = {
  SQL: ['PostgreSQL', 'MySQL', 'SQL Server', 'Oracle Database', 'SQLite', 'MariaDB', 'T-SQL', 'PL/SQL'],
  JavaScript: ['TypeScript', 'React', 'Angular', 'Vue.js', 'Node.js', 'jQuery', 'Next.js', 'Express'],
  Python: ['Django', 'Flask', 'FastAPI', 'Pandas', 'NumPy'],
  Java: ['Spring', 'Spring Boot', 'Hibernate'],
  // Kinds of tool as postings (and O*NET) name them, met by the products everyone files under them.
  'Computer aided design CAD software': [
    'AutoCAD',
    'SolidWorks',
    'CATIA',
    'PTC Creo Parametric',
    'Siemens NX',
    'Autodesk Inventor',
    'Autodesk Revit',
    'Bentley MicroStation',
    'Trimble SketchUp Pro',
    'McNeel Rhinoceros 3D',
  ],
  'Computer aided manufacturing CAM software': [
    'Mastercam',
    'Siemens NX',
    'CATIA',
    'Autodesk PowerMill',
    '3D Systems GibbsCAM',
    'DP Technology ESPRIT',
  ],
  'Spreadsheet software': ['Microsoft Excel', 'Google Sheets', 'Apple Numbers', 'LibreOffice Calc'],
  'Presentation software': ['Microsoft PowerPoint', 'Google Slides', 'Apple Keynote', 'LibreOffice Impress'],
  'Word processing software': ['Microsoft Word', 'Google Docs', 'Apple Pages', 'LibreOffice Writer'],
  // A maker's product line is the maker's tool.
  'ANSYS simulation software': ['ANSYS'],
};

/** General skill name -> the names of the skills that imply it. */
export function impliedSkillSources(): ReadonlyArray<readonly [string, readonly string[]]> {
  return Object.entries(IMPLIES);
}
