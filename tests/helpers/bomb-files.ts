/**
 * Decompression bombs built at test time (no megabyte binaries in git): deflate streams of one
 * repeated byte, wrapped in a PDF or a DOCX the way a hostile upload would wrap them.
 */
import zlib from 'node:zlib';

const MiB = 1024 * 1024;

/**
 * `prefix` then `mib` MiB of `fill`, deflated as it streams (never held inflated): ~1 KB per MiB.
 * `raw` is a bare deflate stream (ZIP entries), otherwise a zlib stream (PDF FlateDecode).
 */
export async function deflatedFill(mib: number, opts: { raw?: boolean; fill?: number; prefix?: string } = {}) {
  const deflate = opts.raw ? zlib.createDeflateRaw({ level: 9 }) : zlib.createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  if (opts.prefix) deflate.write(opts.prefix);
  const block = Buffer.alloc(MiB, opts.fill ?? 0);
  for (let i = 0; i < mib; i++) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return Buffer.concat(chunks);
}

/** A PDF of the given object bodies (object 1 is the catalog), with a correct xref table. */
export function pdfOf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

const stream = (dict: string, body: Buffer) =>
  Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream')]);

const RESUME_TEXT = 'BT /F1 11 Tf 72 720 Td (Jane Doe - Software Engineer, Acme Corporation, 2019 - present) Tj ET';

/** One page whose content is `bomb` (a stream with its filters) followed by a line of real text. */
export function pdfWithContent(bomb: Buffer): Buffer {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 6 0 R] >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    bomb,
    stream('', Buffer.from(RESUME_TEXT)),
  ]);
}

/** The probe's bomb: a FlateDecode content stream of zeros (~1 KB of file per MiB it inflates to). */
export async function flateBombPdf(mib: number): Promise<Buffer> {
  return pdfWithContent(stream('/Filter /FlateDecode', await deflatedFill(mib)));
}

/** The same stream behind an ASCIIHex filter first, so only pdf.js itself ever inflates it. */
export async function hexFlateBombPdf(mib: number): Promise<Buffer> {
  const hex = Buffer.from(`${(await deflatedFill(mib)).toString('hex')}>`);
  return pdfWithContent(stream('/Filter [/ASCIIHexDecode /FlateDecode]', hex));
}

interface ZipEntry {
  name: string;
  /** Stored as given when `deflated` is false; otherwise already raw-deflated. */
  data: Buffer;
  deflated?: boolean;
  /** The uncompressed size the headers declare (a lie, for bombs); the real one otherwise. */
  declaredSize?: number;
}

/** A ZIP written by hand, so an entry's declared size can differ from what it inflates to. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const method = entry.deflated ? 8 : 0;
    const crc = entry.deflated ? 0 : zlib.crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/main.dat" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const relsTo = (target: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
export const docxBody = (paragraphs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;

/**
 * The probe's DOCX: `_rels/.rels` sends the reader to `word/main.dat`, which declares 4 KB and
 * inflates to `mib` MiB of XML whitespace, while a small decoy `word/document.xml` sits where a
 * check by name would look.
 */
export async function relsRedirectBombDocx(mib: number): Promise<Buffer> {
  const main = await deflatedFill(mib, {
    raw: true,
    fill: 0x20,
    prefix: `<?xml version="1.0"?><w:document xmlns:w="${W}">`,
  });
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(relsTo('word/main.dat')) },
    { name: 'word/document.xml', data: Buffer.from(docxBody(['Jane Doe', 'Software Engineer'])) },
    { name: 'word/main.dat', data: main, deflated: true, declaredSize: 4096 },
  ]);
}

/** An honest, minimal DOCX with the given paragraphs. */
export function plainDocx(paragraphs: string[]): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES.replace('/word/main.dat', '/word/document.xml')) },
    { name: '_rels/.rels', data: Buffer.from(relsTo('word/document.xml')) },
    { name: 'word/document.xml', data: Buffer.from(docxBody(paragraphs)) },
  ]);
}
