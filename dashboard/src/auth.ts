/**
 * Sign-in as the roles see it: the bearer token lives in this tab only (sessionStorage), the page may
 * open with the demo token that `npm start` hands the gateway, and outside production a role picker asks
 * the gateway to mint a demo token for an analyst, a LEA member or a partner's staff member.
 */
import { h, heading } from './dom';

const KEY = 'kansrijk.dashboard.token';

export interface Claims {
  sub?: string;
  roles: string[];
  municipalities: string[];
  organisations: string[];
  exp?: number;
}

export interface DemoIdentity {
  id: string;
  label: string;
}

export function currentToken(): string {
  return sessionStorage.getItem(KEY) ?? '';
}

export function setToken(token: string): void {
  if (token) sessionStorage.setItem(KEY, token.trim());
  else sessionStorage.removeItem(KEY);
}

/** What the token says about its holder, to choose defaults (the gateway checks it; this only reads it). */
export function claimsOf(token: string): Claims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)))) as Partial<Claims>;
    return { sub: json.sub, roles: json.roles ?? [], municipalities: json.municipalities ?? [], organisations: json.organisations ?? [], exp: json.exp };
  } catch {
    return null;
  }
}

const ROLE_NAMES: Record<string, string> = { analyst: 'analist', lea: 'LEA-lid', officer: 'beleidsmedewerker', partner: 'partnermedewerker', admin: 'beheerder' };

export function describeClaims(claims: Claims | null): string {
  if (!claims) return 'Niet aangemeld';
  const roles = claims.roles.map((r) => ROLE_NAMES[r] ?? r).join(' en ') || 'geen rol';
  const where = [...claims.municipalities, ...claims.organisations].join(', ');
  return `Aangemeld als ${roles}${where ? ` (${where})` : ''}`;
}

export async function demoIdentities(): Promise<DemoIdentity[]> {
  const response = await fetch('/dashboard/demo-roles');
  if (!response.ok) return [];
  return ((await response.json()) as { identities: DemoIdentity[] }).identities;
}

async function mintDemoToken(id: string): Promise<string> {
  const response = await fetch('/dashboard/demo-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id }) });
  if (!response.ok) throw new Error('Het demotoken kon niet worden aangemaakt.');
  return ((await response.json()) as { token: string }).token;
}

/** The sign-in panel: a token field, and the role picker where the gateway offers one. */
export function signInPanel(options: { demoRoles: boolean; onChange: () => void }): HTMLElement {
  const status = h('p', { class: 'utrecht-paragraph', id: 'aanmeldstatus', role: 'status' }, describeClaims(claimsOf(currentToken())));
  const field = h('textarea', { id: 'token', class: 'utrecht-textarea', rows: 3, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'token-uitleg' }) as HTMLTextAreaElement;
  field.value = currentToken();
  const form = h(
    'form',
    { class: 'signin-form', 'aria-labelledby': 'aanmelden-titel' },
    h('div', { class: 'utrecht-form-field' }, h('label', { class: 'utrecht-form-label', for: 'token' }, 'Token (JWT)'),
      h('p', { class: 'utrecht-form-field-description', id: 'token-uitleg' }, 'Plak het token dat u van uw gemeente of organisatie kreeg. Het blijft alleen in dit tabblad bewaard.'),
      field),
    h('div', { class: 'utrecht-button-group' },
      h('button', { type: 'submit', class: 'utrecht-button utrecht-button--primary-action' }, 'Aanmelden'),
      h('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action', onclick: () => { setToken(''); field.value = ''; options.onChange(); } }, 'Afmelden')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setToken(field.value);
    options.onChange();
  });
  const panel = h('section', { class: 'signin', 'aria-labelledby': 'aanmelden-titel' }, heading(2, 'Aanmelden', { id: 'aanmelden-titel' }), status, form);
  if (options.demoRoles) {
    const select = h('select', { id: 'demo-rol', class: 'utrecht-select utrecht-select--html-select' }, h('option', { value: '' }, 'Kies een demorol…')) as HTMLSelectElement;
    const message = h('p', { class: 'utrecht-paragraph', role: 'status' });
    void demoIdentities().then((identities) => identities.forEach((i) => select.append(h('option', { value: i.id }, i.label))));
    const picker = h(
      'form',
      { class: 'signin-form demo-roles' },
      h('div', { class: 'utrecht-form-field' }, h('label', { class: 'utrecht-form-label', for: 'demo-rol' }, 'Demorol (alleen buiten productie)'),
        h('p', { class: 'utrecht-form-field-description', id: 'demo-uitleg' }, 'Bekijk het dashboard zoals een analist, een LEA-lid of een partnermedewerker het ziet, met de demogegevens.'),
        select),
      h('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action' }, 'Aanmelden met deze rol'),
      message,
    );
    select.setAttribute('aria-describedby', 'demo-uitleg');
    picker.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!select.value) return;
      mintDemoToken(select.value)
        .then((token) => {
          setToken(token);
          field.value = token;
          options.onChange();
        })
        .catch((error: Error) => { message.textContent = error.message; });
    });
    panel.append(picker);
  }
  return panel;
}
