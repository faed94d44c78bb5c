/**
 * Overzicht: one municipality in one request across all four subgraphs (operations.ts, OverzichtQuery):
 * its coalitions and partners (partners), the VVE funnel and the reach trend (children), the budget per
 * funding stream (budgets) and the interventions by theme with their funding (interventions + budgets).
 */
import { request } from '../api';
import { chart } from '../charts';
import { municipalityAndYear } from '../controls';
import { append, h, heading, paragraph } from '../dom';
import { cents, centsToAmount, countText, euros, formatDate, formatInteger, formatMoney, rateText } from '../format';
import { COALITION_KIND, COALITION_ROLE, FIGURES_STATUS, INTERVENTION_STATUS, LINE_STATUS, ORGANISATION_KIND, themeName } from '../labels';
import { OverzichtQuery } from '../operations';
import { count, num, rate, table, text } from '../table';
import { hrefOf, YEARS, type ViewContext } from '../view';
import { legend } from './legend';

export async function overzicht(ctx: ViewContext): Promise<HTMLElement> {
  const data = await request(ctx.config, OverzichtQuery, { code: ctx.code, year: ctx.year, from: YEARS[0], to: YEARS[YEARS.length - 1] });
  const m = data.municipality;
  const root = h('div', { class: 'view' }, municipalityAndYear(ctx, data.municipalities));
  if (!m) {
    append(root, h('div', { class: 'utrecht-alert utrecht-alert--warning', role: 'alert' }, paragraph(`Gemeente ${ctx.code} is niet bekend.`)));
    return root;
  }
  append(root, heading(2, `Overzicht ${m.name} ${ctx.year}`), paragraph(`Provincie ${m.province} · CBS-code ${m.code}`));
  const ee0 = m.earlyEducation;
  const partnerCount = new Set(m.coalitions.flatMap((c) => c.members.map((p) => p.organisation.id))).size;
  const budgetTotal = (m.budgetPlans ?? []).reduce((sum, p) => sum + cents(p.total.amount), 0n);
  const figure = (label: string, value: string, key: string) => h('div', {}, h('dt', {}, label), h('dd', { 'data-figure': key }, value));
  append(
    root,
    h(
      'dl',
      { class: 'key-figures', 'aria-label': 'Kerncijfers' },
      figure('Bereik VVE', ee0?.status === 'PUBLISHED' ? rateText(ee0.reachRate) : '.', 'keyReach'),
      figure('Geplaatste doelgroeppeuters', ee0?.status === 'PUBLISHED' ? countText(ee0.placed) : '.', 'keyPlaced'),
      figure('Partners in coalities', formatInteger(partnerCount), 'keyPartners'),
      figure('Interventies', formatInteger((m.interventions ?? []).length), 'keyInterventions'),
      figure(`Begroting ${ctx.year}`, (m.budgetPlans ?? []).length ? formatMoney(centsToAmount(budgetTotal)) : 'geen', 'keyBudget'),
    ),
  );

  // Coalitions and their partners (partners subgraph).
  const coalitions = h('section', { 'aria-labelledby': 'coalities' }, heading(2, 'Coalities en partners', { id: 'coalities' }));
  if (m.coalitions.length === 0) append(coalitions, paragraph('Geen coalitie of LEA-tafel vastgelegd.'));
  for (const c of m.coalitions) {
    const period = c.startYear ? `${c.startYear}–${c.endYear ?? ''}` : '';
    append(coalitions, 
      heading(3, c.name),
      paragraph([COALITION_KIND[c.kind], c.area, period].filter(Boolean).join(' · ')),
      c.questionZero ? paragraph(h('strong', {}, 'Basisvraag: '), c.questionZero) : null,
      c.ambition ? paragraph(h('strong', {}, 'Ambitie: '), c.ambition) : null,
      table({
        id: `coalitie-${c.id}`,
        caption: `Partners van ${c.name} (${c.members.length})`,
        csv: `partners-${m.code}-${c.id}`,
        columns: [{ label: 'Organisatie' }, { label: 'Soort' }, { label: 'Rol' }],
        rows: c.members.map((p) => [text(p.organisation.name, 'organisation'), text(ORGANISATION_KIND[p.organisation.kind]), text(COALITION_ROLE[p.role], 'role')]),
      }),
    );
  }
  append(root, coalitions);

  // The VVE funnel (children subgraph).
  const ee = m.earlyEducation;
  const funnel = h('section', { 'aria-labelledby': 'trechter' }, heading(2, `VVE-trechter ${ctx.year}`, { id: 'trechter' }));
  if (!ee || ee.status !== 'PUBLISHED') {
    append(funnel, paragraph(`${ee ? FIGURES_STATUS[ee.status] : 'Geen cijfers'}${ee?.statusReason ? `: ${ee.statusReason}` : ''}.`));
  } else {
    const steps = [
      { label: 'Geïndiceerd', field: 'indicated', c: ee.indicated },
      { label: 'Toegeleid', field: 'referred', c: ee.referred },
      { label: 'Aangemeld', field: 'registered', c: ee.registered },
      { label: 'Geplaatst', field: 'placed', c: ee.placed },
      { label: '960 uur gehaald', field: 'normAchieved', c: ee.normAchieved },
    ];
    append(funnel, 
      paragraph(
        `Peildatum ${formatDate(ee.referenceDate)}, doelgroependefinitie ${ee.definitionVersion ?? 'onbekend'}. Bereik: `,
        h('strong', { 'data-figure': 'reachRate' }, rateText(ee.reachRate)),
        ` van de geïndiceerde peuters is geplaatst; ${rateText(ee.normReached)} van de ${countText(ee.normCohort)} peuters die de norm konden halen, haalde 960 uur.`,
        ee.synthetic ? ' (Synthetische demogegevens.)' : '',
      ),
      chart(
        'trechter-grafiek',
        `VVE-trechter ${m.name} ${ctx.year}`,
        `Staafdiagram van de VVE-trechter: ${steps.map((s) => `${s.label} ${countText(s.c)}`).join(', ')}.`,
        {
          grid: { left: 130, right: 30, top: 10, bottom: 30 },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', inverse: true, data: steps.map((s) => s.label) },
          series: [{ type: 'bar', data: steps.map((s) => s.c.value ?? 0), label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => countText(steps[p.dataIndex].c) } }],
        },
        240,
      ),
      table({
        id: 'trechter-tabel',
        caption: `VVE-trechter ${m.name} ${ctx.year} (aantal peuters)`,
        csv: `vve-trechter-${m.code}-${ctx.year}`,
        columns: [{ label: 'Stap' }, { label: 'Aantal', numeric: true }],
        rows: [...steps.map((s) => [text(s.label), count(s.c, s.field)]), [text('Konden 960 uur halen (cohort)'), count(ee.normCohort, 'normCohort')]],
      }),
    );
  }
  append(root, funnel);

  // Reach over the years (children subgraph, earlyEducationSeries).
  const series = m.earlyEducationSeries ?? [];
  const trend = h('section', { 'aria-labelledby': 'trend' }, heading(2, 'Bereik door de jaren', { id: 'trend' }));
  append(trend, 
    chart(
      'trend-grafiek',
      `Bereik ${m.name} ${YEARS[0]}–${YEARS[YEARS.length - 1]}`,
      `Lijndiagram van het bereik per jaar: ${series.map((s) => `${s.year} ${rateText(s.reachRate)}`).join(', ')}.`,
      {
        grid: { left: 50, right: 20, top: 20, bottom: 30 },
        xAxis: { type: 'category', data: series.map((s) => String(s.year)) },
        yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
        series: [{ type: 'line', data: series.map((s) => s.reachRate.value), connectNulls: false, label: { show: true, formatter: (p: { value: number }) => rateText({ value: p.value, suppressed: false }) } }],
      },
      220,
    ),
    table({
      id: 'trend-tabel',
      caption: `Bereik per jaar, ${m.name}`,
      csv: `bereik-trend-${m.code}`,
      keys: series.map((s) => String(s.year)),
      columns: [{ label: 'Jaar' }, { label: 'Geïndiceerd', numeric: true }, { label: 'Geplaatst', numeric: true }, { label: 'Bereik', numeric: true }, { label: 'Definitie' }],
      rows: series.map((s) => [text(s.year), count(s.indicated, 'indicated'), count(s.placed, 'placed'), rate(s.reachRate, 'reachRate'), text(s.definitionVersion ?? FIGURES_STATUS[s.status])]),
    }),
    h('p', { class: 'utrecht-paragraph' }, 'Let op: elke gemeente bepaalt zelf haar doelgroep; een bereik is alleen te vergelijken met dezelfde versie van de doelgroependefinitie.'),
  );
  append(root, trend);
  if (series.some((s) => s.indicated.value == null) || (ee && ee.indicated.value == null)) append(root, legend());

  // Budget per funding stream, planned against realised (budgets subgraph).
  const budget = h('section', { 'aria-labelledby': 'budget' }, heading(2, `Begroting ${ctx.year} per financieringsstroom`, { id: 'budget' }));
  const plans = m.budgetPlans ?? [];
  if (plans.length === 0) append(budget, paragraph(`Geen begroting voor ${ctx.year} vastgelegd. `, h('a', { class: 'utrecht-link', href: hrefOf('overzicht', { gemeente: 'GM0556', jaar: 2023 }) }, 'Bekijk bijvoorbeeld Maassluis 2023.')));
  for (const plan of plans) {
    const streams = plan.spendingByStream;
    append(budget, 
      heading(3, `${plan.title} (totaal ${formatMoney(plan.total.amount)})`),
      chart(
        `stromen-${plan.id}`,
        `Begroot en gerealiseerd per financieringsstroom, ${plan.title}`,
        `Staafdiagram, begroot tegen gerealiseerd: ${streams.map((s) => `${s.fundingStream.name} begroot ${formatMoney(s.spending.budgeted.amount)}, gerealiseerd ${formatMoney(s.spending.spent.amount)}`).join('; ')}.`,
        {
          legend: { top: 0 },
          grid: { left: 90, right: 20, top: 40, bottom: 90 },
          xAxis: { type: 'category', data: streams.map((s) => s.fundingStream.name), axisLabel: { rotate: 20, interval: 0 } },
          yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `€ ${v.toLocaleString('nl-NL')}` } },
          series: [
            { name: 'Begroot', type: 'bar', data: streams.map((s) => euros(s.spending.budgeted.amount)) },
            { name: 'Gerealiseerd', type: 'bar', data: streams.map((s) => euros(s.spending.spent.amount)) },
          ],
        },
        320,
      ),
      table({
        id: `stromen-tabel-${plan.id}`,
        caption: `Begroot en gerealiseerd per financieringsstroom, ${plan.title}`,
        csv: `begroting-stromen-${m.code}-${ctx.year}`,
        keys: streams.map((s) => s.fundingStream.code),
        columns: [{ label: 'Financieringsstroom' }, { label: 'Begroot', numeric: true }, { label: 'Gerealiseerd', numeric: true }, { label: 'Resterend', numeric: true }, { label: 'Overschreden' }],
        rows: streams.map((s) => [
          text(`${s.fundingStream.name}${s.fundingStream.earmarked ? ' (geoormerkt)' : ''}`),
          num(formatMoney(s.spending.budgeted.amount), 'budgeted'),
          num(formatMoney(s.spending.spent.amount), 'spent'),
          num(formatMoney(s.spending.remaining.amount), 'remaining'),
          text(s.spending.overspent ? 'Ja' : 'Nee'),
        ]),
      }),
    );
  }
  append(root, budget);

  // Interventions by theme, with their funding (interventions + budgets subgraphs).
  const interventions = m.interventions ?? [];
  const themes = new Map<string, { name: string; count: number; funded: bigint; names: string[] }>();
  for (const i of interventions) {
    const funded = (i.funding ?? []).reduce((sum, f) => sum + cents(f.amount?.amount), 0n);
    for (const t of i.themes.length ? i.themes : [{ code: '-', name: 'Zonder thema' }]) {
      const entry = themes.get(t.code) ?? { name: themeName(t), count: 0, funded: 0n, names: [] };
      entry.count += 1;
      entry.funded += funded;
      entry.names.push(i.name);
      themes.set(t.code, entry);
    }
  }
  const byTheme = [...themes.entries()].sort((a, b) => b[1].count - a[1].count);
  const section = h('section', { 'aria-labelledby': 'interventies' }, heading(2, `Interventies (${interventions.length})`, { id: 'interventies' }));
  if (interventions.length === 0) append(section, paragraph('Geen interventies vastgelegd.'));
  else
    append(section, 
      chart(
        'thema-grafiek',
        `Interventies per thema, ${m.name}`,
        `Staafdiagram van het aantal interventies per thema: ${byTheme.map(([, t]) => `${t.name} ${t.count}`).join(', ')}.`,
        {
          grid: { left: 220, right: 30, top: 10, bottom: 30 },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', inverse: true, data: byTheme.map(([, t]) => t.name) },
          series: [{ type: 'bar', data: byTheme.map(([, t]) => t.count), label: { show: true, position: 'right' } }],
        },
        Math.max(160, byTheme.length * 36 + 40),
      ),
      table({
        id: 'thema-tabel',
        caption: `Interventies per thema met hun financiering, ${m.name}`,
        csv: `interventies-per-thema-${m.code}`,
        keys: byTheme.map(([code]) => code),
        columns: [{ label: 'Thema' }, { label: 'Interventies', numeric: true }, { label: 'Financiering', numeric: true }, { label: 'Namen' }],
        rows: byTheme.map(([, t]) => [text(t.name), num(String(t.count), 'count'), num(formatMoney(centsToAmount(t.funded)), 'funding'), text(t.names.join(', '))]),
      }),
      table({
        id: 'interventies-tabel',
        caption: `Interventies in ${m.name}`,
        csv: `interventies-${m.code}`,
        keys: interventions.map((i) => i.id),
        columns: [{ label: 'Interventie' }, { label: 'Status' }, { label: "Thema's" }, { label: 'Financiering' }],
        rows: interventions.map((i) => [
          text(i.name),
          text(i.status ? INTERVENTION_STATUS[i.status] : ''),
          text(i.themes.map(themeName).join(', ')),
          text((i.funding ?? []).map((f) => `${f.fundingStream?.name ?? 'onbekende stroom'}: ${f.amount ? formatMoney(f.amount.amount) : LINE_STATUS[f.status]}`).join('; ') || 'geen'),
        ]),
      }),
    );
  append(root, section);
  return root;
}
