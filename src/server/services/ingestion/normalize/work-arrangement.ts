/**
 * Remote / hybrid / on-site: the source's own hint first (Lever's workplaceType, Ashby's, a
 * Recruitee flag, JSON-LD TELECOMMUTE), then words in the location and the title ("Remote - US",
 * "Hybrid"). Nothing said means on-site, as most postings that do not say are.
 */
import type { RemoteType } from '@/lib/validators/enums';

function fromWords(text: string): RemoteType | null {
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  if (/\b(remote|telecommute|telecommuting|work from home|wfh|anywhere|distributed)\b/i.test(text)) return 'remote';
  if (/\b(on-?site|in[- ]office|office-based)\b/i.test(text)) return 'onsite';
  return null;
}

export function workArrangement(hint: string | null, location: string | null, title: string): RemoteType {
  const h = (hint ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (/hybrid|flexible/.test(h)) return 'hybrid';
  if (/remote|telecommute|true/.test(h)) return 'remote';
  if (/onsite|office|inperson|false/.test(h)) return 'onsite';
  return fromWords(location ?? '') ?? fromWords(title) ?? 'onsite';
}
