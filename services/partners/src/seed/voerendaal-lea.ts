import type { CoalitionSeed } from './coalition-seed';

/**
 * Seed 004: the LEA of Voerendaal as the NPO plan describes it (§4.1 the partners, §7 the regiegroep).
 * Commitments are quoted from the plan's activities (§5, §6) where it names what a partner does.
 */
export const voerendaalLea: CoalitionSeed = {
  id: 'voerendaal-lea',
  name: 'Lokale Educatieve Agenda Voerendaal',
  kind: 'LEA',
  municipalityCode: 'GM0986',
  area: null,
  questionZero: null,
  ambition: null,
  startYear: null,
  endYear: null,
  principles: [],
  source: 'Inzet NPO-middelen gemeente Voerendaal (NPO-plan 2021-2023), §4.1 en §7',
  members: [
    { organisationId: 'gemeente-voerendaal', role: 'COALITION_PARTNER', participation: 'ACTIVE' },
    {
      organisationId: 'innovo',
      role: 'COALITION_PARTNER',
      participation: 'ACTIVE',
      commitment: 'Scholen bieden Rots en water aan.',
    },
    {
      organisationId: 'humankind',
      role: 'COALITION_PARTNER',
      participation: 'ACTIVE',
      commitment:
        'De opvangorganisaties willen hun aanbod versterken met meer cultureel aanbod in de peuter en kinderopvang en kinderen in aanraking brengen met verschillende cultuuraspecten als muziek, dans, theater, kunst etc.',
    },
    {
      organisationId: 'kinderopvang-op-t-bergske',
      role: 'COALITION_PARTNER',
      participation: 'ACTIVE',
      commitment:
        'De opvangorganisaties willen hun aanbod versterken met meer cultureel aanbod in de peuter en kinderopvang en kinderen in aanraking brengen met verschillende cultuuraspecten als muziek, dans, theater, kunst etc.',
    },
    {
      organisationId: 'jens',
      role: 'COALITION_PARTNER',
      participation: 'ACTIVE',
      commitment:
        'Deels uitvoerbaar binnen reguliere aanbod van JENS extra uren SMW beschikbaar stellen voor deelnemen aan Rots en watergroepen. JENS, school en opvang organiseren per koppel een oudergespreksgroep om thema’s naar behoeften te bespreken.',
    },
    // "nemen niet actief deel aan LEA overleggen, maar volgen LEA ontwikkelingen op afstand"
    { organisationId: 'kinderopvang-zoet', role: 'OTHER_PARTNER', participation: 'AT_A_DISTANCE' },
    { organisationId: 'bso-zonnestraal', role: 'OTHER_PARTNER', participation: 'AT_A_DISTANCE' },
  ],
  bodies: [
    {
      key: 'regiegroep-npo-plan',
      kind: 'STEERING_GROUP',
      name: 'Regiegroep NPO-plan',
      purpose:
        'Houdt zicht op de uitvoering van het plan (1 januari 2022 tot en met 31 juli 2023): 1 schooldirecteur, 1 locatiemanager opvang en 1 beleidsadviseur gemeente komen 4x per jaar bij elkaar en plannen eventuele acties. Vanuit de regiegroep wordt extra aandacht besteed aan de borging van de resultaten.',
      meetingsPerYear: 4,
      cadence: '4x per jaar',
      // Only the municipality's seat names its organisation; the school and the childcare location are not named.
      members: ['gemeente-voerendaal'],
      roles: [
        { key: 'schooldirecteur', title: 'schooldirecteur', description: null, holderId: null },
        { key: 'locatiemanager-opvang', title: 'locatiemanager opvang', description: null, holderId: null },
        { key: 'beleidsadviseur-gemeente', title: 'beleidsadviseur gemeente', description: null, holderId: 'gemeente-voerendaal' },
      ],
    },
  ],
};
