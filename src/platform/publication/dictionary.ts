import { stringify } from 'csv-stringify/sync';
import { CROSS_ORG_HIDDEN_REASONS } from './cross-org-verdict.js';
import { openDataCell } from './csv.js';
import { type DataDictionary, type DictionaryColumn, MEASURE_KINDS, OPEN_DATA_COLUMNS, type OpenDataRow, type PublicationLocale, ZDataDictionary } from './model.js';

/**
 * The data dictionary: for each column of the CSV and of the JSON rows, its type, what it means,
 * its units, the values it may take and when it is empty — as JSON, Markdown and CSV, in English
 * and Spanish. A test checks it names every column of the row schema and no other.
 */

type Entry = Omit<DictionaryColumn, 'name'>;
const REASONS = CROSS_ORG_HIDDEN_REASONS.join(', ');
const KINDS = MEASURE_KINDS.join(', ');

const en: Record<keyof OpenDataRow, Entry> = {
  figure_id: { type: 'string', meaning: 'Identifies the figure within this release.', units: null, allowedValues: 'any text, unique in the file', emptyWhen: null },
  collaborative: { type: 'string', meaning: "The learning collaborative the figure is about, or the hub's name for a figure across the whole hub.", units: null, allowedValues: 'any text', emptyWhen: null },
  timepoint: { type: 'string', meaning: 'When the measure was taken, as the collaborative names it (for example baseline, endline, 6 months).', units: null, allowedValues: 'any text', emptyWhen: null },
  timepoint_date: { type: 'date', meaning: 'The date of the timepoint.', units: null, allowedValues: 'YYYY-MM-DD', emptyWhen: null },
  measure_id: { type: 'string', meaning: 'A stable identifier of the measure, the same in every release.', units: null, allowedValues: 'any text', emptyWhen: null },
  measure: { type: 'string', meaning: 'The name of the measure, in plain words.', units: null, allowedValues: 'any text', emptyWhen: null },
  measure_kind: {
    type: 'string',
    meaning:
      "What kind of figure this is. staff-survey: the mean of people's ratings on a survey section's scale. audit: the mean of the criterion ratings organisations confirmed in their own review of an audit section, red 0, amber 1, green 2, so 0 means every criterion red and 2 every criterion green. check-in-bands: the share of people who chose to count their check-ins whose result fell in the band, from 0 (nobody) to 1 (everyone).",
    units: null,
    allowedValues: KINDS,
    emptyWhen: null,
  },
  cell: { type: 'string', meaning: 'The group of people the figure is about (for example all staff, or one kind of team).', units: null, allowedValues: 'any text', emptyWhen: null },
  scale_min: { type: 'number', meaning: "The lowest value one person's answer (or one audit criterion's rating) can have on the measure's scale; for a check-in band, 0 (not in the band).", units: 'points on the scale', allowedValues: 'any number', emptyWhen: null },
  scale_max: { type: 'number', meaning: "The highest value one person's answer (or one audit criterion's rating) can have on the measure's scale; for a check-in band, 1 (in the band).", units: 'points on the scale', allowedValues: 'any number above scale_min', emptyWhen: null },
  status: { type: 'string', meaning: 'Whether the figure is shown, or held back to protect the people behind it.', units: null, allowedValues: 'shown, not_shown', emptyWhen: null },
  count: { type: 'integer', meaning: "How many values the figure is worked out from, across all organisations: people, or ratings where one person (or one organisation's audit review) rates several items (count_unit says which).", units: 'people or ratings (count_unit)', allowedValues: 'whole numbers from 1', emptyWhen: 'the figure is not shown' },
  count_unit: { type: 'string', meaning: "What count counts: people, or ratings (one person, or one organisation's audit review, may give several: one per item of the measure).", units: null, allowedValues: 'people, ratings', emptyWhen: null },
  organisations: { type: 'integer', meaning: 'How many organisations contributed people to the figure.', units: 'organisations', allowedValues: 'whole numbers from 1', emptyWhen: 'the figure is not shown' },
  mean: { type: 'number', meaning: 'The average of the values behind the figure, rounded to two decimals; for a check-in band, the share of the people in the band (0.34 is 34%).', units: 'points on the scale, or a share from 0 to 1 (measure_kind check-in-bands)', allowedValues: 'from scale_min to scale_max', emptyWhen: 'the figure is not shown' },
  baseline_timepoint: { type: 'string', meaning: 'The first timepoint of the same collaborative, measure and group, which this figure is compared with.', units: null, allowedValues: 'a timepoint of this file', emptyWhen: 'the row is itself the baseline' },
  change_since_baseline: { type: 'number', meaning: 'This mean minus the baseline mean (both as published); negative means lower than at baseline. For a check-in band, the change in share (-0.05 is 5 percentage points lower).', units: 'points on the scale, or a share (measure_kind check-in-bands)', allowedValues: 'any number', emptyWhen: 'the row is the baseline, or this figure or the baseline is not shown' },
  not_shown_reason: { type: 'string', meaning: 'Why the figure is not shown, as a code.', units: null, allowedValues: REASONS, emptyWhen: 'the figure is shown' },
  not_shown_explanation: { type: 'string', meaning: 'Why the figure is not shown, in words.', units: null, allowedValues: 'any text', emptyWhen: 'the figure is shown' },
};

