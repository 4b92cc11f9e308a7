import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, utcDateTime } from './ics';

/**
 * A reader written from RFC 5545 alone (unfold, split name from value, unescape TEXT), so the test
 * checks the file against the standard rather than against the writer's own helpers.
 */
function parseIcs(file: string): { lines: string[]; props: Map<string, string> } {
  expect(file.endsWith('\r\n')).toBe(true);
  expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // only CRLF line breaks
  const physical = file.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const unfolded = file.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
  const props = new Map<string, string>();
  for (const line of unfolded) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const raw = line.slice(colon + 1);
    const value = raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    if (!props.has(name)) props.set(name, value);
  }
  return { lines: unfolded, props };
}

describe('interview calendar file', () => {
  const start = new Date('2026-03-05T14:30:00-05:00');
  const file = buildIcs({
    uid: 'interview-123@givemejobs',
    start,
    end: new Date(start.getTime() + 45 * 60_000),
    summary: 'Interview: Engineer, Platform; Acme\\Corp',
    location: 'Room 4, 2nd floor\nAcme HQ',
    description: 'Bring: portfolio, ID; ask about the team — 😀 ünïcödé '.repeat(6),
    url: 'https://meet.example.com/abc?x=1,2',
    stamp: new Date('2026-03-01T00:00:00Z'),
  });

  it('is one VEVENT inside a VCALENDAR with the required properties', () => {
    const { lines, props } = parseIcs(file);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(props.get('VERSION')).toBe('2.0');
    expect(props.get('PRODID')).toBeTruthy();
    expect(props.get('UID')).toBe('interview-123@givemejobs');
    expect(props.get('DTSTAMP')).toBe('20260301T000000Z');
  });

  it('gives start and end in UTC, whatever the zone the time was entered in', () => {
    const { props } = parseIcs(file);
    expect(props.get('DTSTART')).toBe('20260305T193000Z');
    expect(props.get('DTEND')).toBe('20260305T201500Z');
  });

  it('reads back every text exactly, commas, semicolons, backslashes, newlines and long lines included', () => {
    const { props } = parseIcs(file);
    expect(props.get('SUMMARY')).toBe('Interview: Engineer, Platform; Acme\\Corp');
    expect(props.get('LOCATION')).toBe('Room 4, 2nd floor\nAcme HQ');
    expect(props.get('DESCRIPTION')).toBe('Bring: portfolio, ID; ask about the team — 😀 ünïcödé '.repeat(6));
    expect(props.get('URL')).toBe('https://meet.example.com/abc?x=1,2');
  });

  it('leaves out what was not given', () => {
    const bare = buildIcs({ uid: 'u', start, end: start, summary: 'Call' });
    expect(parseIcs(bare).props.has('LOCATION')).toBe(false);
    expect(parseIcs(bare).props.has('URL')).toBe(false);
  });

  it('escapes and formats by the rules', () => {
    expect(escapeText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(utcDateTime(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
    // A fold never splits a multi-byte character.
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    for (const line of folded.split('\r\n')) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).not.toThrow();
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });
});
