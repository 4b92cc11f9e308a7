export function SearchPagination({
  page,
  totalPages,
  onPage,
}: {
  page: number;
  totalPages: number;
  onPage: (p: number) => void;
}) {
  if (totalPages <= 1) return null;
  const last = Math.min(totalPages, 500);
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between pt-2 text-sm">
      <button
        type="button"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-40"
      >
        ← Previous
      </button>
      <span>
        Page {page} of {last.toLocaleString('en-US')}
      </span>
      <button
        type="button"
        disabled={page >= last}
        onClick={() => onPage(page + 1)}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-40"
      >
        Next →
      </button>
    </nav>
  );
}
