import { describe, expect, it } from 'vitest';
import { deriveOnetSkill, findVendors } from './onet-names';

const english = new Set([
  'email',
  'web',
  'browser',
  'spreadsheet',
  'computer',
  'project',
  'structured',
  'query',
  'language',
  'national',
  'operating',
  'database',
]);
const vendors = new Set(['Microsoft', 'Oracle', 'Autodesk', 'Amazon']);
const aliases = (name: string) => deriveOnetSkill(name, vendors, english)?.aliases.map((a) => a.text) ?? null;

describe('findVendors', () => {
  it('finds makers shared by several product names, never an English word', () => {
    const names = [
      'Microsoft Excel',
      'Microsoft Word',
      'Microsoft Visual Studio',
      'Microsoft Visual Basic',
      'Microsoft Visual C#',
      'Computer Aided Design',
      'Computer Vision Tool',
      'Computer Graphics Kit',
      'National Instruments LabVIEW',
      'National Instruments Multisim',
      'National Instruments DAQ',
    ];
    const found = findVendors(names, english);
    expect(found).toContain('Microsoft');
    expect(found).toContain('National Instruments');
    expect(found).not.toContain('Computer');
    // "Microsoft Visual" is not a vendor: "Microsoft Visual Studio" must not shrink to "Studio".
    expect(found).not.toContain('Microsoft Visual');
  });
});

describe('deriveOnetSkill', () => {
  it('drops generic category names', () => {
    expect(deriveOnetSkill('Email software', vendors, english)).toBeNull();
    expect(deriveOnetSkill('Web browser software', vendors, english)).toBeNull();
  });

  it("keeps a maker's description whole: its last word is what it names", () => {
    // Seen on a walk: a job's chip read "Microsoft operating".
    expect(deriveOnetSkill('Microsoft operating system', vendors, english)?.name).toBe('Microsoft operating system');
    expect(deriveOnetSkill('Oracle database software', vendors, english)?.name).toBe('Oracle database software');
    // A product's own name still sheds the generic word.
    expect(deriveOnetSkill('Microsoft Project software', vendors, english)?.name).toBe('Microsoft Project');
  });

  it('keeps the vendor in the display name only where that is the usual name', () => {
    expect(deriveOnetSkill('Oracle Java', vendors, english)).toMatchObject({
      name: 'Oracle Java',
      mergeNames: ['Java', 'Java'],
    });
    expect(deriveOnetSkill('Autodesk AutoCAD', vendors, english)?.name).toBe('AutoCAD');
    expect(aliases('Autodesk AutoCAD')).toEqual(['Autodesk AutoCAD', 'AutoCAD']);
  });

  it('turns a trailing acronym into the skill, with the long form as an alias', () => {
    const sql = deriveOnetSkill('Structured query language SQL', vendors, english);
    expect(sql?.name).toBe('SQL');
    expect(sql?.aliases.map((a) => a.text)).toContain('Structured query language');
    expect(deriveOnetSkill('Amazon Elastic Compute Cloud EC2', vendors, english)?.name).toBe('Amazon EC2');
    expect(deriveOnetSkill('Amazon Web Services AWS software', vendors, english)?.name).toBe('AWS');
  });

  it('never reduces a product to a plain English word', () => {
    const project = deriveOnetSkill('Microsoft Project', vendors, english);
    expect(project?.name).toBe('Microsoft Project');
    expect(project?.aliases.map((a) => a.text)).not.toContain('Project');
  });
});
