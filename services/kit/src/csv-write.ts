import { stringify } from 'csv-stringify/sync';

/** A number as an export writes it (`-12.50`, `3`, `0.5`): left as it is, so a spreadsheet still sums it. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`) gets a
 * leading `'`, so it shows as text and runs nothing. A plain number keeps its minus sign.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * The one way Kansrijk writes CSV: a header and rows, every cell through `neutraliseFormula`, quoted
 * where it must be (the separator, quotes, line breaks; csv-stringify), lines joined with `\n` and no
 * final newline (`npm run export` prints one). `;` by default, as Dutch spreadsheets read it.
 */
export function writeCsv(columns: readonly string[], rows: readonly (readonly string[])[], delimiter: ';' | ',' = ';'): string {
  const records = [columns, ...rows].map((row) => row.map(neutraliseFormula));
  return stringify(records, { delimiter, record_delimiter: '\n', quoted_match: /\r/ }).replace(/\n$/, '');
}

/**
 * The reverse, for an import of a file Kansrijk exported (the budget template): a `'` the export put
 * before a formula start is taken off again, so export and import round-trip exactly. The value stays
 * text: nothing in an import is ever evaluated.
 */
export function restoreNeutralised(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
