/** Text to match literally inside a RegExp: every character with a meaning there is escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
