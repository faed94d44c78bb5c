import type { LineSeed, PlanSeed } from './plan-seed';

const activity = (letter: string, line: Omit<LineSeed, 'number' | 'intervention' | 'activity'>): LineSeed => ({
  number: letter,
  intervention: 'voerendaal-npo-plan',
  activity: `voerendaal-npo-${letter}`,
  ...line,
});

const LEERLIJN_MUZIEK = '€ 40.000 startsubsidie (eerste jaar leerlijn begroot op € 80.000, helft via gemeente)';

/**
 * Seed 004 §6 "Wat kost het en hoe betalen we dit?": activities a-i. Activity d is co-financed, so it
 * is two lines (€ 20.000 NPO and € 20.000 culturele middelen corona compensatie). The printed
 * "Totaal middelen NPO € 101.000,-" counts only the NPO lines.
 */
export const VOERENDAAL_NPO_2021: PlanSeed = {
  id: 'voerendaal-npo-2021-2023',
  municipalityCode: 'GM0986',
  year: 2021,
  endYear: 2023,
  title: 'Inzet NPO-middelen gemeente Voerendaal',
  source: 'Inzet NPO-middelen gemeente Voerendaal, §6 "Wat kost het en hoe betalen we dit?"',
  sections: [
    {
      label: 'NPO',
      title: 'Wat kost het en hoe betalen we dit?',
      funds: [],
      lines: [
        activity('a', {
          description: 'Buitenspelen',
          status: 'WITHIN_EXISTING',
          stream: 'GEMEENTE_REGULIER',
          note: 'Uitvoerbaar binnen opdracht TMF',
          recipient: 'the-move-factory',
        }),
        activity('b', {
          description: 'Rots en water',
          status: 'SET',
          amount: '15000',
          stream: 'NPO',
          note: 'Deels uitvoerbaar binnen reguliere aanbod van JENS extra uren SMW beschikbaar stellen voor deelnemen aan Rots en watergroepen.',
          recipient: 'jens',
        }),
        activity('c', {
          description: 'Kennismaken met cultuur jonge kind',
          status: 'SET',
          amount: '16000',
          stream: 'NPO',
          note: 'Uit NPO middelen, middelen worden zo nodig gematcht met eigen budget opvang en onderwijs.',
        }),
        activity('d', {
          description: 'Onderzoek leerlijn muziek',
          status: 'SET',
          amount: '20000',
          stream: 'NPO',
          note: `${LEERLIJN_MUZIEK}; € 20.000 uit NPO`,
          recipient: 'smk',
        }),
        activity('d', {
          description: 'Onderzoek leerlijn muziek',
          status: 'SET',
          amount: '20000',
          stream: 'CULTUUR_CORONA',
          note: `${LEERLIJN_MUZIEK}; € 20.000 uit culturele middelen corona compensatie`,
          recipient: 'smk',
        }),
        activity('e', { description: 'Inspiratie en ideeën integrale kindaanpak', status: 'SET', amount: '5000', stream: 'NPO' }),
        activity('f', {
          description: 'Concreet plan op maat per koppel integrale kindaanpak',
          status: 'SET',
          amount: '30000',
          stream: 'NPO',
          note: '4 koppels € 7.500/60 uur',
        }),
        activity('g', {
          description: 'Versterken van ouderschap en ouderbetrokkenheid',
          status: 'SET',
          amount: '10000',
          stream: 'NPO',
          note: '€2.500 per koppel voor tegemoetkoming in uren en kosten voor bijeenkomst, gastspreker etc.',
        }),
        activity('h', {
          description: 'Facilitering samenwerking en verbinding met de buitenwereld',
          status: 'SET',
          amount: '5000',
          stream: 'NPO',
          note: 'Inzet van activiteitenbudget verenigingen, TMF indien mogelijk',
        }),
        activity('i', {
          description: 'Duurzaamheid ervarend leren',
          status: 'PM',
          stream: 'DUURZAAMHEID_GEMEENTE',
          note: 'P.M. Budget duurzaamheid gemeente',
        }),
      ],
      // Not the section's total: it counts the NPO lines only, so the section has no stated total.
      subtotals: [{ label: 'Totaal middelen NPO', stated: '101000', from: 1, to: 10, stream: 'NPO' }],
    },
  ],
};
