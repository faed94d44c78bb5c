/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How far the amount of a budget line is known (*status bedrag*). */
export type BudgetLineStatus =
  /** Pro memorie (*pm*): the line exists, its amount is not known yet; amount is null. */
  | 'PM'
  /** The amount is set (*vastgesteld*). */
  | 'SET'
  /** Nog te bepalen (*ntb*): to be determined; amount is null. */
  | 'TBD'
  /** Carried out within an existing assignment or budget (*binnen bestaande opdracht*): no separate amount. */
  | 'WITHIN_EXISTING';

/** Whether a table is a coalition with a coalition pact or a Lokale Educatieve Agenda. */
export type CoalitionKind =
  /** A coalition with a coalitiepact, such as the GKA coalitions (*coalitie*). */
  | 'COALITION'
  /** The table of a Lokale Educatieve Agenda (*LEA*), where municipality and partners agree on education policy. */
  | 'LEA';

/** The role of a member in a coalition (*rol in de coalitie*), as coalition pacts distinguish them. */
export type CoalitionRole =
  /** A coalition partner (*coalitiepartner*): signs the pact and shares ownership. */
  | 'COALITION_PARTNER'
  /** A cooperation partner (*samenwerkingspartner*): works with the coalition on specific topics. */
  | 'COOPERATION_PARTNER'
  /** Another partner (*overige partner*): involved at a distance. */
  | 'OTHER_PARTNER';

/** A figure to rank municipalities by (*maatstaf*). */
export type EarlyEducationMeasure =
  /** Gemiddelde uren per geplaatst kind: `hours.averagePerPlaced`. */
  | 'AVERAGE_HOURS'
  /** Doelgroeppeuters: `indicated`. */
  | 'INDICATED'
  /** 960-urennorm: `normReached`. */
  | 'NORM_REACHED'
  /** Op koers voor 960 uur: `hours.onTrackRate`. */
  | 'ON_TRACK'
  /** Geplaatst: `placed`. */
  | 'PLACED'
  /** Bereik: `reachRate`. */
  | 'REACH_RATE';

/** Whether a municipality has figures for a year (*status van de cijfers*). */
export type FiguresStatus =
  /** Nog niet: the reference date lies ahead. */
  | 'NOT_YET'
  /** Geen gegevens: no target-group definition was in force on the reference date, or no child is recorded. */
  | 'NO_DATA'
  /** In berekening: records exist and their first publication is being computed (within seconds). */
  | 'PENDING'
  /** Gepubliceerd: the figures, protected as one table. */
  | 'PUBLISHED'
  /** Achtergehouden: so few children that no figure could be shown without revealing others; every count is `x`. */
  | 'WITHHELD';

/** The kind of an inconsistency found in a budget (*soort bevinding*). */
export type FindingKind =
  /** An allocation mismatch (*toekenning wijkt af*): a printed allocation differs from what its formula gives. */
  | 'ALLOCATION_MISMATCH'
  /**
   * A section's lines of one funding stream add up to more than the funds it prints as available from
   * that stream (*beschikbare middelen overschreden*); only where the available amount is set.
   */
  | 'EXCEEDS_AVAILABLE_FUNDS'
  /**
   * More was spent on a budget line (*realisatie*) than it budgets (overschrijding); for a line without
   * a set amount (pm, ntb), any spending.
   */
  | 'OVERSPENT'
  /** Over-allocated (*meer gepland dan toegekend*): the plans draw more from an allocation than it provides. */
  | 'OVER_ALLOCATED'
  /** A subtotal mismatch (*subtotaal wijkt af*): a printed subtotal differs from the sum of the lines it covers. */
  | 'SUBTOTAL_MISMATCH';

/** Whether an earmarked national stream, a national stream that is not earmarked, or local money. */
export type FundingScope =
  /** From the municipality's own budget (*gemeentelijke middelen*), e.g. lokaal onderwijsbeleid. */
  | 'LOCAL'
  /** From the national government (*Rijk*), e.g. (G)OAB-middelen or NPO. */
  | 'NATIONAL';

