/**
 * What the resolvers of each GraphQL type receive as parent, and so what a resolver returning that type
 * must return. `npm run codegen` maps every `<Type>Mapper` exported here to the GraphQL type `<Type>`
 * (see codegen.ts); a type without one is its generated GraphQL shape.
 */
import type * as entities from './entities';
import type { organisationPage } from './organisation-page';

export type MunicipalityMapper = entities.Municipality;
export type NeighbourhoodMapper = entities.Neighbourhood;
export type BuurtMapper = entities.Buurt;
export type OrganisationMapper = entities.Organisation;
export type LocationMapper = entities.OrganisationLocation;
export type CoalitionMapper = entities.Coalition;
export type CoalitionMemberMapper = entities.CoalitionMember;
export type GovernanceBodyMapper = entities.GovernanceBody;
export type BodyRoleMapper = entities.BodyRole;
/** `totalCount` is a function, counted only when asked for (graphql-js calls function-valued fields). */
export type OrganisationConnectionMapper = Awaited<ReturnType<typeof organisationPage>>;
