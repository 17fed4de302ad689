import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { TWellbeingExport } from './export-data.js';
import type { TStrategy } from './coping-library.js';
import { readableLines } from './personal-data-parts.js';

/**
 * A readable PDF of the worker's own export. pdfkit's standard fonts only draw Western European
 * letters, so a TrueType font covering Latin, Greek and Cyrillic is embedded when one is found:
 * TEND_PDF_FONT, else DejaVu Sans where the system has it (Debian's fonts-dejavu-core). No npm
 * package installed here ships such a font; without one the document falls back to Helvetica.
 */
const FONT_CANDIDATES = [process.env.TEND_PDF_FONT, '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans.ttf'];
const BOLD_CANDIDATES = [process.env.TEND_PDF_FONT_BOLD, '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'];
const firstFile = (list: Array<string | undefined>) => list.find((f): f is string => Boolean(f) && existsSync(f!));

type Locale = 'en' | 'es';
const WORDS = {
  en: {
    title: 'My well-being space',
    exported: 'Exported',
    private: 'This document holds personal information. Keep it somewhere only you can reach.',
    profile: 'Profile',
    strengths: 'Strengths',
    vulnerabilities: 'Vulnerabilities',
    earlySigns: 'Early signs I notice',
    whatHelps: 'What helps',
    plan: 'Coping plan',
    before: 'Before exposure',
    during: 'During exposure',
    after: 'After exposure',
    rhythm: 'Check-in rhythm',
    checkIns: 'Check-ins',
    broughtIn: 'brought in from another app',
    noScore: 'not enough answers for a score',
    reflections: 'Reflections',
    grants: 'What I shared',
    none: 'Nothing yet.',
  },
  es: {
    title: 'Mi espacio de bienestar',
    exported: 'Exportado',
    private: 'Este documento contiene información personal. Guárdalo donde solo tú puedas acceder.',
    profile: 'Perfil',
    strengths: 'Fortalezas',
    vulnerabilities: 'Vulnerabilidades',
    earlySigns: 'Primeras señales que noto',
    whatHelps: 'Lo que me ayuda',
    plan: 'Plan de afrontamiento',
    before: 'Antes de la exposición',
    during: 'Durante la exposición',
    after: 'Después de la exposición',
    rhythm: 'Ritmo de seguimiento',
    checkIns: 'Seguimientos',
    broughtIn: 'traído de otra aplicación',
    noScore: 'no hay respuestas suficientes para una puntuación',
    reflections: 'Reflexiones',
    grants: 'Lo que he compartido',
    none: 'Nada todavía.',
  },
} as const;

const localText = (text: Record<string, string> | null | undefined, locale: Locale) => (text ? (text[locale] ?? Object.values(text)[0] ?? '') : '');

/** Renders the export as a PDF, naming each plan step's strategy from `library`; resolves with its bytes. */
export function renderExportPdf(
  data: TWellbeingExport,
  locale: Locale,
  library: readonly TStrategy[],
  partTitles: Readonly<Record<string, { en: string; es: string }>> = {},
): Promise<Buffer> {
  const words = WORDS[locale];
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: words.title } });
  const regular = firstFile(FONT_CANDIDATES);
  const bold = firstFile(BOLD_CANDIDATES) ?? regular;
  if (regular) doc.registerFont('body', regular);
  if (bold) doc.registerFont('heading', bold);
  const font = (kind: 'body' | 'heading') => doc.font(regular ? kind : kind === 'body' ? 'Helvetica' : 'Helvetica-Bold');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string, size = 15) => font('heading').fontSize(size).text(text).moveDown(0.3);
  const para = (text: string) => font('body').fontSize(11).text(text).moveDown(0.3);
  const list = (items: string[]) => (items.length > 0 ? font('body').fontSize(11).list(items, { bulletRadius: 2 }).moveDown(0.4) : para(words.none));
  const strategyTitle = (id: string | null) => (id ? localText(library.find((s) => s.id === id)?.title, locale) || id : '');

  heading(words.title, 20);
  para(`${data.person.name} · ${words.exported} ${data.exportedAt.slice(0, 10)}`);
  para(words.private);

  heading(words.profile);
  for (const part of ['strengths', 'vulnerabilities', 'earlySigns', 'whatHelps'] as const) {
    font('heading').fontSize(12).text(words[part]);
    list(data.profile[part]);
  }

  heading(words.plan);
  for (const part of ['before', 'during', 'after'] as const) {
    font('heading').fontSize(12).text(words[part]);
    list(data.copingPlan[part].map((step) => [strategyTitle(step.strategyId), step.note].filter(Boolean).join(': ')));
  }
  heading(words.rhythm);
  para(`${data.rhythm.rhythm}${data.rhythm.instrumentId ? ` (${data.rhythm.instrumentId})` : ''}`);

  heading(words.checkIns);
  if (data.checkIns.length === 0) para(words.none);
  for (const checkIn of data.checkIns) {
    const origin = checkIn.origin === 'imported' ? ` · ${words.broughtIn}` : '';
    font('heading').fontSize(12).text(`${checkIn.submittedOn} · ${checkIn.instrumentId} ${checkIn.instrumentVersion}${origin}`);
    list(
      checkIn.scores.map((s) => `${localText(s.name, locale)}: ${s.score === null ? words.noScore : `${s.score}${s.band ? ` (${localText(s.band.label, locale)})` : ''}`}`),
    );
  }

  heading(words.reflections);
  if (data.reflections.length === 0) para(words.none);
  for (const reflection of data.reflections) {
    font('heading').fontSize(11).text(reflection.createdAt.slice(0, 10));
    para(reflection.body);
  }

  heading(words.grants);
  list(data.grants.map((g) => `${g.grantee.name}: ${g.scope}, ${g.status}, ${g.expiresAt.slice(0, 10)}`));

  // what other parts of Tend keep that is the person's alone, each under its own heading
  for (const [key, part] of Object.entries(data.alsoYours)) {
    heading(partTitles[key]?.[locale] ?? key);
    list(readableLines(part));
  }
  doc.end();
  return done;
}
