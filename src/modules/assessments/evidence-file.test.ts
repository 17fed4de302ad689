import { describe, expect, it } from 'vitest';
import { attachmentHeader } from '../../platform/http/file-content.js';
import { checkEvidenceFile, safeEvidenceName } from './evidence-file.js';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');

describe('evidence files are judged by their bytes', () => {
  it.each([
    ['policy.pdf', bytes('%PDF-1.7\n...'), 'application/pdf'],
    ['photo.PNG', PNG, 'image/png'],
    ['photo.jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'x'), 'image/jpeg'],
    ['plan.docx', bytes([0x50, 0x4b, 0x03, 0x04], '....word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['figures.xlsx', bytes([0x50, 0x4b, 0x03, 0x04], '....xl/workbook.xml'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['notes.txt', Buffer.from('Reunión del equipo', 'utf8'), 'text/plain; charset=utf-8'],
    ['list.csv', bytes('a,b\n1,2\n'), 'text/csv; charset=utf-8'],
  ])('accepts %s', (name, content, mediaType) => {
    expect(checkEvidenceFile(name, content)).toEqual({ ok: true, mediaType, fileName: name });
  });

  it.each([
    ['a script renamed .pdf', 'report.pdf', bytes('<script>alert(1)</script>'), 'its content is not a pdf file, whatever its name says'],
    ['a PNG named .docx', 'plan.docx', PNG, 'its content is not a docx file, whatever its name says'],
    ['a binary named .txt', 'notes.txt', bytes([0x00, 0x01, 0x02]), 'its content is not a txt file, whatever its name says'],
    ['an HTML page', 'page.html', bytes('<html>'), 'must be one of pdf, png, jpg, jpeg, docx, xlsx, txt, csv (by its name and its content)'],
    ['a name without extension', 'README', bytes('text'), 'must be one of pdf, png, jpg, jpeg, docx, xlsx, txt, csv (by its name and its content)'],
    ['an empty file', 'empty.txt', bytes(''), 'is empty'],
  ])('refuses %s', (_, name, content, problem) => {
    expect(checkEvidenceFile(name, content)).toEqual({ ok: false, problem });
  });

  it('keeps only the base name, without control characters, and downloads with a safe header', () => {
    expect(safeEvidenceName('C:\\Users\\x\\..\\acta "final".pdf')).toBe('acta final.pdf');
    expect(attachmentHeader('acta ñ.pdf')).toBe(`attachment; filename="acta _.pdf"; filename*=UTF-8''acta%20%C3%B1.pdf`);
  });
});
