/** A titled list of skill chips, green for skills held and red for skills lacking; `empty` when there are none. */
export function SkillList({
  title,
  skills,
  tone,
  empty,
}: {
  title: string;
  skills: string[];
  tone: 'have' | 'missing';
  empty: string;
}) {
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {skills.length === 0 ? (
        <p className="mt-1 text-slate-500">{empty}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {skills.map((s) => (
            <li
              key={s}
              className={`rounded px-2 py-0.5 text-xs ${tone === 'have' ? 'bg-emerald-50 text-emerald-800' : 'bg-rose-50 text-rose-800'}`}
            >
              {s}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
