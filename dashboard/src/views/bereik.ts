/**
 * Bereik per wijk en per locatie (children subgraph: earlyEducationByNeighbourhood and
 * earlyEducationByLocation, with the wijk names and locations from partners), withheld cells as the API
 * labels them and a legend saying why.
 */
import { request } from '../api';
import { chart } from '../charts';
import { municipalityAndYear } from '../controls';
import { append, h, heading, paragraph } from '../dom';
import { countText, formatDate, rateText, type CountValue, type RateValue } from '../format';
import { FIGURES_STATUS } from '../labels';
import { BereikQuery } from '../operations';
import { count, rate, table, text } from '../table';
import type { ViewContext } from '../view';
import { legend } from './legend';

export async function bereik(ctx: ViewContext): Promise<HTMLElement> {
  const data = await request(ctx.config, BereikQuery, { code: ctx.code, year: ctx.year });
  const m = data.municipality;
  const root = h('div', { class: 'view' }, municipalityAndYear(ctx, data.municipalities));
  if (!m) {
    append(root, h('div', { class: 'utrecht-alert utrecht-alert--warning', role: 'alert' }, paragraph(`Gemeente ${ctx.code} is niet bekend.`)));
    return root;
  }
  append(root, heading(2, `Bereik ${m.name} ${ctx.year}`));
  const ee = m.earlyEducation;
  if (ee?.status === 'PUBLISHED')
    append(root, 
      paragraph(
        `Peildatum ${formatDate(ee.referenceDate)}, doelgroependefinitie ${ee.definitionVersion ?? 'onbekend'}: `,
        h('span', { 'data-figure': 'placed' }, countText(ee.placed)),
        ' van de ',
        h('span', { 'data-figure': 'indicated' }, countText(ee.indicated)),
        ' geïndiceerde peuters geplaatst, een bereik van ',
        h('strong', { 'data-figure': 'reachRate' }, rateText(ee.reachRate)),
        '.',
      ),
    );
  else append(root, paragraph(`${ee ? FIGURES_STATUS[ee.status] : 'Geen cijfers'}${ee?.statusReason ? `: ${ee.statusReason}` : ''}.`));
  append(root, legend());

  const names = new Map(m.neighbourhoods.map((n) => [n.code, n.name]));
  const wijken = m.earlyEducationByNeighbourhood ?? [];
  const wijkName = (code: string | null) => (code ? (names.has(code) ? `${names.get(code)} (${code})` : code) : 'Wijk onbekend');
  append(root, 
    h('section', { 'aria-labelledby': 'per-wijk' },
      heading(2, 'Per wijk', { id: 'per-wijk' }),
      wijken.length === 0 ? paragraph('Geen cijfers per wijk.') : null,
      wijken.length ? wijkChart(m.name, ctx.year, wijken.map((w) => ({ name: wijkName(w.neighbourhood), reach: w.reachRate, placed: w.placed }))) : null,
      wijken.length
        ? table({
            id: 'wijk-tabel',
            caption: `VVE per wijk, ${m.name} ${ctx.year}`,
            csv: `bereik-per-wijk-${m.code}-${ctx.year}`,
            keys: wijken.map((w) => w.neighbourhood ?? '-'),
            columns: [
              { label: 'Wijk' },
              { label: 'Geïndiceerd', numeric: true },
              { label: 'Toegeleid', numeric: true },
              { label: 'Aangemeld', numeric: true },
              { label: 'Geplaatst', numeric: true },
              { label: 'Bereik', numeric: true },
              { label: 'Cohort 960 uur', numeric: true },
              { label: '960 uur gehaald', numeric: true },
              { label: 'Aandeel 960 uur', numeric: true },
            ],
            rows: wijken.map((w) => [
              text(wijkName(w.neighbourhood)),
              count(w.indicated, 'indicated'),
              count(w.referred, 'referred'),
              count(w.registered, 'registered'),
              count(w.placed, 'placed'),
              rate(w.reachRate, 'reachRate'),
              count(w.normCohort, 'normCohort'),
              count(w.normAchieved, 'normAchieved'),
              rate(w.normReached, 'normReached'),
            ]),
          })
        : null,
    ),
  );

  const locaties = m.earlyEducationByLocation ?? [];
  append(root, 
    h('section', { 'aria-labelledby': 'per-locatie' },
      heading(2, 'Per VE-locatie', { id: 'per-locatie' }),
      locaties.length === 0
        ? paragraph('Geen cijfers per locatie.')
        : table({
            id: 'locatie-tabel',
            caption: `Geplaatste peuters per VE-locatie, ${m.name} ${ctx.year}`,
            csv: `bereik-per-locatie-${m.code}-${ctx.year}`,
            keys: locaties.map((l) => l.location.id),
            columns: [{ label: 'Locatie' }, { label: 'Organisatie' }, { label: 'Geplaatst', numeric: true }, { label: 'Cohort 960 uur', numeric: true }, { label: '960 uur gehaald', numeric: true }, { label: 'Aandeel 960 uur', numeric: true }],
            rows: locaties.map((l) => [text(l.location.name), text(l.location.parent?.name ?? ''), count(l.placed, 'placed'), count(l.normCohort, 'normCohort'), count(l.normAchieved, 'normAchieved'), rate(l.normReached, 'normReached')]),
          }),
    ),
  );
  return root;
}

interface WijkBar {
  name: string;
  reach: RateValue;
  placed: CountValue;
}

/** Reach per wijk where it is published; where every reach is withheld, the placed toddlers (counts are published more often). */
function wijkChart(name: string, year: number, bars: WijkBar[]): HTMLElement {
  const reach = bars.filter((b) => b.reach.value != null);
  if (reach.length)
    return chart(
      'wijk-grafiek',
      `Bereik per wijk, ${name} ${year} (alleen gepubliceerde aandelen)`,
      `Staafdiagram van het bereik per wijk: ${bars.map((b) => `${b.name} ${rateText(b.reach)}`).join(', ')}.`,
      {
        grid: { left: 200, right: 40, top: 10, bottom: 30 },
        xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
        yAxis: { type: 'category', inverse: true, data: reach.map((b) => b.name) },
        series: [{ type: 'bar', data: reach.map((b) => b.reach.value), label: { show: true, position: 'right', formatter: (p: { value: number }) => rateText({ value: p.value, suppressed: false }) } }],
      },
      Math.max(140, reach.length * 32 + 40),
    );
  const placed = bars.filter((b) => b.placed.value != null);
  return chart(
    'wijk-grafiek',
    `Geplaatste peuters per wijk, ${name} ${year} (het bereik per wijk is niet gepubliceerd; alleen gepubliceerde aantallen)`,
    `Staafdiagram van het aantal geplaatste peuters per wijk: ${bars.map((b) => `${b.name} ${countText(b.placed)}`).join(', ')}. Het bereik per wijk is niet gepubliceerd ter bescherming.`,
    {
      grid: { left: 200, right: 40, top: 10, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: placed.map((b) => b.name) },
      series: [{ type: 'bar', data: placed.map((b) => b.placed.value), label: { show: true, position: 'right' } }],
    },
    Math.max(140, placed.length * 32 + 40),
  );
}
