import type { FundingStream } from '../entities';

/**
 * The funding streams of seeds 003 (Maassluis, hoofdstuk 5 and bijlage 3) and 004 (Voerendaal §6).
 * Earmarking follows Maassluis' marks: *** geoormerkte rijksmiddelen, ** niet geoormerkte rijksmiddelen.
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
