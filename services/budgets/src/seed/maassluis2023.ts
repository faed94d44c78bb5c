import type { LineSeed, PlanSeed } from './plan-seed';

const goab = (number: string, description: string, amount: string, extra: Partial<LineSeed> = {}): LineSeed => ({
  number,
  description,
  status: 'SET',
  amount,
  stream: 'GOAB',
  ...extra,
});

/**
 * Deel B lines 1-7 spread lokaal onderwijsbeleid over the seven sub-goals of hoofdstuk 2: each line
 * bears its goal's number and title, so line n pays for Doel n.
 */
const local = (number: string, description: string, amount: string): LineSeed => ({
  number,
  description,
  status: 'SET',
  amount,
  stream: 'LOKAAL_ONDERWIJSBELEID',
  policyGoal: `maassluis-2023-doel-${number}`,
});

/**
 * Seed 003, bijlage 3 "Begroting 2023": every amount as printed. Lines 1-7 of Deel A are marked *
 * (wettelijk verplichte taken). Subtotaal C is printed as € 254.595 while its lines add up to
 * € 254.598; it is kept as printed so the API reports the difference.
 */
export const MAASSLUIS_2023: PlanSeed = {
  id: 'maassluis-2023',
  municipalityCode: 'GM0556',
  year: 2023,
  endYear: 2023,
  title: 'Begroting onderwijskansenbeleid 2023',
  source: 'Onderwijskansenbeleid Maassluis "Verder bouwen aan gelijke kansen", bijlage 3 (november 2022)',
  sections: [
    {
      label: 'A',
      title: '(G)OAB budget 2023',
      note:
        '+ inkomsten pm / + uitgaven pm. Toelichting: nr. 1 t/m 7 betreft keuzes ten gevolge van wettelijke ' +
        'verplichtingen; nr. 8 t/m 15 zijn keuzes die zowel passen binnen lokaal beleid als geoormerkt OAB budget.',
      funds: [
        { stream: 'GOAB', status: 'SET', amount: '1943621', note: 'Voorlopig' },
        { stream: 'SPUK_VE_OEKRAINE', status: 'PM', note: 'Begin 2023 bekend' },
      ],
      lines: [
        goab('1', 'Peuteropvang en Voorschoolse Educatie', '1143936', { statutory: true }),
        goab('2', 'Toeleiding VE – Peuterconsulenten', '76923', { statutory: true }),
        goab('3', 'Ouderbetrokkenheid VVE – Opvoedondersteuning (incl. tolken taal en cultuur)', '88280', { statutory: true }),
        goab('4', 'VVE Monitor', '17500', { statutory: true }),
        goab('5', 'Peutermonitor VE, registratie en bereik peuteropvang', '20000', { statutory: true }),
        goab('6', 'Advies tarieven VE en subsidieformat', '2500', { statutory: true }),
        goab('7', 'Doorbelasting personele kosten onderwijskansenbeleid gemeente Maassluis', '81000', { statutory: true }),
        goab('8', 'Instapje/Opstap', '79644'),
        goab('9', 'Nieuwkomersonderwijs De Diamant', '202500', { recipient: 'basisschool-de-diamant' }),
        goab('10', 'Taal en Opvoeden op de Diamant', '26854', { recipient: 'basisschool-de-diamant' }),
        goab('11', 'Regionaal Taal Expertise Centrum', '15000'),
        goab('12', 'Huiswerkbegeleiding', '40000'),
        goab('13', 'Projecten Educatie bibliotheek', '50000', { recipient: 'bibliotheek-de-plataan' }),
        goab('14', 'LEA budget', '20000'),
        goab('15', 'Reserve', '79484'),
      ],
      subtotals: [{ label: 'Subtotaal A', stated: '1943621', from: 1, to: 15, sectionTotal: true }],
    },
    {
      label: 'B',
      title: 'Lokaal onderwijsbeleid (inzet in overleg met de LEA)',
      note:
        '+ inkomsten ntb / + uitgaven ntb. Toelichting: nr. 1 t/m 10 betreft keuzes uit lokaal beleid; ' +
        'nr. 11 betreft geoormerkte rijksmiddelen.',
      funds: [
        { stream: 'LOKAAL_ONDERWIJSBELEID', status: 'SET', amount: '75000' },
        { stream: 'LEERPLICHT_RBL', status: 'SET', amount: '236061' },
        { stream: 'ASSCHERMIDDELEN', status: 'SET', amount: '50213' },
        { stream: 'AANSLUITING_ARBEIDSMARKT', status: 'TBD' },
        { stream: 'KANSRIJKE_START', status: 'TBD' },
      ],
      lines: [
        local('1', 'Voldoende gespreid en kwalitatief goed aanbod', '10000'),
        local('2', 'Waarborgen van een doorgaande lijn', '10000'),
        local('3', 'Toeleiding naar VVE', '10000'),
        local('4', 'Monitoren van bereik, kwaliteit en resultaten', '10000'),
        local('5', 'Kinderen voorbereiden op de wereld van morgen (o.a. Talenthuis Jeugd)', '10000'),
        local('6', 'Samenwerking rondom de ontwikkeling van kinderen (o.a. ouderkamers en de Onderwijsprijs)', '15000'),
        local('7', 'Voor ieder kind een passende plek (o.a. ondersteuningsstructuur kinderopvang)', '10000'),
        { number: '8', description: 'Leer- en kwalificatieplicht, incl reserveruimte', status: 'SET', amount: '236061', stream: 'LEERPLICHT_RBL' },
        {
          number: '9',
          description: 'Stimuleren dat kinderen 0-4 jaar naar een voorschoolse voorziening gaan',
          status: 'SET',
          amount: '50213',
          stream: 'ASSCHERMIDDELEN',
        },
        { number: '10', description: 'Buzinessclub', status: 'TBD', stream: 'AANSLUITING_ARBEIDSMARKT' },
        { number: '11', description: 'Uitvoering Kansrijke Start', status: 'TBD', stream: 'KANSRIJKE_START' },
      ],
      // The source prints no total for the whole of Deel B, only these two.
      subtotals: [
        { label: 'Subtotaal B (1 t/m 7)', stated: '75000', from: 1, to: 7 },
        { label: 'Subtotaal B (8 t/m 11)', stated: '286274', from: 8, to: 11 },
      ],
    },
    {
      label: 'C',
      title: 'Beschikbare tijdelijke middelen 2022/2023',
      note: 'Begroting 2022/2023. Toelichting: betreft geoormerkte middelen NPO.',
      funds: [
        { stream: 'NPO', status: 'SET', amount: '151405' },
        { stream: 'NPO', status: 'SET', amount: '103193', note: 'NPO 2021 restant' },
      ],
      lines: [
        { number: null, description: 'Nationaal Programma Onderwijs (NPO)', status: 'SET', amount: '151405', stream: 'NPO' },
        { number: null, description: 'NPO 2021 restant', status: 'SET', amount: '103193', stream: 'NPO' },
      ],
      subtotals: [{ label: 'Subtotaal C', stated: '254595', from: 1, to: 2, sectionTotal: true }],
    },
    {
      label: 'D',
      title: 'Resterende OAB middelen 2022',
      note: 'Begroting 2022/2023. Toelichting: projecten uit resterende OAB-middelen 2022.',
      funds: [],
      lines: [
        {
          number: null,
          description: 'Samen Leren',
          status: 'SET',
          amount: '125327',
          stream: 'GOAB',
          note: 'Restant OAB 2022 (in 2023 overgangsjaar naar cofinanciering)',
        },
        {
          number: null,
          description: 'Petje Af Weekendschool',
          status: 'SET',
          amount: '29228',
          stream: 'GOAB',
          note: 'Restant OAB 2022 (in 2023 besluit over vervolg per 2024)',
        },
      ],
      subtotals: [{ label: 'Subtotaal D', stated: '154555', from: 1, to: 2, sectionTotal: true }],
    },
  ],
};
