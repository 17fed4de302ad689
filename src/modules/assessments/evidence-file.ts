/**
 * Which evidence files Tend keeps, decided from their bytes (pure). A name is only a claim: a
 * script renamed report.pdf must not be stored, nor served back, as a PDF.
 */

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

const TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;
type Extension = keyof typeof TYPES;

export const ALLOWED_EXTENSIONS = Object.keys(TYPES) as Extension[];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');

/** Plain text: valid UTF-8 without NUL bytes (a binary file has them almost at once). */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Office files are zip archives; their part names (word/…, xl/…) sit uncompressed in the headers. */
const CHECKS: Record<Extension, (bytes: Uint8Array) => boolean> = {
  pdf: (b) => startsWith(b, ascii('%PDF-')),
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  jpeg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  docx: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && contains(b, 'word/'),
  xlsx: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && contains(b, 'xl/'),
  txt: isPlainText,
  csv: isPlainText,
};

/** The media type to store and serve, or the problem with the file in plain words. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): { ok: true; mediaType: string; fileName: string } | { ok: false; problem: string } {
  const name = safeFileName(fileName);
  const extension = name.toLowerCase().split('.').at(-1) as Extension;
  if (!name.includes('.') || !(extension in TYPES)) return { ok: false, problem: `must be one of ${ALLOWED_EXTENSIONS.join(', ')} (by its name and its content)` };
  if (bytes.byteLength === 0) return { ok: false, problem: 'is empty' };
  if (!CHECKS[extension](bytes)) return { ok: false, problem: `its content is not a ${extension} file, whatever its name says` };
  return { ok: true, mediaType: TYPES[extension], fileName: name };
}

/** A file name without folders or control characters, at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'evidence').slice(-200);
}

/** A content-disposition that downloads, with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
