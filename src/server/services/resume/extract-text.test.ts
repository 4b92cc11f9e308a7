import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { RESUME_MAX_BYTES } from '@/lib/validators/resume';
import { extractResumeText } from './extract-text';
import { parseResume } from './parse-resume';

const dir = path.join(process.cwd(), 'tests', 'fixtures', 'resumes');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));
const reasonOf = async (input: Parameters<typeof extractResumeText>[0]) => {
  try {
    await extractResumeText(input);
    return 'ok';
  } catch (error) {
    return (error as { details?: { reason?: string } }).details?.reason ?? String(error);
  }
};

describe('extractResumeText', () => {
  it.each([
    ['resume.pdf', 'pdf'],
    ['resume.docx', 'docx'],
    ['resume.txt', 'txt'],
  ] as const)('reads %s by its content', async (name, format) => {
    const result = await extractResumeText({ bytes: bytesOf(name), filename: name });
    expect(result.format).toBe(format);
    const draft = parseResume(result.text, { format });
    expect(draft.contact.fullName?.value).toBe('Elena Marquez');
    expect(draft.experience).toHaveLength(3);
    expect(draft.skills.length).toBeGreaterThan(20);
  });

  it('uses the content, not the name, when the name claims nothing', async () => {
    expect((await extractResumeText({ bytes: bytesOf('resume.pdf'), filename: 'upload' })).format).toBe('pdf');
    expect(
      (await extractResumeText({ bytes: bytesOf('resume.docx'), declaredType: 'application/octet-stream' })).format,
    ).toBe('docx');
  });

  it('accepts pasted text', async () => {
    expect(await extractResumeText({ text: readFileSync(path.join(dir, 'resume.txt'), 'utf8') })).toMatchObject({
      format: 'paste',
    });
  });

  it.each([
    ['scanned.pdf', 'no_text_layer'],
    ['fake.pdf', 'type_mismatch'],
    ['empty.pdf', 'empty'],
    ['zip-bomb.docx', 'zip_bomb'],
    ['corrupt.pdf', 'unreadable'],
  ])('rejects %s (%s)', async (name, reason) => {
    expect(await reasonOf({ bytes: bytesOf(name), filename: name })).toBe(reason);
  });

  it('says what is wrong in words the user can act on', async () => {
    await expect(extractResumeText({ bytes: bytesOf('scanned.pdf'), filename: 'scan.pdf' })).rejects.toThrow(
      /no selectable text/,
    );
    await expect(extractResumeText({ bytes: bytesOf('fake.pdf'), filename: 'fake.pdf' })).rejects.toThrow(
      /"fake.pdf" is named as a PDF/,
    );
    await expect(
      extractResumeText({ bytes: new Uint8Array(RESUME_MAX_BYTES + 1), filename: 'big.pdf' }),
    ).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/is 5 MB; the limit is 5 MB/) as unknown,
      details: { reason: 'too_large', size: RESUME_MAX_BYTES + 1, limit: RESUME_MAX_BYTES },
    });
  });

  it('rejects unsupported and mislabelled formats', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const zip = await new JSZip().file('notes.txt', 'hello').generateAsync({ type: 'uint8array' });
    expect(await reasonOf({ bytes: png, filename: 'photo.png' })).toBe('unsupported_type');
    expect(await reasonOf({ bytes: doc, filename: 'cv.doc' })).toBe('unsupported_type');
    expect(await reasonOf({ bytes: zip, filename: 'cv.zip' })).toBe('unsupported_type');
    expect(await reasonOf({ bytes: png, filename: 'cv.pdf' })).toBe('type_mismatch');
    expect(await reasonOf({ bytes: bytesOf('resume.pdf'), filename: 'cv.docx' })).toBe('type_mismatch');
    expect(await reasonOf({ bytes: bytesOf('resume.docx'), declaredType: 'application/pdf' })).toBe('type_mismatch');
  });

  it('rejects text that is not a resume, and empty pastes', async () => {
    expect(await reasonOf({ bytes: new TextEncoder().encode('hi there'), filename: 'a.txt' })).toBe(
      'no_resume_content',
    );
    expect(await reasonOf({ text: '   ' })).toBe('empty');
    expect(await reasonOf({ bytes: new TextEncoder().encode('   \n '), filename: 'a.txt' })).toBe('empty');
  });

  it('reads UTF-16 text files with a BOM', async () => {
    const text = readFileSync(path.join(dir, 'resume.txt'), 'utf8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect((await extractResumeText({ bytes: utf16, filename: 'cv.txt' })).text).toBe(text);
  });
});
