import type { FundingStream, StatutoryTask } from '../entities';

/**
 * The funding streams of seeds 003 (Maassluis, hoofdstuk 5 and bijlage 3) and 004 (Voerendaal §6).
 * Earmarking follows Maassluis' marks: *** geoormerkte rijksmiddelen, ** niet geoormerkte rijksmiddelen.
 * The source contradicts itself on Kansrijke Start: the table marks it ** (not earmarked), the
 * toelichting calls Deel B nr. 11 "geoormerkte rijksmiddelen"; the mark in the table is kept.
 */
export const FUNDING_STREAMS: FundingStream[] = [
  {
    code: 'GOAB',
    name: '(G)OAB-middelen',
    earmarked: true,
    scope: 'NATIONAL',
    description: 'Gemeentelijk onderwijsachterstandenbeleid; het grootste deel gaat naar voorschoolse voorzieningen met een VE-aanbod.',
  },
  {
    code: 'SPUK_VE_OEKRAINE',
    name: 'SPUK voorschoolse educatie Oekraïne',
    earmarked: true,
    scope: 'NATIONAL',
    description: 'Specifieke uitkering voor voorschoolse educatie voor de Oekraïense doelgroep.',
  },
  {
    code: 'NPO',
    name: 'Nationaal Programma Onderwijs (NPO)',
    earmarked: true,
    scope: 'NATIONAL',
    description: 'Tijdelijke specifieke uitkering om coronavertragingen bij kinderen in te halen (2021-2023).',
  },
  {
    code: 'LEERPLICHT_RBL',
    name: 'Leer- en kwalificatieplicht (RBL)',
    earmarked: false,
    scope: 'NATIONAL',
    description: 'Uitvoering van de leer- en kwalificatieplicht.',
  },
  {
    code: 'ASSCHERMIDDELEN',
    name: 'Asschermiddelen',
    earmarked: false,
    scope: 'NATIONAL',
    description: 'Voor het verbeteren van het bereik van 0-4-jarigen in de voorschoolse voorzieningen.',
  },
  {
    code: 'KANSRIJKE_START',
    name: 'Kansrijke Start',
    earmarked: false,
    scope: 'NATIONAL',
    description: 'Voor een goede start in de eerste 1000 dagen van een kind.',
  },
  {
    code: 'AANSLUITING_ARBEIDSMARKT',
    name: 'Aansluiting arbeidsmarkt',
    earmarked: false,
    scope: 'LOCAL',
    description: 'Middelen voor de aansluiting tussen onderwijs en arbeidsmarkt.',
  },
  {
    code: 'LOKAAL_ONDERWIJSBELEID',
    name: 'Lokaal onderwijsbeleid',
    earmarked: false,
    scope: 'LOCAL',
    description: 'Gemeentelijke middelen voor het lokale onderwijsbeleid, ingezet in overleg met de LEA.',
  },
  {
    code: 'CULTUUR_CORONA',
    name: 'Culturele middelen corona compensatie',
    earmarked: false,
    scope: 'LOCAL',
    description: 'Gemeentelijke cultuurmiddelen uit de coronacompensatie (cofinanciering).',
  },
  {
    code: 'DUURZAAMHEID_GEMEENTE',
    name: 'Budget duurzaamheid gemeente',
    earmarked: false,
    scope: 'LOCAL',
    description: 'Het duurzaamheidsbudget van de gemeente (cofinanciering).',
  },
  {
    code: 'GEMEENTE_REGULIER',
    name: 'Reguliere gemeentelijke middelen / bestaande opdrachten',
    earmarked: false,
    scope: 'LOCAL',
    description: 'Activiteiten die binnen een bestaande opdracht of het reguliere aanbod worden uitgevoerd.',
  },
];

const MAASSLUIS = 'Onderwijskansenbeleid Maassluis "Verder bouwen aan gelijke kansen" (november 2022)';
const WPO = 'Wet op het primair onderwijs; Besluit basisvoorwaarden kwaliteit voorschoolse educatie';