const es: Record<keyof OpenDataRow, Entry> = {
  figure_id: { type: 'string', meaning: 'Identifica la cifra dentro de esta publicación.', units: null, allowedValues: 'cualquier texto, único en el archivo', emptyWhen: null },
  collaborative: { type: 'string', meaning: 'La colaborativa de aprendizaje a la que se refiere la cifra, o el nombre del centro para una cifra de todo el centro.', units: null, allowedValues: 'cualquier texto', emptyWhen: null },
  timepoint: { type: 'string', meaning: 'Cuándo se tomó la medida, con el nombre que le da la colaborativa (por ejemplo línea de base, final, 6 meses).', units: null, allowedValues: 'cualquier texto', emptyWhen: null },
  timepoint_date: { type: 'date', meaning: 'La fecha del momento de medida.', units: null, allowedValues: 'AAAA-MM-DD', emptyWhen: null },
  measure_id: { type: 'string', meaning: 'Un identificador estable de la medida, el mismo en todas las publicaciones.', units: null, allowedValues: 'cualquier texto', emptyWhen: null },
  measure: { type: 'string', meaning: 'El nombre de la medida, en palabras sencillas.', units: null, allowedValues: 'cualquier texto', emptyWhen: null },
  measure_kind: {
    type: 'string',
    meaning:
      'Qué tipo de cifra es. staff-survey: la media de las valoraciones de las personas en la escala de una sección de la encuesta. audit: la media de las valoraciones de criterios que las organizaciones confirmaron en su propia revisión de una sección de la auditoría, rojo 0, ámbar 1, verde 2, así que 0 significa todos los criterios en rojo y 2 todos en verde. check-in-bands: la proporción de personas que eligieron contar sus check-ins cuyo resultado quedó en la banda, de 0 (nadie) a 1 (todas).',
    units: null,
    allowedValues: KINDS,
    emptyWhen: null,
  },
  cell: { type: 'string', meaning: 'El grupo de personas al que se refiere la cifra (por ejemplo todo el personal, o un tipo de equipo).', units: null, allowedValues: 'cualquier texto', emptyWhen: null },
  scale_min: { type: 'number', meaning: 'El valor más bajo que puede tener la respuesta de una persona (o la valoración de un criterio de la auditoría) en la escala de la medida; para una banda de check-in, 0 (fuera de la banda).', units: 'puntos de la escala', allowedValues: 'cualquier número', emptyWhen: null },
  scale_max: { type: 'number', meaning: 'El valor más alto que puede tener la respuesta de una persona (o la valoración de un criterio de la auditoría) en la escala de la medida; para una banda de check-in, 1 (en la banda).', units: 'puntos de la escala', allowedValues: 'cualquier número mayor que scale_min', emptyWhen: null },
  status: { type: 'string', meaning: 'Si la cifra se muestra o se retiene para proteger a las personas que hay detrás.', units: null, allowedValues: 'shown, not_shown', emptyWhen: null },
  count: { type: 'integer', meaning: 'Cuántos valores, sumando todas las organizaciones, hay detrás de la cifra: personas, o valoraciones cuando una persona (o la revisión de auditoría de una organización) valora varios puntos (count_unit dice cuál).', units: 'personas o valoraciones (count_unit)', allowedValues: 'números enteros desde 1', emptyWhen: 'la cifra no se muestra' },
  count_unit: { type: 'string', meaning: 'Qué cuenta count: personas, o valoraciones (una persona, o la revisión de auditoría de una organización, puede dar varias: una por punto de la medida).', units: null, allowedValues: 'people, ratings', emptyWhen: null },
  organisations: { type: 'integer', meaning: 'Cuántas organizaciones aportaron personas a la cifra.', units: 'organizaciones', allowedValues: 'números enteros desde 1', emptyWhen: 'la cifra no se muestra' },
  mean: { type: 'number', meaning: 'La media de los valores detrás de la cifra, redondeada a dos decimales; para una banda de check-in, la proporción de personas en la banda (0,34 es el 34 %).', units: 'puntos de la escala, o una proporción de 0 a 1 (measure_kind check-in-bands)', allowedValues: 'de scale_min a scale_max', emptyWhen: 'la cifra no se muestra' },
  baseline_timepoint: { type: 'string', meaning: 'El primer momento de medida de la misma colaborativa, medida y grupo, con el que se compara esta cifra.', units: null, allowedValues: 'un momento de medida de este archivo', emptyWhen: 'la fila es la propia línea de base' },
  change_since_baseline: { type: 'number', meaning: 'Esta media menos la media de la línea de base (ambas tal como se publican); un valor negativo es más bajo que en la línea de base. Para una banda de check-in, el cambio de proporción (-0,05 son 5 puntos porcentuales menos).', units: 'puntos de la escala, o una proporción (measure_kind check-in-bands)', allowedValues: 'cualquier número', emptyWhen: 'la fila es la línea de base, o esta cifra o la de la línea de base no se muestra' },
  not_shown_reason: { type: 'string', meaning: 'Por qué no se muestra la cifra, como código.', units: null, allowedValues: REASONS, emptyWhen: 'la cifra se muestra' },
  not_shown_explanation: { type: 'string', meaning: 'Por qué no se muestra la cifra, en palabras.', units: null, allowedValues: 'cualquier texto', emptyWhen: 'la cifra se muestra' },
};

