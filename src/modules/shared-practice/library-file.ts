/**
 * Which documents a collaborative's library keeps, decided from their bytes (pure). A name is only
 * a claim: a page or a script renamed guide.pdf must be neither stored nor served as a PDF.
 */

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const TYPES = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
} as const;
type Extension = keyof typeof TYPES;

export const DOCUMENT_EXTENSIONS = Object.keys(TYPES) as Extension[];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

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

/**
 * An ODT is a zip whose first entry is the uncompressed `mimetype` naming it (the OpenDocument
 * rule); a DOCX is a zip with `word/` parts, whose names sit uncompressed in the headers.
 */
const CHECKS: Record<Extension, (bytes: Uint8Array) => boolean> = {
  pdf: (b) => startsWith(b, ascii('%PDF-')),
  odt: (b) => startsWith(b, ZIP) && latin1(b).subarray(30, 30 + 47).toString('latin1') === 'mimetypeapplication/vnd.oasis.opendocument.text',
  docx: (b) => startsWith(b, ZIP) && latin1(b).includes('word/', 0, 'latin1'),
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
export function safeDocumentName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'document').slice(-200);
}