/** Conditions for the intervention catalogue; all given conditions must hold. */
export type InterventionFilter = {
  /** Only interventions whose target age range includes this age in years. */
  age?: number | null | undefined;
  /** Only interventions led by this municipality (CBS code). */
  municipality?: string | number | null | undefined;
  /** Only interventions executed by this organisation (id). */
  organisation?: string | number | null | undefined;
  /** Only interventions at this prevention level. */
  preventionLevel?: PreventionLevel | null | undefined;
  /** Only interventions in this status. */
  status?: InterventionStatus | null | undefined;
  /** Words to find in name, summary or lessons, matched case-insensitively and literally. */
  text?: string | null | undefined;
  /** A theme code (*themacode*), e.g. `SOEPELE_OVERGANG` or a local theme's code. */
  theme?: string | null | undefined;
};

/** The phase of the learning cycle an intervention is in (*fase*), as the coalition pacts describe it. */
export type InterventionPhase =
  /** Evaluatie en borging: evaluated and, when it works, made a lasting part of the offer. */
  | 'EVALUATION_AND_SECURING'
  /** Uitvoering en monitoring: carried out while partners monitor quality and cooperation. */
  | 'EXECUTION_AND_MONITORING'
  /** Voorbereiding: goal, partners, contributions, money and actions are worked out. */
  | 'PREPARATION';

/** Where an intervention stands (*status*). */
export type InterventionStatus =
  /** Embedded (*ingebed / geborgd*): part of the regular offer. */
  | 'EMBEDDED'
  /** Ended (*beëindigd*). */
  | 'ENDED'
  /** A pilot (*pilot*): tried out at a few places. */
  | 'PILOT';

/** The kind of an organisation (*soort organisatie*) in the local education landscape. */
export type OrganisationKind =
  /** A childcare location (*kinderopvanglocatie*) in the LRK: KDV, BSO, VGO or PSZ. */
  | 'CHILDCARE_LOCATION'
  /** A childcare organisation (*kinderopvangorganisatie*) holding one or more locations. */
  | 'CHILDCARE_ORGANISATION'
  /** A child centre (*kindcentrum, IKC*) where school and childcare work under one roof. */
  | 'CHILD_CENTRE'
  /** A community centre (*wijkcentrum, buurthuis, MFC*). */
  | 'COMMUNITY_CENTRE'
  /** A group of organisations under one holding (*concern, groep*), e.g. MIK & PIW Groep. */
  | 'GROUP'
  /** A housing corporation (*woningcorporatie*). */
  | 'HOUSING_CORPORATION'
  /** A public library (*bibliotheek*). */
  | 'LIBRARY'
  /** The municipality itself (*gemeente*) as a partner. */
  | 'MUNICIPALITY'
  /** Anything else (*overig*). */
  | 'OTHER'
  /** A school or school location (*school, vestiging*), identified by BRIN and vestigingsnummer. */
  | 'SCHOOL'
  /** A school board (*schoolbestuur, bevoegd gezag*). */
  | 'SCHOOL_BOARD'
  /** Social work and community development (*sociaal werk, welzijn, opbouwwerk*). */
  | 'SOCIAL_WORK'
  /** A sport, culture or music education provider (*sport- en cultuuraanbieder*). */
  | 'SPORT_AND_CULTURE'
  /** Youth care and family support (*jeugdhulp, basishulp jeugd, gezinscoaches*). */
  | 'YOUTH_CARE'
  /** Youth health care (*jeugdgezondheidszorg*: JGZ, GGD or CJG), which issues VE indications. */
  | 'YOUTH_HEALTH_CARE';

/** The prevention level (*preventieniveau*) an intervention works at. */
export type PreventionLevel =
  /** Geïndiceerde preventie: for individuals, after referral. */
  | 'INDICATED'
  /** Selectieve preventie: for specific groups, locations or neighbourhoods with a higher risk. */
  | 'SELECTIVE'
  /** Universele preventie: for the whole population. */
  | 'UNIVERSAL';

/** Sort order (*sorteervolgorde*). */
export type SortOrder =
  /** Oplopend: lowest first. */
  | 'ASC'
  /** Aflopend: highest first. */
  | 'DESC';

