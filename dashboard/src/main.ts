/**
 * The LEA dashboard: a header with sign-in, a navigation of five views, and the view of the route
 * (`#/overzicht?gemeente=GM0984&jaar=2023`). Every view is one GraphQL request (operations.ts).
 */
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './style.css';
import { ApiError, readConfig } from './api';
import { claimsOf, currentToken, describeClaims, setToken, signInPanel } from './auth';
import { disposeCharts } from './charts';
import { h, paragraph } from './dom';
import { begroting } from './views/begroting';
import { bereik } from './views/bereik';
import { interventies } from './views/interventies';
import { overzicht } from './views/overzicht';
import { plaatsingen } from './views/plaatsingen';
import { vergelijk } from './views/vergelijk';
import type { ViewContext, ViewName } from './view';

const VIEWS: { name: ViewName; title: string; render: (ctx: ViewContext) => Promise<HTMLElement> }[] = [
  { name: 'overzicht', title: 'Overzicht', render: overzicht },
  { name: 'bereik', title: 'Bereik per wijk en locatie', render: bereik },
  { name: 'begroting', title: 'Begroting', render: begroting },
  { name: 'interventies', title: 'Interventies', render: interventies },
  { name: 'vergelijk', title: 'Vergelijk gemeenten', render: vergelijk },
  { name: 'plaatsingen', title: 'Plaatsingen (partners)', render: plaatsingen },
];

const config = readConfig();
// The demo token of `npm start`, unless this tab already signed in otherwise.
if (config.token && !currentToken()) setToken(config.token);

function route(): { view: ViewName; params: URLSearchParams } {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  if (path === 'inhoud') return shown;
  const claims = claimsOf(currentToken());
  const fallback: ViewName = claims?.roles.includes('lea') ? 'overzicht' : claims?.roles.includes('analyst') ? 'vergelijk' : claims?.roles.includes('partner') ? 'plaatsingen' : 'overzicht';
  const view = VIEWS.some((v) => v.name === path) ? (path as ViewName) : fallback;
  return { view, params: new URLSearchParams(query) };
}

const app = document.getElementById('app')!;
// The route last shown, kept while the hash is only the skip link's target.
let shown: { view: ViewName; params: URLSearchParams } = { view: 'overzicht', params: new URLSearchParams() };

// The skip link moves focus to the content without changing the route.
document.querySelector('.utrecht-skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('inhoud')?.focus();
});
let generation = 0;

async function render(): Promise<void> {
  const current = ++generation;
  disposeCharts();
  const { view, params } = route();
  shown = { view, params };
  const claims = claimsOf(currentToken());
  const code = params.get('gemeente') || claims?.municipalities[0] || 'GM0984';
  const year = Number(params.get('jaar')) || 2023;
  const spec = VIEWS.find((v) => v.name === view)!;
  document.title = `${spec.title} · Kansrijk LEA-dashboard`;

  const nav = h(
    'nav',
    { class: 'views no-print', 'aria-label': 'Onderdelen van het dashboard' },
    h('ul', { class: 'views__list' }, VIEWS.map((v) => h('li', {}, h('a', { class: 'views__link', href: `#/${v.name}?gemeente=${code}&jaar=${year}`, 'aria-current': v.name === view ? 'page' : undefined }, v.title)))),
  );
  const signin = h('details', { class: 'signin-details no-print', open: !currentToken() }, h('summary', {}, describeClaims(claims)), signInPanel({ demoRoles: config.demoRoles, onChange: () => void render() }));
  const main = h('main', { id: 'inhoud', tabindex: '-1', 'aria-busy': 'true' }, h('p', { class: 'utrecht-paragraph', role: 'status' }, 'Gegevens worden geladen…'));
  app.replaceChildren(
    h('header', { class: 'utrecht-page-header site-header' }, h('div', { class: 'brand' }, h('h1', { class: 'utrecht-heading-1' }, 'Kansrijk LEA-dashboard'), paragraph('Onderwijskansen, voor- en vroegschoolse educatie, begroting en interventies per gemeente.')), signin),
    nav,
    main,
    h('footer', { class: 'site-footer' }, paragraph('Kansrijk · cijfers over kinderen zijn totalen; kleine aantallen worden niet getoond. De kinderen in de demogegevens zijn synthetisch.')),
  );

  const ctx: ViewContext = {
    config,
    code,
    year,
    params,
    navigate(changes) {
      const next = new URLSearchParams(params);
      next.set('gemeente', code);
      next.set('jaar', String(year));
      for (const [key, value] of Object.entries(changes)) {
        if (value == null || value === '') next.delete(key);
        else next.set(key, value);
      }
      location.hash = `#/${view}?${next.toString()}`;
    },
  };
  try {
    const content = await spec.render(ctx);
    if (current !== generation) return;
    main.replaceChildren(content);
  } catch (error) {
    if (current !== generation) return;
    const message = error instanceof ApiError ? error.message : 'Er ging iets mis in het dashboard. Laad de pagina opnieuw.';
    main.replaceChildren(h('div', { class: 'utrecht-alert utrecht-alert--error', role: 'alert', 'data-error-code': error instanceof ApiError ? error.code : 'CLIENT' }, h('div', { class: 'utrecht-alert__content' }, paragraph(message))));
  } finally {
    if (current === generation) main.removeAttribute('aria-busy');
  }
}

// Focus moves to the content when the view changes (as a page load would), not when a filter does:
// the keyboard user stays on the control they just used.
let lastView = route().view;
window.addEventListener('hashchange', () => {
  const { view } = route();
  const moved = view !== lastView;
  lastView = view;
  const control = document.activeElement?.id;
  void render().then(() => {
    if (moved) document.getElementById('inhoud')?.focus({ preventScroll: true });
    else if (control) document.getElementById(control)?.focus({ preventScroll: true });
  });
});
void render();
