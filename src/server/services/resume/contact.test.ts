import { describe, expect, it } from 'vitest';
import { findLocationIn, parseContact } from './contact';
import { splitSections } from './sections';

const contactOf = (lines: string[]) => parseContact(splitSections(lines));

describe('parseContact', () => {
  it('reads name, email, phone, location and links from the header', () => {
    const c = contactOf([
      'JANE Q. DOE',
      'Data Engineer',
      'Berlin, Germany • jane.doe@example.com • +49 30 1234 5678',
      'linkedin.com/in/janedoe | https://github.com/jdoe | www.janedoe.dev',
    ]);
    expect(c.fullName?.value).toBe('Jane Q. Doe');
    expect(c.fullName?.source).toEqual({ section: 'header', line: 0, text: 'JANE Q. DOE' });
    expect(c.email?.value).toBe('jane.doe@example.com');
    expect(c.phone?.value).toBe('+49 30 1234 5678');
    expect(c.location?.value).toBe('Berlin, Germany');
    expect(c.links.map((l) => l.value)).toEqual([
      'https://linkedin.com/in/janedoe',
      'https://github.com/jdoe',
      'https://www.janedoe.dev',
    ]);
  });

  it('accepts US and Indian phone formats and ignores year ranges', () => {
    expect(contactOf(['John Smith', '(415) 555-0132']).phone?.value).toBe('(415) 555-0132');
    expect(contactOf(['John Smith', 'Mobile: 98765 43210']).phone?.value).toBe('98765 43210');
    expect(contactOf(['John Smith', '2016 2017']).phone).toBeNull();
    expect(contactOf(['John Smith', '2012-2013 2013']).phone).toBeNull();
  });

  it('reads a labelled seven-digit local number, as a guess', () => {
    const phone = contactOf(['John Smith', 'Phone: 555-0132']).phone;
    expect(phone?.value).toBe('555-0132');
    expect(phone?.confidence).toBeLessThan(0.8);
    expect(contactOf(['John Smith', 'jane@example.com | Tel 555 0132']).phone?.value).toBe('555 0132');
    // Unlabelled, seven digits are as likely an id or a code.
    expect(contactOf(['John Smith', 'jane@example.com | 555.0132']).phone).toBeNull();
  });

  it('does not take a ZIP+4 code or a labelled id number for a phone', () => {
    expect(contactOf(['John Smith', 'San Francisco, CA 94107-1234']).phone).toBeNull();
    expect(contactOf(['John Smith', 'Employee ID 12345678']).phone).toBeNull();
    expect(contactOf(['John Smith', 'Aadhaar 1234 5678 9012']).phone).toBeNull();
    expect(contactOf(['John Smith', 'Passport No: 12345678 | Mobile: 98765 43210']).phone?.value).toBe('98765 43210');
    expect(contactOf(['John Smith', 'Contact No: 98765 43210']).phone?.value).toBe('98765 43210');
  });

  it('reads a name after an honorific, without it', () => {
    expect(contactOf(['Dr. Emily Chen', 'Research Scientist']).fullName?.value).toBe('Emily Chen');
    expect(contactOf(['Ms Grace Hope', 'grace@example.com']).fullName?.value).toBe('Grace Hope');
    // "MS" in capitals is an initial (South Indian names), not an honorific.
    expect(contactOf(['MS Karthik Raja', 'karthik@example.com']).fullName?.value).toBe('Ms Karthik Raja');
  });

  it('reads names beyond plain ASCII: accents, hyphens, apostrophes, particles', () => {
    const name = (first: string) => contactOf([first, 'jane@example.com']).fullName?.value;
    expect(name('María José García-López')).toBe('María José García-López');
    expect(name("Jane O'Neil-Smith")).toBe("Jane O'Neil-Smith");
    expect(name('Ronan McDonald')).toBe('Ronan McDonald');
    expect(name('Ludwig van Beethoven')).toBe('Ludwig van Beethoven');
    expect(name('ZOË ÅSTRÖM')).toBe('Zoë Åström');
    expect(name('JEAN-LUC PICARD')).toBe('Jean-Luc Picard');
    // Still no name from a line of ordinary words.
    expect(name('Operating Systems Windows')).toBeUndefined();
    expect(name('HSC Semi-English Pune')).toBeUndefined();
    expect(name('JavaScript TypeScript')).toBeUndefined();
  });

  it('does not take a job title or a heading for a name', () => {
    expect(contactOf(['Senior Java Developer', 'Pune, Maharashtra']).fullName).toBeNull();
    expect(contactOf(['Education Details', 'B.E. 2016']).fullName).toBeNull();
    expect(contactOf(['Operating Systems Windows Xp']).fullName).toBeNull();
    expect(contactOf(['Msc Computer Science Pune']).fullName).toBeNull();
    expect(contactOf(['Name: Grace Hope']).fullName?.value).toBe('Grace Hope');
  });

  it('finds no contact data where there is none', () => {
    const c = contactOf(['Worked on many projects.']);
    expect([c.fullName, c.email, c.phone, c.location, c.links.length]).toEqual([null, null, null, null, 0]);
  });
});

describe('findLocationIn', () => {
  it('reads "City, ST" and "City, Country", not arbitrary comma pairs', () => {
    expect(findLocationIn('Austin, TX')).toBe('Austin, TX');
    expect(findLocationIn('Address: Pune, Maharashtra 411001')).toBe('Pune, Maharashtra');
    expect(findLocationIn('Toronto, Ontario, Canada')).toBe('Toronto, Ontario, Canada');
    expect(findLocationIn('Java, Python')).toBeNull();
    // A street address before the city, and postal codes after the region.
    expect(findLocationIn('123 Main Street, Springfield, IL 62704')).toBe('Springfield, IL');
    expect(findLocationIn('Seattle, WA 98101-2345')).toBe('Seattle, WA');
    expect(findLocationIn('Toronto, ON M5V 2T6')).toBe('Toronto, ON');
    expect(findLocationIn('Skills: Java, Python, SQL')).toBeNull();
    expect(findLocationIn('Globex Inc., New York, NY')).toBe('New York, NY');
    expect(findLocationIn('Austin, Texas, USA')).toBe('Austin, Texas, USA');
    // A street before the city is dropped; a list of words is no address.
    expect(findLocationIn('Flat 4B, Sunrise Apts, MG Road, Pune, Maharashtra 411001')).toBe('Pune, Maharashtra');
    expect(findLocationIn('Address: 12, Park Street, Kolkata, West Bengal')).toBe('Kolkata, West Bengal');
    expect(findLocationIn('Java, Spring, Hibernate, India')).toBeNull();
  });
});