export type DashboardOverzichtQueryVariables = Exact<{
  code: string | number;
  year: number;
  from: number;
  to: number;
}>;


export type DashboardOverzichtQuery = { municipalities: Array<{ code: string, name: string }>, municipality: { code: string, name: string, province: string, coalitions: Array<{ id: string, name: string, kind: CoalitionKind, area: string | null, questionZero: string | null, ambition: string | null, startYear: number | null, endYear: number | null, members: Array<{ role: CoalitionRole, organisation: { id: string, name: string, kind: OrganisationKind } }> }>, earlyEducation: { status: FiguresStatus, statusReason: string | null, year: number, referenceDate: string, definitionVersion: string | null, computedAt: string | null, stale: boolean, synthetic: boolean, indicated: { value: number | null, suppressed: boolean, label: string }, referred: { value: number | null, suppressed: boolean, label: string }, registered: { value: number | null, suppressed: boolean, label: string }, placed: { value: number | null, suppressed: boolean, label: string }, normCohort: { value: number | null, suppressed: boolean, label: string }, normAchieved: { value: number | null, suppressed: boolean, label: string }, reachRate: { value: number | null, suppressed: boolean }, normReached: { value: number | null, suppressed: boolean } } | null, earlyEducationSeries: Array<{ year: number, status: FiguresStatus, definitionVersion: string | null, indicated: { value: number | null, suppressed: boolean, label: string }, placed: { value: number | null, suppressed: boolean, label: string }, reachRate: { value: number | null, suppressed: boolean } }> | null, budgetPlans: Array<{ id: string, title: string, total: { amount: string, currency: string }, spendingByStream: Array<{ fundingStream: { code: string, name: string, earmarked: boolean, scope: FundingScope }, spending: { overspent: boolean, budgeted: { amount: string }, spent: { amount: string }, remaining: { amount: string } } }> }> | null, interventions: Array<{ id: string, name: string, status: InterventionStatus | null, themes: Array<{ code: string, name: string }>, funding: Array<{ status: BudgetLineStatus, amount: { amount: string } | null, fundingStream: { code: string, name: string } | null }> | null }> | null } | null };

export type DashboardBereikQueryVariables = Exact<{
  code: string | number;
  year: number;
}>;


export type DashboardBereikQuery = { municipalities: Array<{ code: string, name: string }>, municipality: { code: string, name: string, neighbourhoods: Array<{ code: string, name: string }>, earlyEducation: { status: FiguresStatus, statusReason: string | null, definitionVersion: string | null, referenceDate: string, indicated: { value: number | null, suppressed: boolean, label: string }, placed: { value: number | null, suppressed: boolean, label: string }, reachRate: { value: number | null, suppressed: boolean } } | null, earlyEducationByNeighbourhood: Array<{ neighbourhood: string | null, indicated: { value: number | null, suppressed: boolean, label: string }, referred: { value: number | null, suppressed: boolean, label: string }, registered: { value: number | null, suppressed: boolean, label: string }, placed: { value: number | null, suppressed: boolean, label: string }, reachRate: { value: number | null, suppressed: boolean }, normCohort: { value: number | null, suppressed: boolean, label: string }, normAchieved: { value: number | null, suppressed: boolean, label: string }, normReached: { value: number | null, suppressed: boolean } }> | null, earlyEducationByLocation: Array<{ location: { id: string, name: string, parent: { name: string } | null }, placed: { value: number | null, suppressed: boolean, label: string }, normCohort: { value: number | null, suppressed: boolean, label: string }, normAchieved: { value: number | null, suppressed: boolean, label: string }, normReached: { value: number | null, suppressed: boolean } }> | null } | null };

export type DashboardBegrotingQueryVariables = Exact<{
  code: string | number;
  year: number;
}>;


