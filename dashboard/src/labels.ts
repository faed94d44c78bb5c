/**
 * Dutch labels for the API's enum values (the schema's names are English; the users are Dutch).
 * Typed against the generated enums, so a new value in the schema fails the type-check until it has a label.
 */
import type {
  BudgetLineStatus,
  CoalitionKind,
  CoalitionRole,
  EarlyEducationMeasure,
  FiguresStatus,
  FindingKind,
  FundingScope,
  InterventionPhase,
  InterventionStatus,
  OrganisationKind,
  PreventionLevel,
} from './gql/graphql';

export const COALITION_ROLE: Record<CoalitionRole, string> = {
  COALITION_PARTNER: 'Coalitiepartner',
  COOPERATION_PARTNER: 'Samenwerkingspartner',
  OTHER_PARTNER: 'Overige partner',
};

export const COALITION_KIND: Record<CoalitionKind, string> = { COALITION: 'Coalitie', LEA: 'Lokale Educatieve Agenda' };

export const ORGANISATION_KIND: Record<OrganisationKind, string> = {
  MUNICIPALITY: 'Gemeente',
  SCHOOL_BOARD: 'Schoolbestuur',
  SCHOOL: 'School',
  CHILDCARE_ORGANISATION: 'Kinderopvangorganisatie',
  CHILDCARE_LOCATION: 'Kinderopvanglocatie',
  CHILD_CENTRE: 'Kindcentrum',
  YOUTH_HEALTH_CARE: 'Jeugdgezondheidszorg',
  YOUTH_CARE: 'Jeugdhulp',
  SOCIAL_WORK: 'Welzijn / sociaal werk',
  LIBRARY: 'Bibliotheek',
  HOUSING_CORPORATION: 'Woningcorporatie',
  COMMUNITY_CENTRE: 'Wijkcentrum',
  SPORT_AND_CULTURE: 'Sport en cultuur',
  GROUP: 'Groep (holding)',
  OTHER: 'Overig',
};

export const FIGURES_STATUS: Record<FiguresStatus, string> = {
  PUBLISHED: 'Gepubliceerd',
  WITHHELD: 'Achtergehouden (te weinig kinderen)',
  PENDING: 'In berekening',
  NO_DATA: 'Geen gegevens',
  NOT_YET: 'Nog niet beschikbaar',
};

export const INTERVENTION_STATUS: Record<InterventionStatus, string> = { PILOT: 'Pilot', EMBEDDED: 'Geborgd', ENDED: 'Beëindigd' };

export const INTERVENTION_PHASE: Record<InterventionPhase, string> = {
  PREPARATION: 'Voorbereiding',
  EXECUTION_AND_MONITORING: 'Uitvoering en monitoring',
  EVALUATION_AND_SECURING: 'Evaluatie en borging',
};

export const PREVENTION_LEVEL: Record<PreventionLevel, string> = { UNIVERSAL: 'Universeel', SELECTIVE: 'Selectief', INDICATED: 'Geïndiceerd' };

export const LINE_STATUS: Record<BudgetLineStatus, string> = {
  SET: 'Vastgesteld',
  PM: 'p.m.',
  TBD: 'n.t.b.',
  WITHIN_EXISTING: 'Binnen bestaande middelen',
};

export const FINDING_KIND: Record<FindingKind, string> = {
  SUBTOTAL_MISMATCH: 'Subtotaal wijkt af van de regels',
  ALLOCATION_MISMATCH: 'Toekenning wijkt af van de formule',
  OVER_ALLOCATED: 'Meer toegekend dan beschikbaar',
  OVERSPENT: 'Overschreden',
  EXCEEDS_AVAILABLE_FUNDS: 'Hoger dan de beschikbare middelen',
};

export const FUNDING_SCOPE: Record<FundingScope, string> = { NATIONAL: 'Landelijk', LOCAL: 'Lokaal' };

export const MEASURE: Record<EarlyEducationMeasure, string> = {
  REACH_RATE: 'Bereik (geplaatst ÷ geïndiceerd)',
  INDICATED: 'Geïndiceerde peuters',
  PLACED: 'Geplaatste peuters',
  NORM_REACHED: 'Aandeel dat 960 uur haalt',
  ON_TRACK: 'Aandeel op koers naar 960 uur',
  AVERAGE_HOURS: 'Gemiddeld aantal uren per geplaatste peuter',
};

/** Theme names come from the API in Dutch already (Meertaligheid, Soepele overgang, local themes). */
export const themeName = (theme: { code: string; name: string }) => theme.name;
