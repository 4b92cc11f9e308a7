/**
 * iCalendar (RFC 5545) files for one event: what "Add to calendar" downloads. Written here rather
 * than with a library: one VEVENT with a handful of properties, and the three rules that matter
 * are below (text escaping 3.3.11, UTC date-times 3.3.5, line folding at 75 octets 3.1).
 */

export interface CalendarEvent {
  /** Globally unique and stable: the same interview downloaded twice updates, not duplicates. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  /** When the file was made (DTSTAMP). */
  stamp?: Date;
}

const CRLF = '\r\n';

/** TEXT values: backslash, semicolon and comma are escaped, newlines become \n (3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** DATE-TIME in UTC, form #2 (3.3.5): 19980119T070000Z. */
export function utcDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * Lines longer than 75 octets are folded: CRLF then one space (3.1). Counted in UTF-8 octets, and
 * never inside a character (a split emoji would make the file invalid UTF-8).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with the space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export function buildIcs(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//GiveMeJobs//Interviews//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.stamp ?? new Date())}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // URI values are not TEXT: no escaping (3.3.13); the validator already refused anything but http(s).
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
