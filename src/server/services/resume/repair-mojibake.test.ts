import { describe, expect, it } from 'vitest';
import { repairMojibake } from './repair-mojibake';

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Latin-1 / Windows-1252', () => {
    expect(repairMojibake('NaÃ¯ve Bayes')).toBe('Naïve Bayes');
    expect(repairMojibake('â\u0080¢ Python')).toBe('• Python'); // Latin-1 view: C1 control characters
    expect(repairMojibake('â€¢ Python')).toBe('• Python'); // Windows-1252 view
    expect(repairMojibake('Bachelorâ€™s Degree')).toBe('Bachelor’s Degree');
    expect(repairMojibake('SÃ£o Paulo, MÃ¼nchen')).toBe('São Paulo, München');
  });

  it('repairs double encoding but not a legitimately decoded symbol', () => {
    expect(repairMojibake('CafÃƒÂ©')).toBe('Café');
    // Wingdings bullet: one pass gives "Ø\u00a0", which must not be re-read as an Arabic letter.
    expect(repairMojibake('Ã\u0098Â\u00a0Managed')).toBe('Ø\u00a0Managed');
  });

  it('leaves clean text unchanged', () => {
    for (const clean of ['plain ASCII', 'café, naïve, Zürich, Øresund', 'Ã alone', '€100 – “quoted”', '日本語']) {
      expect(repairMojibake(clean)).toBe(clean);
    }
  });
});
