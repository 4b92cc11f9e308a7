import { MUST_HAVE_LABEL, type PreferenceMustHave } from '@/lib/validators/preference-must-haves';

/** "Must have" beside a preference: ticked, the preference filters matches instead of ranking them. */
export function MustHaveToggle({
  value,
  checked,
  disabled = false,
}: {
  value: PreferenceMustHave;
  checked: boolean;
  disabled?: boolean;
}) {
  return (
    <label className={`inline-flex items-center gap-1 text-xs ${disabled ? 'text-slate-400' : 'text-slate-700'}`}>
      <input
        type="checkbox"
        name="mustHaves"
        value={value}
        defaultChecked={checked}
        disabled={disabled}
        aria-label={`${MUST_HAVE_LABEL[value]}: must have`}
      />
      Must have
    </label>
  );
}
