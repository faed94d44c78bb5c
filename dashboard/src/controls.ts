/** The municipality and year pickers every per-municipality view starts with. */
import { h } from './dom';
import { YEARS, type ViewContext } from './view';

export function selectField(id: string, label: string, options: { value: string; label: string }[], selected: string, onChange: (value: string) => void): HTMLElement {
  const select = h(
    'select',
    { id, class: 'utrecht-select utrecht-select--html-select', name: id },
    options.map((o) => h('option', { value: o.value, selected: o.value === selected }, o.label)),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => onChange(select.value));
  return h('div', { class: 'utrecht-form-field control' }, h('label', { class: 'utrecht-form-label', for: id }, label), select);
}

export function municipalityAndYear(ctx: ViewContext, municipalities: { code: string; name: string }[]): HTMLElement {
  const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return h(
    'form',
    { class: 'controls no-print', 'aria-label': 'Gemeente en jaar' },
    selectField('gemeente', 'Gemeente', sorted.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` })), ctx.code, (code) => ctx.navigate({ gemeente: code })),
    selectField('jaar', 'Jaar (peildatum 1 oktober)', YEARS.map((y) => ({ value: String(y), label: String(y) })), String(ctx.year), (year) => ctx.navigate({ jaar: year })),
  );
}