/**
 * The statutory tasks (wettelijke taken) the streams pay for, as seed 003 names them: hoofdstuk 1
 * (wettelijk kader, rol gemeente, rol Leerrecht), hoofdstuk 2 and bijlage 2 ("is een wettelijke
 * taak"), and bijlage 1 (leerplicht, kwalificatieplicht, RMC). Laws are named only where the source
 * names them for the task. The other streams fund local choices or temporary programmes; the seeds
 * name no statutory task for them, so they have none here.
 */
export const STATUTORY_TASKS: StatutoryTask[] = [
  {
    fundingStreamCode: 'GOAB',
    position: 1,
    description:
      'Voldoende gespreid en kwalitatief goed aanbod van voorzieningen voor voorschoolse educatie (VE): sinds ' +
      '1 augustus 2020 een aanbod van in totaal 960 uur voorschoolse educatie aan doelgroeppeuters van 2,5 tot 4 jaar.',
    legalBasis: `Wet OKE; ${WPO}`,
    source: `${MAASSLUIS}, hoofdstuk 1 (wettelijk kader; gemeente) en bijlage 2, doel 1`,
  },
  {
    fundingStreamCode: 'GOAB',
    position: 2,
    description: 'Afspraken over een doorgaande leerlijn van voorschool naar vroegschool (voorschoolse voorziening naar basisschool).',
    legalBasis: WPO,
    source: `${MAASSLUIS}, hoofdstuk 2 en bijlage 2, doel 2 ("is een wettelijke taak")`,
  },
  {
    fundingStreamCode: 'GOAB',
    position: 3,
    description: 'Toeleiding van doelgroeppeuters naar een voorziening voor voorschoolse educatie.',
    legalBasis: WPO,
    source: `${MAASSLUIS}, hoofdstuk 2 en bijlage 2, doel 3 ("De gemeente heeft een wettelijke taak")`,
  },
  {
    fundingStreamCode: 'GOAB',
    position: 4,
    description: 'Jaarlijkse afspraken over VVE met de bevoegde gezagsorganen van basisonderwijs en VE-kinderopvang.',
    legalBasis: 'Wet op het primair onderwijs',
    source: `${MAASSLUIS}, hoofdstuk 1 (gemeente: waarvoor de (G)OAB-middelen bedoeld zijn)`,
  },
  {
    fundingStreamCode: 'GOAB',
    position: 5,
    description: 'Monitoren van bereik, kwaliteit en resultaten van VVE.',
    legalBasis: WPO,
    source: `${MAASSLUIS}, hoofdstuk 2 en bijlage 2, doel 4 ("is een wettelijke taak")`,
  },
  {
    fundingStreamCode: 'LEERPLICHT_RBL',
    position: 1,
    description: 'Uitvoeren van de leerplicht: leerlingen van 5 tot 16 jaar zijn leerplichtig; schoolverzuim tegengaan.',
    legalBasis: 'Leerplichtwet',
    source: `${MAASSLUIS}, hoofdstuk 1 (rol Leerrecht) en bijlage 1 (leerplicht en kwalificatieplicht; verzuim)`,
  },
  {
    fundingStreamCode: 'LEERPLICHT_RBL',
    position: 2,
    description: 'Uitvoeren van de kwalificatieplicht: jongeren van 16 tot 18 jaar zonder startkwalificatie.',
    legalBasis: 'Leerplichtwet',
    source: `${MAASSLUIS}, hoofdstuk 1 (rol Leerrecht) en bijlage 1 (leerplicht en kwalificatieplicht)`,
  },
  {
    fundingStreamCode: 'LEERPLICHT_RBL',
    position: 3,
    description:
      'Regionale Meld- en Coördinatiefunctie (RMC): voortijdig schoolverlaten tegengaan en 18- tot 23-jarigen ' +
      'zonder startkwalificatie naar een opleiding of (leerwerk)baan helpen.',
    legalBasis: null,
    source: `${MAASSLUIS}, bijlage 1 (aanpak voortijdig schoolverlaten: "Gemeenten hebben een wettelijke taak om vsv tegen te gaan")`,
  },
];
