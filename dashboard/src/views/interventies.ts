/**
 * Interventies: the catalogue (interventions subgraph, `interventions(filter, first, after)`), with
 * municipality and partners from partners and funding from budgets; filters and paging in the route.
 */
import { request } from '../api';
import { selectField } from '../controls';
import { append, h, heading, paragraph } from '../dom';
import { formatMoney } from '../format';
import { INTERVENTION_PHASE, INTERVENTION_STATUS, LINE_STATUS, PREVENTION_LEVEL, themeName } from '../labels';
import { InterventiesQuery } from '../operations';
import type { InterventionFilter, InterventionStatus, PreventionLevel } from '../gql/graphql';
import { table, text } from '../table';
import type { ViewContext } from '../view';

const PAGE = 10;

export async function interventies(ctx: ViewContext): Promise<HTMLElement> {
  const p = ctx.params;
  const filter: InterventionFilter = {};
  if (p.get('thema')) filter.theme = p.get('thema');
  if (p.get('in')) filter.municipality = p.get('in');
  if (p.get('status')) filter.status = p.get('status') as InterventionStatus;
  if (p.get('niveau')) filter.preventionLevel = p.get('niveau') as PreventionLevel;
  if (p.get('leeftijd')) filter.age = Number(p.get('leeftijd'));
  if (p.get('zoek')) filter.text = p.get('zoek');
  // The cursors of the pages before this one, so "Vorige" works without asking the server backwards.
  const trail = (p.get('paginas') ?? '').split(',').filter(Boolean);
  const after = trail[trail.length - 1] ?? null;
  const data = await request(ctx.config, InterventiesQuery, { filter, first: PAGE, after });
  const page = data.interventions;
  const municipalities = [...data.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const reset = { paginas: null };

  const search = h('input', { id: 'zoek', class: 'utrecht-textbox utrecht-textbox--html-input', type: 'search', value: p.get('zoek') ?? '', name: 'zoek' }) as HTMLInputElement;
  const age = h('input', { id: 'leeftijd', class: 'utrecht-textbox utrecht-textbox--html-input', type: 'number', min: 0, max: 25, value: p.get('leeftijd') ?? '', name: 'leeftijd' }) as HTMLInputElement;
  const form = h(
    'form',
    { class: 'controls filters no-print', 'aria-label': 'Filters' },
    selectField('thema', 'Thema', [{ value: '', label: 'Alle thema’s' }, ...data.themes.map((t) => ({ value: t.code, label: themeName(t) }))], p.get('thema') ?? '', (v) => ctx.navigate({ thema: v, ...reset })),
    selectField('in', 'Gemeente', [{ value: '', label: 'Alle gemeenten' }, ...municipalities.map((m) => ({ value: m.code, label: m.name }))], p.get('in') ?? '', (v) => ctx.navigate({ in: v, ...reset })),
    selectField('status', 'Status', [{ value: '', label: 'Alle' }, ...Object.entries(INTERVENTION_STATUS).map(([value, label]) => ({ value, label }))], p.get('status') ?? '', (v) => ctx.navigate({ status: v, ...reset })),
    selectField('niveau', 'Preventieniveau', [{ value: '', label: 'Alle' }, ...Object.entries(PREVENTION_LEVEL).map(([value, label]) => ({ value, label }))], p.get('niveau') ?? '', (v) => ctx.navigate({ niveau: v, ...reset })),
    h('div', { class: 'utrecht-form-field control' }, h('label', { class: 'utrecht-form-label', for: 'leeftijd' }, 'Leeftijd (jaar)'), age),
    h('div', { class: 'utrecht-form-field control' }, h('label', { class: 'utrecht-form-label', for: 'zoek' }, 'Zoeken in naam en beschrijving'), search),
    h('button', { type: 'submit', class: 'utrecht-button utrecht-button--primary-action' }, 'Zoeken'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate({ zoek: search.value.trim(), leeftijd: age.value, ...reset });
  });

  const from = trail.length * PAGE + 1;
  const to = trail.length * PAGE + page.edges.length;
  const root = h('div', { class: 'view' }, heading(2, 'Interventies'), form);
  append(root, paragraph(h('span', { role: 'status', 'data-figure': 'totalCount' }, page.totalCount === 0 ? 'Geen interventies gevonden.' : `${from}–${to} van ${page.totalCount} interventies`)));
  if (page.edges.length)
    append(root, 
      table({
        id: 'catalogus',
        caption: `Interventies ${from}–${to} van ${page.totalCount}`,
        csv: 'interventies',
        keys: page.edges.map((e) => e.node.id),
        columns: [{ label: 'Interventie' }, { label: 'Gemeente' }, { label: "Thema's" }, { label: 'Status en fase' }, { label: 'Preventie' }, { label: 'Leeftijd' }, { label: 'Uitvoerders' }, { label: 'Financiering' }],
        rows: page.edges.map(({ node: i }) => [
          text(i.name, 'name'),
          text(i.municipality.name),
          text(i.themes.map(themeName).join(', ')),
          text([i.status ? INTERVENTION_STATUS[i.status] : '', i.phase ? INTERVENTION_PHASE[i.phase] : ''].filter(Boolean).join(', ')),
          text(i.preventionLevel ? PREVENTION_LEVEL[i.preventionLevel] : ''),
          text(i.targetAgeMin != null || i.targetAgeMax != null ? `${i.targetAgeMin ?? 0}–${i.targetAgeMax ?? ''} jaar` : ''),
          text(i.organisations.map((o) => o.name).join(', ')),
          text((i.funding ?? []).map((f) => `${f.fundingStream?.name ?? 'onbekend'}: ${f.amount ? formatMoney(f.amount.amount) : LINE_STATUS[f.status]}`).join('; ')),
        ]),
      }),
    );
  const pager = h('nav', { class: 'pager no-print', 'aria-label': 'Pagina’s' });
  if (trail.length) append(pager, h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onclick: () => ctx.navigate({ paginas: trail.slice(0, -1).join(',') }) }, 'Vorige pagina'));
  if (page.pageInfo.hasNextPage && page.pageInfo.endCursor)
    append(pager, h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onclick: () => ctx.navigate({ paginas: [...trail, page.pageInfo.endCursor!].join(',') }) }, 'Volgende pagina'));
  append(root, pager);
  return root;
}
