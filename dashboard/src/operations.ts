/**
 * The dashboard's operations: one GraphQL request per view, across the subgraphs that view needs.
 * `npm run codegen` types them against schemas/supergraph.graphql (dashboard/src/gql/), so a field
 * renamed in a subgraph breaks the dashboard's type-check, not its users.
 */
import { graphql } from './gql';


/** Overzicht: partners (coalitions), children (VVE funnel, trend), budgets (streams), interventions. */
export const OverzichtQuery = graphql(`
  query DashboardOverzicht($code: ID!, $year: Int!, $from: Int!, $to: Int!) {
    municipalities { code name }
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
        members { role organisation { id name kind } }
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
        indicated { value suppressed label }
        referred { value suppressed label }
        registered { value suppressed label }
        placed { value suppressed label }
        normCohort { value suppressed label }
        normAchieved { value suppressed label }
        reachRate { value suppressed }
        normReached { value suppressed }
      }
      earlyEducationSeries(from: $from, to: $to) {
        year
        status
        definitionVersion
        indicated { value suppressed label }
        placed { value suppressed label }
        reachRate { value suppressed }
      }
      budgetPlans(year: $year) {
        id
        title
        total { amount currency }
        spendingByStream {
          fundingStream { code name earmarked scope }
          spending { budgeted { amount } spent { amount } remaining { amount } overspent }
        }
      }
      interventions {
        id
        name
        status
        themes { code name }
        funding { status amount { amount } fundingStream { code name } }
      }
    }
  }
`);

/** Bereik: children (per wijk and per locatie) with partners (the wijk names, the locations). */
export const BereikQuery = graphql(`
  query DashboardBereik($code: ID!, $year: Int!) {
    municipalities { code name }
    municipality(code: $code) {
      code
      name
      neighbourhoods { code name }
      earlyEducation(year: $year) {
        status
        statusReason
        definitionVersion
        referenceDate
        indicated { value suppressed label }
        placed { value suppressed label }
        reachRate { value suppressed }
      }
      earlyEducationByNeighbourhood(year: $year) {
        neighbourhood
        indicated { value suppressed label }
        referred { value suppressed label }
        registered { value suppressed label }
        placed { value suppressed label }
        reachRate { value suppressed }
        normCohort { value suppressed label }
        normAchieved { value suppressed label }
        normReached { value suppressed }
      }
      earlyEducationByLocation(year: $year) {
        location { id name parent { name } }
        placed { value suppressed label }
        normCohort { value suppressed label }
        normAchieved { value suppressed label }
        normReached { value suppressed }
      }
    }
  }
`);

/** Begroting: budgets (plans, sections, lines, printed subtotals, findings) for a municipality of partners. */
export const BegrotingQuery = graphql(`
  query DashboardBegroting($code: ID!, $year: Int!) {
    municipalities { code name }
    municipality(code: $code) {
      code
      name
      budgetPlans(year: $year) {
        id
        title
        year
        endYear
        source
        total { amount currency }
        sections {
          id
          label
          title
          note
          statedTotal { amount }
          computedTotal { amount }
          subtotals { label stated { amount } computed { amount } matches }
          lines {
            id
            number
            description
            status
            amount { amount }
            statutory
            fundingStream { code name }
            intervention { id name }
            note
          }
        }
        findings { kind section message stated { amount } computed { amount } difference { amount } }
      }
    }
  }
`);

/** Interventies: the catalogue (interventions), with partners (municipality, organisations) and budgets (funding). */
export const InterventiesQuery = graphql(`
  query DashboardInterventies($filter: InterventionFilter, $first: Int!, $after: String) {
    municipalities { code name }
    themes { code name national }
    interventions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
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
          municipality { code name }
          organisations { id name }
          themes { code name }
          funding { status amount { amount } fundingStream { code name } }
        }
      }
    }
  }
`);

/** Vergelijk: children's ranking of every municipality, with partners' names. */
export const VergelijkQuery = graphql(`
  query DashboardVergelijk($year: Int!, $by: EarlyEducationMeasure!, $order: SortOrder!, $first: Int!, $after: String) {
    earlyEducationRanking(year: $year, by: $by, order: $order, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        rank
        value
        municipality { code name province }
        figures {
          status
          definitionVersion
          indicated { value suppressed label }
          placed { value suppressed label }
          reachRate { value suppressed }
          normReached { value suppressed }
        }
      }
    }
  }
`);

/**
 * Plaatsingen: the child-level records of one organisation (children subgraph, with the organisation
 * from partners). Only a partner of that organisation gets them (anyone else FORBIDDEN); every read is
 * written to the audit log.
 */
export const PlaatsingenQuery = graphql(`
  query DashboardPlaatsingen($organisation: ID!, $first: Int!, $after: String) {
    organisation(id: $organisation) {
      id
      name
      kind
      placementsPage(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            startDate
            endDate
            hoursPerWeek
            location { id name }
            child { id birthMonth neighbourhood }
          }
        }
      }
    }
  }
`);