export type DashboardBegrotingQuery = { municipalities: Array<{ code: string, name: string }>, municipality: { code: string, name: string, budgetPlans: Array<{ id: string, title: string, year: number, endYear: number, source: string | null, total: { amount: string, currency: string }, sections: Array<{ id: string, label: string, title: string, note: string | null, statedTotal: { amount: string } | null, computedTotal: { amount: string }, subtotals: Array<{ label: string, matches: boolean, stated: { amount: string }, computed: { amount: string } }>, lines: Array<{ id: string, number: string | null, description: string, status: BudgetLineStatus, statutory: boolean, note: string | null, amount: { amount: string } | null, fundingStream: { code: string, name: string } | null, intervention: { id: string, name: string } | null }> }>, findings: Array<{ kind: FindingKind, section: string | null, message: string, stated: { amount: string } | null, computed: { amount: string } | null, difference: { amount: string } | null }> }> | null } | null };

export type DashboardInterventiesQueryVariables = Exact<{
  filter?: InterventionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DashboardInterventiesQuery = { municipalities: Array<{ code: string, name: string }>, themes: Array<{ code: string, name: string, national: boolean }>, interventions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, summary: string | null, status: InterventionStatus | null, phase: InterventionPhase | null, preventionLevel: PreventionLevel | null, targetAgeMin: number | null, targetAgeMax: number | null, municipality: { code: string, name: string }, organisations: Array<{ id: string, name: string }>, themes: Array<{ code: string, name: string }>, funding: Array<{ status: BudgetLineStatus, amount: { amount: string } | null, fundingStream: { code: string, name: string } | null }> | null } }> } };

export type DashboardVergelijkQueryVariables = Exact<{
  year: number;
  by: EarlyEducationMeasure;
  order: SortOrder;
  first: number;
  after?: string | null | undefined;
}>;


export type DashboardVergelijkQuery = { earlyEducationRanking: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ rank: number | null, value: number | null, municipality: { code: string, name: string, province: string }, figures: { status: FiguresStatus, definitionVersion: string | null, indicated: { value: number | null, suppressed: boolean, label: string }, placed: { value: number | null, suppressed: boolean, label: string }, reachRate: { value: number | null, suppressed: boolean }, normReached: { value: number | null, suppressed: boolean } } }> } };

