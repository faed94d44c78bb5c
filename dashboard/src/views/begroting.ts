/**
 * Begroting (budgets subgraph, with the municipality from partners): each plan's sections and numbered
 * lines, the subtotals as the document printed them against the subtotals computed from the lines,
 * and the findings where they differ.
 */
import { request } from '../api';
import { municipalityAndYear } from '../controls';
import { append, h, heading, paragraph } from '../dom';
import { formatMoney } from '../format';
import { FINDING_KIND, LINE_STATUS } from '../labels';
import { BegrotingQuery } from '../operations';
import { num, table, text } from '../table';
import { hrefOf, type ViewContext } from '../view';

export async function begroting(ctx: ViewContext): Promise<HTMLElement> {
  const data = await request(ctx.config, BegrotingQuery, { code: ctx.code, year: ctx.year });
  const m = data.municipality;
  const root = h('div', { class: 'view' }, municipalityAndYear(ctx, data.municipalities));
  if (!m) {
    append(root, h('div', { class: 'utrecht-alert utrecht-alert--warning', role: 'alert' }, paragraph(`Gemeente ${ctx.code} is niet bekend.`)));
    return root;
  }
  append(root, heading(2, `Begroting ${m.name} ${ctx.year}`));
  const plans = m.budgetPlans ?? [];
  if (plans.length === 0)
    append(root, paragraph(`Geen begroting voor ${ctx.year} vastgelegd. `, h('a', { class: 'utrecht-link', href: hrefOf('begroting', { gemeente: 'GM0556', jaar: 2023 }) }, 'Bekijk de begroting 2023 van Maassluis.')));
  for (const plan of plans) {
    const section = h('section', { class: 'plan', 'aria-labelledby': `plan-${plan.id}` }, heading(3, `${plan.title}: ${formatMoney(plan.total.amount)}`, { id: `plan-${plan.id}` }));
    if (plan.source) append(section, paragraph(`Bron: ${plan.source}`));
    if (plan.findings.length === 0) append(section, h('div', { class: 'utrecht-alert utrecht-alert--ok' }, paragraph('Geen bevindingen: elk gedrukt subtotaal klopt met de regels.')));
    else
      append(section, 
        h('div', { class: 'utrecht-alert utrecht-alert--warning', role: 'note', 'aria-label': 'Bevindingen' },
          heading(3, `Bevindingen (${plan.findings.length})`),
          h('ul', { class: 'utrecht-unordered-list findings' }, plan.findings.map((f) =>
            // In Dutch from the finding's fields; the API's own message (English) only where they say too little.
            h('li', { class: 'utrecht-unordered-list__item', 'data-finding': f.kind }, `${FINDING_KIND[f.kind]}${f.section ? ` (deel ${f.section})` : ''}: `,
              f.stated && f.computed ? `gedrukt ${formatMoney(f.stated.amount)}, berekend uit de regels ${formatMoney(f.computed.amount)}, verschil ${formatMoney(f.difference?.amount)}.` : f.message)))),
      );
    for (const s of plan.sections) {
      append(section, 
        heading(3, `Deel ${s.label}: ${s.title}`),
        s.note ? paragraph(s.note) : null,
        table({
          id: `deel-${s.id}`,
          caption: `Deel ${s.label}, ${s.title}: ${s.lines.length} regels`,
          csv: `begroting-${m.code}-${plan.year}-deel-${s.label}`,
          keys: s.lines.map((l) => l.id),
          columns: [{ label: 'Regel' }, { label: 'Omschrijving' }, { label: 'Financieringsstroom' }, { label: 'Wettelijk' }, { label: 'Bedrag', numeric: true }],
          rows: s.lines.map((l) => [
            l.number ? text(l.number) : { text: '–' },
            text(`${l.description}${l.intervention ? ` (interventie: ${l.intervention.name})` : ''}`),
            text(l.fundingStream?.name ?? ''),
            text(l.statutory ? 'Wettelijk verplicht' : 'Lokale keuze'),
            num(l.amount ? formatMoney(l.amount.amount) : LINE_STATUS[l.status], 'amount'),
          ]),
          footer: [
            [text('Totaal berekend uit de regels'), text(''), text(''), text(''), num(formatMoney(s.computedTotal.amount), 'computedTotal')],
            ...(s.statedTotal ? [[text('Totaal zoals gedrukt'), text(''), text(''), text(''), num(formatMoney(s.statedTotal.amount), 'statedTotal')]] : []),
          ],
        }),
        s.subtotals.length
          ? table({
              id: `subtotalen-${s.id}`,
              caption: `Gedrukte subtotalen van deel ${s.label} tegen de berekende`,
              csv: `begroting-${m.code}-${plan.year}-subtotalen-${s.label}`,
              columns: [{ label: 'Subtotaal' }, { label: 'Gedrukt', numeric: true }, { label: 'Berekend', numeric: true }, { label: 'Klopt' }],
              rows: s.subtotals.map((t) => [text(t.label), num(formatMoney(t.stated.amount), 'stated'), num(formatMoney(t.computed.amount), 'computed'), text(t.matches ? 'Ja' : 'Nee, wijkt af')]),
            })
          : null,
      );
    }
    append(root, section);
  }
  return root;
}
