/** Why a cell shows no number: the suppression rules of the API's Count and Rate types, in Dutch. */
import { h, heading } from '../dom';

export function legend(): HTMLElement {
  return h(
    'aside',
    { class: 'legend', 'aria-labelledby': 'legenda' },
    heading(3, 'Legenda: waarom staat er geen getal?', { id: 'legenda' }),
    h(
      'dl',
      { class: 'utrecht-data-list' },
      h('dt', {}, h('span', { class: 'withheld-sample' }, '<5')),
      h('dd', {}, '1 tot en met 4 kinderen. Zulke kleine aantallen tonen we niet, zodat niemand een kind kan herkennen (zoals DUO "<5" publiceert).'),
      h('dt', {}, h('span', { class: 'withheld-sample' }, 'x')),
      h('dd', {}, 'Niet gepubliceerd ter bescherming: het getal zou een onderdrukt getal terugrekenbaar maken (secundaire onderdrukking), of een aandeel berust op een onderdrukt aantal of op minder dan 10 kinderen.'),
      h('dt', {}, h('span', { class: 'withheld-sample' }, '.')),
      h('dd', {}, 'Geen cijfer: voor dit jaar of deze gemeente zijn er (nog) geen gegevens.'),
    ),
  );
}
