import PDFDocument from 'pdfkit';
import type { WorkforceFigures } from './figure-use-cases.js';
import { EXPORT_INDICATORS, EXPORT_WORDS, type ExportLocale, exportRows, formatFigure, hiddenText } from './figure-export.js';

/**
 * The released workforce figures as a PDF table, A4 landscape, one row per unit and period. As in
 * the assessment report (assessments/report/report-pdf.ts), Helvetica is one of pdfkit's standard
 * fonts and draws Latin-1, which holds every letter of English and Spanish, so nothing is embedded.
 * A hidden row prints its reason across the figure columns, never a figure. Resolves to the bytes.
 */
export function figuresPdf(figures: WorkforceFigures, locale: ExportLocale): Promise<Buffer> {
  const w = EXPORT_WORDS[locale];
  const title = `${w.title}, ${figures.quarter}${figures.workerKind ? `, ${w.only[figures.workerKind]}` : ''}`;
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const unitWidth = 130;
  const periodWidth = 110;
  const cell = (width - unitWidth - periodWidth) / EXPORT_INDICATORS.length;
  const figuresLeft = left + unitWidth + periodWidth;

  doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(title);
  doc.font('Helvetica').fontSize(10).fillColor('#333333').text(`${figures.units[0]?.name ?? ''} · ${figures.from} – ${figures.to}`);
  doc.text(w.privacy(figures.minGroupSize), { width });
  doc.moveDown(0.8);

  const header = () => {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(7).fillColor('black');
    doc.text(w.unit, left, y, { width: unitWidth - 4 });
    EXPORT_INDICATORS.forEach((name, i) => {
      doc.text(w.names[name], figuresLeft + i * cell, y, { width: cell - 4, align: 'right' });
    });
    // as tall as the longest name wraps to, so no name runs into the first row
    const tallest = Math.max(...EXPORT_INDICATORS.map((name) => doc.heightOfString(w.names[name], { width: cell - 4 })));
    doc.font('Helvetica').fontSize(8);
    doc.y = y + tallest + 8;
    doc.moveTo(left, doc.y - 4).lineTo(left + width, doc.y - 4).strokeColor('#888888').lineWidth(0.5).stroke();
  };
  header();
  for (const row of exportRows(figures, locale)) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    const indent = row.depth * 8;
    doc.fillColor('black').text(row.unit, left + indent, y, { width: unitWidth - indent - 4, lineBreak: false, ellipsis: true });
    doc.fillColor('#333333').text(row.period, left + unitWidth, y, { width: periodWidth - 4, lineBreak: false, ellipsis: true });
    const why = hiddenText(row, figures.minGroupSize, locale);
    if (why || !row.indicators) doc.font('Helvetica-Oblique').text(why ?? '', figuresLeft, y, { width: width - unitWidth - periodWidth }).font('Helvetica');
    else {
      const shown = row.indicators;
      // a dash, not a blank, where too few people stand behind one figure of a shown row
      EXPORT_INDICATORS.forEach((name, i) => {
        doc.fillColor('black').text(formatFigure(name, shown[name], locale) || '–', figuresLeft + i * cell, y, { width: cell - 4, align: 'right', lineBreak: false });
      });
    }
    doc.y = y + 14;
  }
  doc.end();
  return done;
}
