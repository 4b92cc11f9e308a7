/**
 * The line a profile list shows after a save: "Added React.", "Saved B.Sc." — one full stop, even
 * when the entry's name ends with its own ("B.Sc.", "Acme Inc.").
 */
export const savedNotice = (verb: 'Added' | 'Saved', name: string) => `${verb} ${name.trim().replace(/[.!?]+$/, '')}.`;
