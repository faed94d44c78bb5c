/**
 * Plaatsingen, for partner staff: their own organisation's placements (children subgraph,
 * `Organisation.placementsPage`), pseudonymous children only. Anyone else gets the API's FORBIDDEN,
 * which the dashboard says in Dutch; every page read is in the audit log, and the page says so.
 */
import { request } from '../api';
import { claimsOf, currentToken } from '../auth';
import { selectField } from '../controls';
import { append, h, heading, paragraph } from '../dom';
import { formatDate } from '../format';
import { PlaatsingenQuery } from '../operations';
import { num, table, text } from '../table';
import type { ViewContext } from '../view';

const PAGE = 20;

export async function plaatsingen(ctx: ViewContext): Promise<HTMLElement> {
  const own = claimsOf(currentToken())?.organisations ?? [];
  const organisation = ctx.params.get('organisatie') || own[0] || 'kinderopvang-t-nest';
  const trail = (ctx.params.get('paginas') ?? '').split(',').filter(Boolean);
  const root = h(
    'div',
    { class: 'view' },
    heading(2, 'Plaatsingen van uw organisatie'),
    paragraph('Gegevens over individuele (gepseudonimiseerde) kinderen: alleen voor medewerkers van de eigen organisatie. Elke keer dat u deze pagina opent, wordt dat vastgelegd in het logboek dataverwerkingen.'),
  );
  if (own.length > 1)
    root.append(h('form', { class: 'controls no-print', 'aria-label': 'Organisatie' }, selectField('organisatie', 'Organisatie', own.map((o) => ({ value: o, label: o })), organisation, (v) => ctx.navigate({ organisatie: v, paginas: null }))));
  const data = await request(ctx.config, PlaatsingenQuery, { organisation, first: PAGE, after: trail[trail.length - 1] ?? null });
  const org = data.organisation;
  if (!org) {
    root.append(h('div', { class: 'utrecht-alert utrecht-alert--warning', role: 'alert' }, paragraph(`Organisatie ${organisation} is niet bekend.`)));
    return root;
  }
  const edges = org.placementsPage?.edges ?? [];
  root.append(heading(3, org.name));
  if (edges.length === 0) root.append(paragraph('Geen plaatsingen.'));
  else
    root.append(
      table({
        id: 'plaatsingen-tabel',
        caption: `Plaatsingen bij ${org.name}, ${trail.length * PAGE + 1}–${trail.length * PAGE + edges.length}`,
        csv: `plaatsingen-${org.id}`,
        keys: edges.map((e) => e.node.id),
        columns: [{ label: 'Kind (pseudoniem)' }, { label: 'Geboortemaand' }, { label: 'Wijk' }, { label: 'Locatie' }, { label: 'Begin' }, { label: 'Einde' }, { label: 'Uur per week', numeric: true }],
        rows: edges.map(({ node: p }) => [
          text(p.child.id, 'child'),
          text(p.child.birthMonth),
          text(p.child.neighbourhood ?? ''),
          text(p.location.name),
          text(formatDate(p.startDate)),
          text(formatDate(p.endDate)),
          num(p.hoursPerWeek.toLocaleString('nl-NL'), 'hours'),
        ]),
      }),
    );
  const pager = h('nav', { class: 'pager no-print', 'aria-label': 'Pagina’s' });
  if (trail.length) append(pager, h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onclick: () => ctx.navigate({ paginas: trail.slice(0, -1).join(',') }) }, 'Vorige pagina'));
  const info = org.placementsPage?.pageInfo;
  if (info?.hasNextPage && info.endCursor) append(pager, h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onclick: () => ctx.navigate({ paginas: [...trail, info.endCursor!].join(',') }) }, 'Volgende pagina'));
  root.append(pager);
  return root;
}
