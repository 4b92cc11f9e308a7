/** How documents print and name a seeker's profile and portfolio addresses. */

/** "https://www.linkedin.com/in/ada" -> "linkedin.com/in/ada": how a resume header prints an address. */
export function displayLink(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

const NETWORKS: Readonly<Record<string, string>> = {
  'linkedin.com': 'LinkedIn',
  'github.com': 'GitHub',
  'gitlab.com': 'GitLab',
  'behance.net': 'Behance',
  'dribbble.com': 'Dribbble',
  'x.com': 'X',
  'twitter.com': 'X',
};

/** The network a profile address belongs to, as JSON Resume names it ("LinkedIn"); none for a personal site. */
export function profileNetwork(url: string): string | undefined {
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return NETWORKS[host];
}
