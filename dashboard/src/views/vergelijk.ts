/**
 * Vergelijk: every municipality ranked by one figure (children subgraph, `earlyEducationRanking`, with
 * the names from partners), the chosen municipality marked with its rank: for analysts.
 */
import { request } from '../api';
import { chart } from '../charts';
import { selectField } from '../controls';
import { append, h, heading, paragraph } from '../dom';
import { formatInteger, rateText } from '../format';
import { MEASURE } from '../labels';
import { VergelijkQuery } from '../operations';
import type { EarlyEducationMeasure, SortOrder } from '../gql/graphql';
import { count, num, rate, table, text } from '../table';
import { YEARS, hrefOf, type ViewContext } from '../view';

const PAGE = 100;
const RATES: EarlyEducationMeasure[] = ['REACH_RATE', 'NORM_REACHED', 'ON_TRACK'];

export function measureText(by: EarlyEducationMeasure, value: number | null): string {
  if (value == null) return 'x';
  if (RATES.includes(by)) return rateText({ value, suppressed: false });
  if (by === 'AVERAGE_HOURS') return value.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  return formatInteger(value);
}

export async function vergelijk(ctx: ViewContext): Promise<HTMLElement> {
  const by = (ctx.params.get('maatstaf') as EarlyEducationMeasure) || 'REACH_RATE';
  const order = (ctx.params.get('volgorde') as SortOrder) || 'DESC';
  // The API gives at most 100 per page (342 municipalities in the country): paged like the catalogue.
  const trail = (ctx.params.get('paginas') ?? '').split(',').filter(Boolean);
  const data = await request(ctx.config, VergelijkQuery, { year: ctx.year, by, order, first: PAGE, after: trail[trail.length - 1] ?? null });
  const edges = data.earlyEducationRanking.edges;
  const mine = edges.findIndex((e) => e.municipality.code === ctx.code);
  const root = h(
    'div',
    { class: 'view' },
    heading(2, `Gemeenten vergeleken, ${ctx.year}`),
    h(
      'form',
      { class: 'controls no-print', 'aria-label': 'Vergelijking' },
      selectField('maatstaf', 'Maatstaf', Object.entries(MEASURE).map(([value, label]) => ({ value, label })), by, (v) => ctx.navigate({ maatstaf: v, paginas: null })),
      selectField('volgorde', 'Volgorde', [{ value: 'DESC', label: 'Hoogste eerst' }, { value: 'ASC', label: 'Laagste eerst' }], order, (v) => ctx.navigate({ volgorde: v, paginas: null })),
      selectField('jaar', 'Jaar', YEARS.map((y) => ({ value: String(y), label: String(y) })), String(ctx.year), (v) => ctx.navigate({ jaar: v, paginas: null })),
      selectField('gemeente', 'Uw gemeente', [...edges].map((e) => e.municipality).sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((m) => ({ value: m.code, label: m.name })), ctx.code, (v) => ctx.navigate({ gemeente: v })),
    ),
  );
  const me = edges[mine];
  append(root, 
    paragraph(
      h('span', { 'data-figure': 'rank' },
        me
          ? me.rank != null
            ? `${me.municipality.name} staat op plaats ${me.rank} van ${data.earlyEducationRanking.totalCount} gemeenten (${MEASURE[by].toLowerCase()}: ${measureText(by, me.value)}).`
            : `${me.municipality.name} heeft geen gepubliceerde waarde en dus geen plaats.`
          : data.earlyEducationRanking.totalCount > edges.length
            ? 'De gekozen gemeente staat niet op deze pagina.'
            : 'De gekozen gemeente heeft voor dit jaar geen cijfers.'),
    ),
    paragraph('Gemeenten zonder gepubliceerde waarde staan onderaan, zonder plaats. Let op de versie van de doelgroependefinitie: elke gemeente bepaalt haar doelgroep zelf.'),
  );
  const ranked = edges.filter((e) => e.value != null);
  append(root, 
    chart(
      'vergelijk-grafiek',
      `${MEASURE[by]} per gemeente, ${ctx.year}`,
      `Staafdiagram, ${MEASURE[by].toLowerCase()} per gemeente: ${ranked.map((e) => `${e.municipality.name} ${measureText(by, e.value)}`).join(', ')}.`,
      {
        grid: { left: 170, right: 50, top: 10, bottom: 30 },
        xAxis: { type: 'value', ...(RATES.includes(by) ? { min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } } : {}) },
        yAxis: { type: 'category', inverse: true, data: ranked.map((e) => e.municipality.name) },
        series: [
          {
            type: 'bar',
            data: ranked.map((e) => ({ value: e.value, itemStyle: e.municipality.code === ctx.code ? { color: '#b35900' } : undefined })),
            label: { show: true, position: 'right', formatter: (p: { value: number }) => measureText(by, p.value) },
          },
        ],
      },
      Math.max(200, ranked.length * 22 + 40),
    ),
    table({
      id: 'vergelijk-tabel',
      caption: `Rangorde op ${MEASURE[by].toLowerCase()}, ${ctx.year}`,
      csv: `vergelijk-${by.toLowerCase()}-${ctx.year}`,
      keys: edges.map((e) => e.municipality.code),
      currentRow: mine >= 0 ? mine : undefined,
      columns: [{ label: 'Gemeente' }, { label: 'Plaats', numeric: true }, { label: 'Waarde', numeric: true }, { label: 'Geïndiceerd', numeric: true }, { label: 'Geplaatst', numeric: true }, { label: 'Bereik', numeric: true }, { label: 'Definitie' }],
      rows: edges.map((e) => [
        { ...text(`${e.municipality.name}${e.municipality.code === ctx.code ? ' (gekozen)' : ''}`), href: hrefOf('overzicht', { gemeente: e.municipality.code, jaar: ctx.year }) },
        num(e.rank == null ? '' : String(e.rank), 'rank'),
        { ...num(measureText(by, e.value), 'value'), withheld: e.value == null },
        count(e.figures.indicated, 'indicated'),
        count(e.figures.placed, 'placed'),
        rate(e.figures.reachRate, 'reachRate'),
        text(e.figures.definitionVersion ?? ''),
      ]),
    }),
  );
  const info = data.earlyEducationRanking.pageInfo;
  const pager = h('nav', { class: 'pager no-print', 'aria-label': 'Pagina’s' });
  if (trail.length) append(pager, h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onclick: () => ctx.navigate({ paginas: trail.slice(0, -1).join(',') }) }, 'Vorige pagina'));
  if (info.hasNextPage && info.endCursor) append(pager, h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onclick: () => ctx.navigate({ paginas: [...trail, info.endCursor!].join(',') }) }, 'Volgende pagina'));
  append(root, pager);
  return root;
}
