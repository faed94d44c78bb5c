/**
 * CSV as the kit's writeCsv writes it (services/kit/src/csv-write.ts): `;` between cells as Dutch
 * spreadsheets read it, quotes where needed, and every cell that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR at the start) prefixed with `'`, so a downloaded table runs nothing.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return [columns, ...rows].map((row) => row.map((cell) => quote(neutraliseFormula(cell))).join(';')).join('\n');
}

/** Offers the CSV as a file; the BOM makes Excel read it as UTF-8 (ë, €). */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
