/** The GraphQL inputs of the organisation mutations, as graphql-js passes them (left-out fields absent). */
export interface LocationInput {
  street?: string | null;
  houseNumber?: string | null;
  postcode: string;
  place?: string | null;
  municipality: string;
  neighbourhoodCode?: string | null;
  buurtCode?: string | null;
}

export interface OrganisationInput {
  name?: string | null;
  kind?: string | null;
  municipalities?: string[] | null;
  description?: string | null;
  parentId?: string | null;
  brin?: string | null;
  lrkNumber?: string | null;
  kvkNumber?: string | null;
  boardNumber?: string | null;
  childcareType?: string | null;
  offersEarlyEducation?: boolean | null;
  childPlaces?: number | null;
  locations?: LocationInput[] | null;
}
