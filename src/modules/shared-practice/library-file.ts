/**
 * Which documents a collaborative's library keeps, decided from their bytes (pure). A name is only
 * a claim: a page or a script renamed guide.pdf must be neither stored nor served as a PDF.
 */
import { asciiBytes, containsText, isPlainText, latin1Of, safeFileName, startsWithBytes, ZIP_SIGNATURE } from '../../platform/http/file-content.js';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const TYPES = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
} as const;
type Extension = keyof typeof TYPES;

export const DOCUMENT_EXTENSIONS = Object.keys(TYPES) as Extension[];

/**
 * An ODT is a zip whose first entry is the uncompressed `mimetype` naming it (the OpenDocument
 * rule); a DOCX is a zip with `word/` parts, whose names sit uncompressed in the headers.
 */
const CHECKS: Record<Extension, (bytes: Uint8Array) => boolean> = {
  pdf: (b) => startsWithBytes(b, asciiBytes('%PDF-')),
  odt: (b) => startsWithBytes(b, ZIP_SIGNATURE) && latin1Of(b).subarray(30, 30 + 47).toString('latin1') === 'mimetypeapplication/vnd.oasis.opendocument.text',
  docx: (b) => startsWithBytes(b, ZIP_SIGNATURE) && containsText(b, 'word/'),
  txt: isPlainText,
};

/** The media type to store and serve with the cleaned name, or the problem with the file in plain words. */
export function checkDocument(fileName: string, bytes: Uint8Array): { ok: true; mediaType: string; fileName: string } | { ok: false; problem: string } {
  const name = safeDocumentName(fileName);
  const extension = name.toLowerCase().split('.').at(-1) as Extension;
  if (!name.includes('.') || !(extension in TYPES)) return { ok: false, problem: `must be a ${DOCUMENT_EXTENSIONS.join(', ')} file (by its name and its content)` };
  if (bytes.byteLength === 0) return { ok: false, problem: 'is empty' };
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, problem: `must be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` };
  if (!CHECKS[extension](bytes)) return { ok: false, problem: `its content is not a ${extension} file, whatever its name says` };
  return { ok: true, mediaType: TYPES[extension], fileName: name };
}

/** A file name without folders, quotes or control characters, at most 200 characters. */
export const safeDocumentName = (name: string) => safeFileName(name, 'document');