export type DashboardPlaatsingenQueryVariables = Exact<{
  organisation: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type DashboardPlaatsingenQuery = { organisation: { id: string, name: string, kind: OrganisationKind, placementsPage: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, startDate: string, endDate: string | null, hoursPerWeek: number, location: { id: string, name: string }, child: { id: string, birthMonth: string, neighbourhood: string | null } } }> } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DashboardOverzichtDocument = new TypedDocumentString(`
    query DashboardOverzicht($code: ID!, $year: Int!, $from: Int!, $to: Int!) {
  municipalities {
    code
    name
  }
  municipality(code: $code) {
    code
    name
    province
    coalitions {
      id
      name
      kind
      area
      questionZero
      ambition
      startYear
      endYear
      members {
        role
        organisation {
          id
          name
          kind
        }
      }
    }
    earlyEducation(year: $year) {
      status
      statusReason
      year
      referenceDate
      definitionVersion
      computedAt
      stale
      synthetic
      indicated {
        value
        suppressed
        label
      }
      referred {
        value
        suppressed
        label
      }
      registered {
        value
        suppressed
        label
      }
      placed {
        value
        suppressed
        label
      }
      normCohort {
        value
        suppressed
        label
      }
      normAchieved {
        value
        suppressed
        label
      }
      reachRate {
        value
        suppressed
      }
      normReached {
        value
        suppressed
      }
    }
    earlyEducationSeries(from: $from, to: $to) {
      year
      status
      definitionVersion
      indicated {
        value
        suppressed
        label
      }
      placed {
        value
        suppressed
        label
      }
      reachRate {
        value
        suppressed
      }
    }
    budgetPlans(year: $year) {
      id
      title
      total {
        amount
        currency
      }
      spendingByStream {
        fundingStream {
          code
          name
          earmarked
          scope
        }
        spending {
          budgeted {
            amount
          }
          spent {
            amount
          }
          remaining {
            amount
          }
          overspent
        }
      }
    }
    interventions {
      id
      name
      status
      themes {
        code
        name
      }
      funding {
        status
        amount {
          amount
        }
        fundingStream {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOverzichtQuery, DashboardOverzichtQueryVariables>;
export const DashboardBereikDocument = new TypedDocumentString(`
    query DashboardBereik($code: ID!, $year: Int!) {
  municipalities {
    code
    name
  }
  municipality(code: $code) {
    code
    name
    neighbourhoods {
      code
      name
    }
    earlyEducation(year: $year) {
      status
      statusReason
      definitionVersion
      referenceDate
      indicated {
        value
        suppressed
        label
      }
      placed {
        value
        suppressed
        label
      }
      reachRate {
        value
        suppressed
      }
    }
    earlyEducationByNeighbourhood(year: $year) {
      neighbourhood
      indicated {
        value
        suppressed
        label
      }
      referred {
        value
        suppressed
        label
      }
      registered {
        value
        suppressed
        label
      }
      placed {
        value
        suppressed
        label
      }
      reachRate {
        value
        suppressed
      }
      normCohort {
        value
        suppressed
        label
      }
      normAchieved {
        value
        suppressed
        label
      }
      normReached {
        value
        suppressed
      }
    }
    earlyEducationByLocation(year: $year) {
      location {
        id
        name
        parent {
          name
        }
      }
      placed {
        value
        suppressed
        label
      }
      normCohort {
        value
        suppressed
        label
      }
      normAchieved {
        value
        suppressed
        label
      }
      normReached {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardBereikQuery, DashboardBereikQueryVariables>;
export const DashboardBegrotingDocument = new TypedDocumentString(`
    query DashboardBegroting($code: ID!, $year: Int!) {
  municipalities {
    code
    name
  }
  municipality(code: $code) {
    code
    name
    budgetPlans(year: $year) {
      id
      title
      year
      endYear
      source
      total {
        amount
        currency
      }
      sections {
        id
        label
        title
        note
        statedTotal {
          amount
        }
        computedTotal {
          amount
        }
        subtotals {
          label
          stated {
            amount
          }
          computed {
            amount
          }
          matches
        }
        lines {
          id
          number
          description
          status
          amount {
            amount
          }
          statutory
          fundingStream {
            code
            name
          }
          intervention {
            id
            name
          }
          note
        }
      }
      findings {
        kind
        section
        message
        stated {
          amount
        }
        computed {
          amount
        }
        difference {
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardBegrotingQuery, DashboardBegrotingQueryVariables>;
export const DashboardInterventiesDocument = new TypedDocumentString(`
    query DashboardInterventies($filter: InterventionFilter, $first: Int!, $after: String) {
  municipalities {
    code
    name
  }
  themes {
    code
    name
    national
  }
  interventions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        summary
        status
        phase
        preventionLevel
        targetAgeMin
        targetAgeMax
        municipality {
          code
          name
        }
        organisations {
          id
          name
        }
        themes {
          code
          name
        }
        funding {
          status
          amount {
            amount
          }
          fundingStream {
            code
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardInterventiesQuery, DashboardInterventiesQueryVariables>;
export const DashboardVergelijkDocument = new TypedDocumentString(`
    query DashboardVergelijk($year: Int!, $by: EarlyEducationMeasure!, $order: SortOrder!, $first: Int!, $after: String) {
  earlyEducationRanking(
    year: $year
    by: $by
    order: $order
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      rank
      value
      municipality {
        code
        name
        province
      }
      figures {
        status
        definitionVersion
        indicated {
          value
          suppressed
          label
        }
        placed {
          value
          suppressed
          label
        }
        reachRate {
          value
          suppressed
        }
        normReached {
          value
          suppressed
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardVergelijkQuery, DashboardVergelijkQueryVariables>;
export const DashboardPlaatsingenDocument = new TypedDocumentString(`
    query DashboardPlaatsingen($organisation: ID!, $first: Int!, $after: String) {
  organisation(id: $organisation) {
    id
    name
    kind
    placementsPage(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          startDate
          endDate
          hoursPerWeek
          location {
            id
            name
          }
          child {
            id
            birthMonth
            neighbourhood
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPlaatsingenQuery, DashboardPlaatsingenQueryVariables>;