/**
 * The orders a job search can take, without zod: the search page's filters list them in the
 * browser, and importing them from search.ts would bring zod into that page's first load.
 * `match` is for signed-in users: their best matches first (see services/jobs/search/fetch-match-page.ts).
 */
export const SEARCH_SORTS = ['relevance', 'newest', 'salary', 'match'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
