/**
 * The resume dataset's 25 categories as O*NET occupations: the labels of the evaluation. A category
 * maps to the codes whose postings count as "the same occupation" (grade 2); a job whose code O*NET
 * relates to one of them (any tier, either direction) is grade 1. Chosen by reading the resumes of
 * each category and O*NET's titles, before any ranking was run; where O*NET files one job title
 * under two codes (e.g. "Java Developer" is an alternate title of Computer Programmers, "Python
 * Developer" of Software Developers) both count.
 */
export const CATEGORY_OCCUPATIONS: Readonly<Record<string, readonly string[]>> = {
  // Court practice, drafting, litigation: lawyers.
  Advocate: ['23-1011.00'],
  'Automation Testing': ['15-1253.00'],
  // O*NET 29 has its own occupation for them.
  Blockchain: ['15-1299.07'],
  // O*NET files "Business Analyst" under Management Analysts; the resumes are IT-side analysts.
  'Business Analyst': ['13-1111.00', '15-1211.00'],
  'Civil Engineer': ['17-2051.00'],
  'Data Science': ['15-2051.00'],
  // DBAs (Oracle, SQL Server) and database developers.
  Database: ['15-1242.00', '15-1243.00'],
  // O*NET lists "DevOps Engineer" as an alternate title of Software Developers.
  'DevOps Engineer': ['15-1252.00'],
  'DotNet Developer': ['15-1252.00', '15-1251.00'],
  'ETL Developer': ['15-1243.01'],
  'Electrical Engineering': ['17-2071.00'],
  // HR executives, recruiters and HR assistants.
  HR: ['13-1071.00', '11-3121.00'],
  // "Big Data Engineer" is an alternate title of Database Architects and Data Warehousing Specialists.
  Hadoop: ['15-1243.00', '15-1243.01'],
  // Gym trainers and fitness instructors.
  'Health and fitness': ['39-9031.00'],
  'Java Developer': ['15-1252.00', '15-1251.00'],
  'Mechanical Engineer': ['17-2141.00'],
  'Network Security Engineer': ['15-1299.05', '15-1212.00'],
  'Operations Manager': ['11-1021.00'],
  // Project management office: project coordinators and managers.
  PMO: ['13-1082.00', '15-1299.09'],
  'Python Developer': ['15-1252.00', '15-1251.00'],
  // SAP ABAP / BO / HANA developers.
  'SAP Developer': ['15-1252.00', '15-1251.00'],
  // Sales managers and executives of cars, flats, finance products.
  Sales: ['11-2022.00', '41-3091.00'],
  Testing: ['15-1253.00'],
  'Web Designing': ['15-1255.00', '15-1254.00'],
};

/**
 * Left out: its six resumes are an MBA in marketing, a fine-arts lecturer, a performing-arts
 * programme manager, an interior-design student, a karate instructor and a drawing teacher; no
 * occupation (or small set of them) fits the category.
 */
export const EXCLUDED_CATEGORIES: ReadonlySet<string> = new Set(['Arts']);
