/**
 * Two relations between tools read from O*NET's technology skills, for implied-skills.ts:
 * - a kind of tool and its products: O*NET files "Microsoft Excel" under "Spreadsheet software" and
 *   "AutoCAD" under "Computer aided design CAD software", and postings ask for the kind ("CAD",
 *   "Spreadsheet software"); whoever uses a product of the kind meets that;
 * - a maker's product line and the maker's tool: "ANSYS simulation software" is ANSYS's, and
 *   whoever lists ANSYS uses it.
 * Only kinds that name a kind: one the taxonomy does not know as a skill of its own, or one it
 * knows by an acronym (CAD, ERP). "Project management software" reads as the skill "Project
 * Management", a competence no tool proves.
 */
import { loadOnet } from '@/server/data/onet';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
const MAKER = /^[A-Z][A-Z0-9]+$/;

/** Kind name -> the names of the products O*NET files under it. */
export function onetKindsOfTools(): [string, string[]][] {
  const members = new Map<string, Set<string>>();
  for (const occupation of loadOnet().occupations) {
    for (const tool of occupation.technologySkills) {
      if (!tool.category || tool.name === tool.category) continue;
      let names = members.get(tool.category);
      if (!names) members.set(tool.category, (names = new Set()));
      names.add(tool.name);
    }
  }
  const out: [string, string[]][] = [];
  for (const [kind, names] of members) {
    const skill = canonicalizeSkill(kind);
    if (skill.known && !ACRONYM.test(skill.name)) continue;
    // A product the taxonomy reads as the kind itself adds nothing (and must not imply itself).
    const products = [...names].filter((n) => canonicalizeSkill(n).key !== skill.key);
    if (products.length > 0) out.push([kind, products]);
  }
  return out;
}

/**
 * Product line -> its maker's tool: a maker named in capitals that the taxonomy knows, followed by
 * lower-case words only (a description, as in "ANSYS simulation software"; "Spring Boot" is a
 * product of its own), and a line the taxonomy still names after its maker ("Citrix cloud
 * computing software" reads as "Cloud Computing", and "Word processing software" is no Word's).
 */
export function onetMakersLines(): [string, string[]][] {
  const out = new Map<string, string>();
  for (const occupation of loadOnet().occupations) {
    for (const { name } of occupation.technologySkills) {
      const [maker, ...rest] = name.split(/\s+/);
      if (!maker || !MAKER.test(maker) || rest.length === 0 || !rest.every((w) => /^\p{Ll}+$/u.test(w))) continue;
      const makerSkill = canonicalizeSkill(maker);
      const line = canonicalizeSkill(name);
      if (makerSkill.known && line.key !== makerSkill.key && line.name.startsWith(`${maker} `)) out.set(name, maker);
    }
  }
  return [...out].map(([line, maker]) => [line, [maker]]);
}
