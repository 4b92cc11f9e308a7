/** Rates arrive as fractions; null means "nothing to divide by", shown as a dash rather than 0 %. */
export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

export const days = (value: number | null): string => (value === null ? '—' : `${value} d`);
