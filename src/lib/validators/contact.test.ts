import { describe, expect, it } from 'vitest';
import { contactInput } from './contact';

const parse = (input: unknown) => contactInput.safeParse(input);

describe('contactInput', () => {
  it('keeps usual phone numbers, places and profile addresses, made https', () => {
    const out = contactInput.parse({
      phone: ' +44 20  7946 0958 ',
      location: ' Austin, TX ',
      links: ['linkedin.com/in/ada-lovelace', 'https://github.com/ada/', 'http://ada.dev/work', 'github.com/ada'],
    });
    expect(out).toEqual({
      phone: '+44 20 7946 0958',
      location: 'Austin, TX',
      links: ['https://linkedin.com/in/ada-lovelace', 'https://github.com/ada', 'http://ada.dev/work'],
    });
    expect(contactInput.parse({ phone: '(415) 555-0132 ext. 12', location: '', links: [] })).toEqual({
      phone: '(415) 555-0132 ext. 12',
      location: null,
      links: [],
    });
  });

  it('refuses what is not a phone number, a web address, or too much, with a message', () => {
    const messages = (input: unknown) => {
      const r = parse(input);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(messages({ phone: 'call me maybe', location: null, links: [] })[0]).toMatch(/^phone: Use digits/);
    expect(messages({ phone: '12345', location: null, links: [] })[0]).toMatch(/6 to 15 digits/);
    expect(messages({ phone: null, location: null, links: ['javascript:alert(1)'] })[0]).toMatch(/not a web address/);
    expect(messages({ phone: null, location: null, links: ['ftp://files.example.com'] })[0]).toMatch(
      /not a web address/,
    );
    expect(messages({ phone: null, location: null, links: ['localhost:3000'] })[0]).toMatch(/not a web address/);
    expect(messages({ phone: null, location: null, links: ['https://me:pw@example.com'] })[0]).toMatch(/user name/);
    expect(messages({ phone: null, location: 'x'.repeat(201), links: [] })[0]).toMatch(/^location: /);
    expect(messages({ phone: null, location: null, links: Array(6).fill('example.com') })[0]).toMatch(/At most 5/);
  });
});
