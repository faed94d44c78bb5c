/**
 * Every table of the dashboard: a caption, numeric columns aligned right, withheld cells shown as the
 * API labels them (`<5`, `x`, `.`) with the reason for screen readers, and a CSV download of exactly
 * what the table shows.
 */
import { downloadCsv, writeCsv } from './csv';
import { h } from './dom';
import { countText, isWithheld, rateText, type CountValue, type RateValue } from './format';

export interface Cell {
  text: string;
  numeric?: boolean;
  withheld?: boolean;
  /** The field this cell shows (for the tests and for CSS), e.g. `placed`. */
  field?: string;
  /** A link to another view instead of plain text. */
  href?: string;
  /** Marks the row of the user's own municipality. */
  current?: boolean;
}

export interface Column {
  label: string;
  numeric?: boolean;
}

export interface TableSpec {
  id: string;
  caption: string;
  columns: Column[];
  rows: Cell[][];
  /** A key per row (a CBS code, an id), as data-key on the row. */
  keys?: string[];
  footer?: Cell[][];
  /** File name of the CSV download, without `.csv`. */
  csv: string;
  /** Marks rows, by index, as the user's own. */
  currentRow?: number;
}

const WITHHELD_REASON: Record<string, string> = {
  '<5': 'minder dan 5, niet getoond',
  x: 'niet gepubliceerd ter bescherming',
  '.': 'geen cijfer',
};

export const text = (value: string | number | null | undefined, field?: string): Cell => ({ text: value == null ? '' : String(value), field });
export const num = (value: string, field?: string): Cell => ({ text: value, numeric: true, field });
export const count = (c: CountValue, field?: string): Cell => ({ text: countText(c), numeric: true, withheld: isWithheld(c), field });
export const rate = (r: RateValue, field?: string): Cell => ({ text: rateText(r), numeric: true, withheld: isWithheld(r), field });

function cell(tag: 'td' | 'th', c: Cell, scope?: string): HTMLElement {
  const classes = [tag === 'td' ? 'utrecht-table__cell' : 'utrecht-table__header-cell'];
  if (c.numeric) classes.push(tag === 'td' ? 'utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data' : 'utrecht-table__header-cell--numeric-column');
  if (c.withheld) classes.push('withheld');
  const content = c.href ? h('a', { class: 'utrecht-link', href: c.href }, c.text) : c.text;
  return h(
    tag,
    { class: classes.join(' '), scope, 'data-field': c.field, 'data-withheld': c.withheld ? 'true' : undefined },
    h('span', { class: 'value' }, content),
    c.withheld && WITHHELD_REASON[c.text] ? h('span', { class: 'visually-hidden' }, ` (${WITHHELD_REASON[c.text]})`) : null,
  );
}

export function table(spec: TableSpec): HTMLElement {
  const header = h('tr', { class: 'utrecht-table__row' }, spec.columns.map((c) => cell('th', { text: c.label, numeric: c.numeric }, 'col')));
  const body = spec.rows.map((row, i) =>
    h(
      'tr',
      { class: `utrecht-table__row${i === spec.currentRow ? ' current-row' : ''}`, 'data-key': spec.keys?.[i], 'aria-current': i === spec.currentRow ? 'true' : undefined },
      row.map((c, j) => cell(j === 0 ? 'th' : 'td', c, j === 0 ? 'row' : undefined)),
    ),
  );
  const footer = spec.footer?.map((row) => h('tr', { class: 'utrecht-table__row' }, row.map((c, j) => cell(j === 0 ? 'th' : 'td', c, j === 0 ? 'row' : undefined))));
  const captionId = `${spec.id}-titel`;
  const download = h(
    'button',
    {
      type: 'button',
      class: 'utrecht-button utrecht-button--subtle csv-download',
      'aria-describedby': captionId,
      onclick: () => downloadCsv(`${spec.csv}.csv`, writeCsv(spec.columns.map((c) => c.label), [...spec.rows, ...(spec.footer ?? [])].map((r) => r.map((c) => c.text)))),
    },
    'Download als CSV',
  );
  return h(
    'div',
    { class: 'table-block' },
    h(
      'div',
      { class: 'utrecht-table-container table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': captionId },
      h(
        'table',
        { class: 'utrecht-table', id: spec.id },
        h('caption', { class: 'utrecht-table__caption', id: captionId }, spec.caption),
        h('thead', { class: 'utrecht-table__header' }, header),
        h('tbody', { class: 'utrecht-table__body' }, body),
        footer ? h('tfoot', { class: 'utrecht-table__footer' }, footer) : null,
      ),
    ),
    h('div', { class: 'table-actions no-print' }, download),
  );
}