const ENTRIES: Record<PublicationLocale, Record<keyof OpenDataRow, Entry>> = { en, es };

// how the files are written, for whoever reads them with a program rather than a spreadsheet
const NOTES: Record<PublicationLocale, readonly string[]> = {
  en: [
    'The CSV file is UTF-8 (with or without a byte-order mark), comma-separated, with CRLF line ends and a header row; fields with commas, quotes or line breaks are in double quotes.',
    "A text field that starts with =, +, -, @, a tab or an apostrophe has one apostrophe added in front, so that a spreadsheet shows it as text; remove that one apostrophe to get the original text.",
    'An empty field in the CSV is null in the JSON file.',
    'A file may mix kinds of figure: read each row by its measure_kind (a check-in band is a share from 0 to 1, an audit section a mean from 0 to 2, a survey section a mean on its own scale).',
  ],
  es: [
    'El archivo CSV está en UTF-8 (con o sin marca de orden de bytes), separado por comas, con finales de línea CRLF y una fila de encabezado; los campos con comas, comillas o saltos de línea van entre comillas dobles.',
    'A un campo de texto que empieza por =, +, -, @, un tabulador o un apóstrofo se le añade un apóstrofo delante, para que una hoja de cálculo lo muestre como texto; quita ese apóstrofo para obtener el texto original.',
    'Un campo vacío en el CSV es null en el archivo JSON.',
    'Un archivo puede mezclar tipos de cifra: lee cada fila según su measure_kind (una banda de check-in es una proporción de 0 a 1, una sección de auditoría una media de 0 a 2, una sección de la encuesta una media en su propia escala).',
  ],
};

const HEADINGS: Record<PublicationLocale, readonly string[]> = {
  en: ['Column', 'Type', 'Meaning', 'Units', 'Allowed values', 'Empty when'],
  es: ['Columna', 'Tipo', 'Significado', 'Unidades', 'Valores posibles', 'Vacía cuando'],
};

/** The dictionary of the columns in file order, checked against its schema. */
export function dataDictionary(locale: PublicationLocale = 'en'): DataDictionary {
  return ZDataDictionary.parse({ language: locale, columns: OPEN_DATA_COLUMNS.map((name) => ({ name, ...ENTRIES[locale][name] })), notes: [...NOTES[locale]] });
}

const cells = (c: DictionaryColumn): string[] => [c.name, c.type, c.meaning, c.units ?? '', c.allowedValues, c.emptyWhen ?? ''];

// a pipe would end a Markdown table cell early, a newline the row
const markdownCell = (text: string): string => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n|\r/g, ' ');

/** The dictionary as a Markdown table (for a README beside the files). */
export function dataDictionaryMarkdown(locale: PublicationLocale = 'en'): string {
  const head = HEADINGS[locale];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...dataDictionary(locale).columns.map((c) => `| ${cells(c).map(markdownCell).join(' | ')} |`)];
  return `${[...lines, '', ...dataDictionary(locale).notes.map((note) => `- ${note}`)].join('\n')}\n`;
}

/** The dictionary as CSV, written as the data file is (RFC 4180, CRLF). */
export function dataDictionaryCsv(locale: PublicationLocale = 'en', options: { bom?: boolean } = {}): string {
  const rows = dataDictionary(locale).columns.map((c) => cells(c).map(openDataCell));
  const csv = stringify([['name', 'type', 'meaning', 'units', 'allowed_values', 'empty_when'], ...rows], { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  return options.bom ? `\uFEFF${csv}` : csv;
}
