/**
 * Telling a file by its bytes, and handing it back safely (pure). A name is only a claim: a page
 * or a script renamed report.pdf must be neither stored nor served as a PDF. Each module keeps
 * its own list of the types it accepts (assessments' evidence, a collaborative's library); the
 * checks they are built from live here.
 */

/** The bytes begin with this signature (a file's magic number). */
export const startsWithBytes = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** A text signature as bytes (`%PDF-`). */
export const asciiBytes = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** The zip signature: OpenDocument and Office files are zip archives. */
export const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;

/** The bytes read as Latin-1 (one character per byte), to find part names stored uncompressed in a zip's headers. */
export const latin1Of = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The bytes hold this text somewhere (as Latin-1). */
export const containsText = (bytes: Uint8Array, text: string) => latin1Of(bytes).includes(text, 0, 'latin1');

/** Plain text: valid UTF-8 without NUL bytes (a binary file has them almost at once). */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name without folders, quotes or control characters, at most 200 characters; `fallback` when nothing is left. */
export function safeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || fallback).slice(-200);
}

/** A content-disposition that downloads, with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
