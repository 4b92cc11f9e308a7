import { describe, expect, it } from 'vitest';
import { possessive, sharedWithCompanyNotice } from './application-status';

describe('possessive', () => {
  it("adds 's, or the apostrophe alone after an s", () => {
    expect(possessive('Acme')).toBe("Acme's");
    expect(possessive('Northline Biosciences')).toBe("Northline Biosciences'");
    expect(sharedWithCompanyNotice('Northline Biosciences')).toMatch(
      /^Northline Biosciences' recruiters on GiveMeJobs/,
    );
  });
});
