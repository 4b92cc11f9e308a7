import { describe, expect, it } from 'vitest';
import { jobSourceLabel } from './job-source';

describe('jobSourceLabel', () => {
  it('names sources in words, never as stored keys', () => {
    expect(jobSourceLabel('seed')).toBe('Sample listing');
    expect(jobSourceLabel('direct')).toBe('Posted here by the employer');
    expect(jobSourceLabel('greenhouse:acme')).toBe('Greenhouse job board');
    expect(jobSourceLabel('smartrecruiters:Bosch')).toBe('SmartRecruiters job board');
    expect(jobSourceLabel('url:careers.example.com')).toBe('Careers page (careers.example.com)');
    expect(jobSourceLabel('jsonld:jobs.example.org')).toBe('Careers page (jobs.example.org)');
    expect(jobSourceLabel('mystery')).toBe('Other source');
    expect(jobSourceLabel(null)).toBe('Unknown source');
  });
});
