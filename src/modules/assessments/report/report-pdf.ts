import PDFDocument from 'pdfkit';
import { localText } from '../assessment-pack.js';
import type { Rating } from '../model.js';
import type { ReportData } from './report-data.js';

/**
 * A cycle's report as PDF: title, summary, a bar per section drawn with vectors, the criteria
 * with their ratings and evidence, and the action plan. Helvetica is one of pdfkit's standard
 * fonts: it draws Latin-1 (WinAnsi), which holds every letter of English and Spanish (á, ñ, ¿, ü),
 * so nothing is embedded. Names in other scripts would need an embedded font (see wellbeing's export).
 */

type Locale = 'en' | 'es';
const WORDS = {
  en: {
    report: 'Assessment report',
    wholeOrg: 'Whole organisation',
    dates: 'Open',
    status: { open: 'open', closed: 'closed' },
    summary: 'Summary',
    criteria: 'criteria',
    strengths: 'Strengths (green)',
    gaps: 'Gaps (amber or red)',
    bySection: 'Ratings by section',
    table: 'Criteria, ratings and evidence',
    rating: { red: 'Red', amber: 'Amber', green: 'Green', unrated: 'Not rated' },
    proposed: 'proposed, not confirmed',
    evidence: 'Evidence',
    file: 'File',
    plan: 'Action plan',
    noActions: 'No actions yet.',
    owner: 'Owner',
    due: 'due',
    overdue: 'overdue',
    note: 'Journey',
    actionStatus: { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' },
  },
  es: {
    report: 'Informe de evaluación',
    wholeOrg: 'Toda la organización',
    dates: 'Abierto',
    status: { open: 'abierto', closed: 'cerrado' },
    summary: 'Resumen',
    criteria: 'criterios',
    strengths: 'Fortalezas (verde)',
    gaps: 'Carencias (ámbar o rojo)',
    bySection: 'Valoraciones por sección',
    table: 'Criterios, valoraciones y evidencias',
    rating: { red: 'Rojo', amber: 'Ámbar', green: 'Verde', unrated: 'Sin valorar' },
    proposed: 'propuesta, sin confirmar',
    evidence: 'Evidencias',
    file: 'Archivo',
    plan: 'Plan de acción',
    noActions: 'Todavía no hay acciones.',
    owner: 'Responsable',
    due: 'vence',
    overdue: 'vencida',
    note: 'Recorrido',
    actionStatus: { 'not-started': 'sin empezar', 'in-progress': 'en curso', done: 'hecha', dropped: 'descartada' },
  },
} as const;

const COLOURS: Record<Rating | 'unrated', string> = { red: '#b3261e', amber: '#c77700', green: '#2e7d32', unrated: '#b0b0b0' };
const BANDS = ['green', 'amber', 'red', 'unrated'] as const;

/** Renders the report; `onProgress` hears 0–100 as parts are drawn. Resolves to the PDF's bytes. */
export function reportPdf(data: ReportData, locale: Locale, onProgress: (percent: number) => void = () => {}): Promise<Buffer> {
  const w = WORDS[locale];
  const t = (text: Record<string, string>) => localText(text, locale);
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: data.cycle.title, Subject: t(data.pack.title) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const heading = (text: string, size = 14) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor('black').text(text, left).font('Helvetica').fontSize(10);

  doc.font('Helvetica-Bold').fontSize(20).text(data.cycle.title);
  doc.font('Helvetica').fontSize(11).fillColor('#333333').text(`${w.report}: ${t(data.pack.title)} ${data.pack.version}`);
  doc.text(`${data.unitName ?? w.wholeOrg} · ${w.dates} ${data.cycle.opensOn} – ${data.cycle.closesOn} (${w.status[data.cycle.status]})`);

  const { totals } = data.results;
  const all = totals.red + totals.amber + totals.green + totals.unrated;
  heading(w.summary);
  doc.text(`${all} ${w.criteria}: ${BANDS.map((b) => `${w.rating[b]} ${totals[b]}`).join(' · ')}`);
  doc.text(`${w.strengths}: ${data.results.strengths.join(', ') || '—'}`);
  doc.text(`${w.gaps}: ${data.results.gaps.join(', ') || '—'}`);
  onProgress(20);

  heading(w.bySection);
  const labelWidth = 150;
  const barWidth = width - labelWidth - 10;
  for (const section of data.results.sections) {
    const packSection = data.pack.body.sections.find((s) => s.id === section.id)!;
    const count = BANDS.reduce((n, b) => n + section.counts[b], 0);
    if (doc.y > doc.page.height - 120) doc.addPage();
    const y = doc.y + 4;
    doc.fillColor('black').fontSize(10).text(t(packSection.title), left, y, { width: labelWidth - 5, lineBreak: false, ellipsis: true });
    let x = left + labelWidth;
    for (const band of BANDS) {
      const share = count === 0 ? 0 : (section.counts[band] / count) * barWidth;
      if (share > 0) doc.rect(x, y, share, 12).fill(COLOURS[band]);
      x += share;
    }
    // the counts in words beside the colours: a printout in grey still says what the bar says
    doc.fillColor('#333333').fontSize(8).text(BANDS.map((b) => `${w.rating[b]} ${section.counts[b]}`).join(' · '), left + labelWidth, y + 14);
    doc.moveDown(0.6);
  }
  onProgress(40);

  heading(w.table);
  data.pack.body.sections.forEach((section, i) => {
    heading(t(section.title), 12);
    const note = data.notes.get(section.id);
    if (note) doc.fillColor('#333333').text(`${w.note}: ${note}`, left, doc.y, { width }).moveDown(0.3);
    for (const criterion of section.criteria) {
      const r = data.ratings.get(criterion.id);
      const rating = r?.rating ? `${w.rating[r.rating]}${r.confirmedAt ? '' : ` (${w.proposed})`}` : w.rating.unrated;
      doc.font('Helvetica-Bold').fillColor('black').text(`${criterion.id}  ${rating}`, left).font('Helvetica').text(t(criterion.text), { width });
      const items = data.evidence.filter((e) => e.criterionId === criterion.id);
      for (const e of items) {
        const line = e.kind === 'file' ? `${w.file}: ${e.fileName}` : e.kind === 'link' ? `${e.url}${e.body ? ` (${e.body})` : ''}` : (e.body ?? '');
        doc.fillColor('#333333').text(`• ${line}`, left + 12, doc.y, { width: width - 12 });
      }
      doc.moveDown(0.3);
    }
    onProgress(40 + Math.round(((i + 1) / data.pack.body.sections.length) * 40));
  });

  heading(w.plan);
  if (data.actions.length === 0) doc.text(w.noActions);
  for (const a of data.actions) {
    const when = a.dueOn ? `${w.due} ${a.dueOn}${a.overdue ? ` (${w.overdue})` : ''}` : '';
    const change = a.after ? ` · ${w.rating[a.before ?? 'unrated']} → ${w.rating[a.after.rating ?? 'unrated']}` : '';
    // an action raised from a domain's figure has no criterion: its domain says where it belongs
    const where = a.criterionId ?? (a.figure?.kind === 'domain' ? a.figure.domain : '');
    doc.font('Helvetica-Bold').fillColor('black').text(`${where}  ${a.title}`, left).font('Helvetica');
    doc.fillColor('#333333').text(`${w.owner}: ${a.owner?.name ?? '—'} · ${when} · ${w.actionStatus[a.status]}${change}`);
    doc.moveDown(0.3);
  }
  onProgress(95);
  doc.end();
  return done;
}
