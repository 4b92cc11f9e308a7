import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openZipSafely, ZIP_LIMITS } from './zip-guard';

const reasonOf = async (bytes: Uint8Array) => {
  try {
    await openZipSafely(bytes);
    return 'ok';
  } catch (error) {
    return (error as { details?: { reason?: string } }).details?.reason;
  }
};

/** Overwrites the uncompressed size that the local header and the central directory declare for `name`. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    const [sizeAt, nameLengthAt, nameAt] =
      signature === 0x04034b50 ? [22, 26, 30] : signature === 0x02014b50 ? [24, 28, 46] : [0, 0, 0];
    if (!sizeAt || view.getUint16(i + nameLengthAt, true) !== nameBytes.length) continue;
    if (nameBytes.every((b, k) => out[i + nameAt + k] === b)) view.setUint32(i + sizeAt, size, true);
  }
  return out;
}

describe('openZipSafely', () => {
  it('opens an ordinary archive', async () => {
    const zip = await new JSZip().file('word/document.xml', '<w:document/>').generateAsync({ type: 'uint8array' });
    expect(await reasonOf(zip)).toBe('ok');
  });

  it('rejects archives whose directory declares too much, too compressible or too many entries', async () => {
    const big = new JSZip().file('a.bin', new Uint8Array(ZIP_LIMITS.maxTotalUncompressed + 1), {
      compression: 'STORE',
    });
    expect(await reasonOf(await big.generateAsync({ type: 'uint8array' }))).toBe('zip_bomb');
    const many = new JSZip();
    for (let i = 0; i <= ZIP_LIMITS.maxEntries; i++) many.file(`f${i}.txt`, 'x');
    expect(await reasonOf(await many.generateAsync({ type: 'uint8array' }))).toBe('zip_bomb');
  });

  it('stops inflating a part whose declared size is a lie', async () => {
    const xml = `<w:document>${'a'.repeat(ZIP_LIMITS.maxTotalUncompressed + 1024)}</w:document>`;
    const honest = await new JSZip()
      .file('word/document.xml', xml)
      .generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const lying = lieAboutSize(honest, 'word/document.xml', 1_000);
    expect(await reasonOf(lying)).toBe('zip_bomb');
  });

  it('reports a damaged archive as unreadable', async () => {
    expect(await reasonOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('unreadable');
  });
});
