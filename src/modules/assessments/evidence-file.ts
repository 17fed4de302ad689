/**
 * Which evidence files Tend keeps, decided from their bytes (pure). A name is only a claim: a
 * script renamed report.pdf must not be stored, nor served back, as a PDF.
 */
import { asciiBytes, containsText, isPlainText, safeFileName, startsWithBytes, ZIP_SIGNATURE } from '../../platform/http/file-content.js';

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

/** Office files are zip archives; their part names (word/…, xl/…) sit uncompressed in the headers. */
const CHECKS: Record<Extension, (bytes: Uint8Array) => boolean> = {
  pdf: (b) => startsWithBytes(b, asciiBytes('%PDF-')),
  png: (b) => startsWithBytes(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => startsWithBytes(b, [0xff, 0xd8, 0xff]),
  jpeg: (b) => startsWithBytes(b, [0xff, 0xd8, 0xff]),
  docx: (b) => startsWithBytes(b, ZIP_SIGNATURE) && containsText(b, 'word/'),
  xlsx: (b) => startsWithBytes(b, ZIP_SIGNATURE) && containsText(b, 'xl/'),
  txt: isPlainText,
  csv: isPlainText,
};

/** The media type to store and serve, or the problem with the file in plain words. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): { ok: true; mediaType: string; fileName: string } | { ok: false; problem: string } {
  const name = safeEvidenceName(fileName);
  const extension = name.toLowerCase().split('.').at(-1) as Extension;
  if (!name.includes('.') || !(extension in TYPES)) return { ok: false, problem: `must be one of ${ALLOWED_EXTENSIONS.join(', ')} (by its name and its content)` };
  if (bytes.byteLength === 0) return { ok: false, problem: 'is empty' };
  if (!CHECKS[extension](bytes)) return { ok: false, problem: `its content is not a ${extension} file, whatever its name says` };
  return { ok: true, mediaType: TYPES[extension], fileName: name };
}

/** A file name without folders or control characters, at most 200 characters. */
export const safeEvidenceName = (name: string) => safeFileName(name, 'evidence');
