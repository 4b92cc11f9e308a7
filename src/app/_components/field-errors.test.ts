import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSavedSearchInput } from '@/lib/validators/alerts';
import { serverFieldErrors, zodFieldErrors } from './field-errors';

/** zodFieldErrors reads the issues itself (no zod at run time in the browser): it must agree with zod's own flattening. */
describe('zodFieldErrors', () => {
  const cases: [string, z.ZodType, unknown][] = [
    ['several fields, one with two issues', z.object({ a: z.string().min(3).email(), b: z.number().max(2) }), { a: 'x', b: 5 }],
    ['a nested field counts for its top-level key', z.object({ outer: z.object({ inner: z.string() }) }), { outer: { inner: 1 } }],
    ['a form-level issue is no field error', z.object({ a: z.string() }).refine(() => false, 'never'), { a: 'ok' }],
    ['a real form schema', createSavedSearchInput, { name: '', criteria: {}, frequency: 'hourly-ish', minMatchScore: 400 }],
  ];
  for (const [name, schema, value] of cases) {
    it(name, () => {
      const parsed = schema.safeParse(value);
      expect(parsed.success).toBe(false);
      if (parsed.success) return;
      expect(zodFieldErrors(parsed.error)).toEqual(z.flattenError(parsed.error).fieldErrors);
    });
  }
});

describe('serverFieldErrors', () => {
  it('leaves out a message its field already shows (it appeared twice on "Save this search")', () => {
    const said = 'Name holds an invisible control character (a bell or NUL, often pasted in) after “ICU”: remove it.';
    expect(serverFieldErrors({ message: said, data: { fields: { name: [said] } } }, ['name', 'frequency'])).toEqual({
      fields: { name: [said] },
      message: '',
    });
  });

  it('keeps the message when the field holding it is not on the form', () => {
    const said = 'Criteria hold an invisible control character.';
    expect(serverFieldErrors({ message: said, data: { fields: { criteria: [said] } } }, ['name']).message).toBe(said);
    expect(serverFieldErrors({ message: said, data: { fields: { name: [said] } } }).message).toBe(said);
  });

  it('keeps a message that says more than the fields', () => {
    const out = serverFieldErrors({ message: 'Too many saved searches.', data: { fields: { name: ['Required.'] } } });
    expect(out.message).toBe('Too many saved searches.');
  });
});
