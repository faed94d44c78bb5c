import { BodyRole } from './body-role';
import { Buurt } from './buurt';
import { Coalition } from './coalition';
import { CoalitionMember } from './coalition-member';
import { GovernanceBody } from './governance-body';
import { GovernanceBodyMember } from './governance-body-member';
import { Municipality } from './municipality';
import { Neighbourhood } from './neighbourhood';
import { Organisation } from './organisation';
import { OrganisationLocation } from './organisation-location';
import { OrganisationMunicipality } from './organisation-municipality';

export {
  BodyRole,
  Buurt,
  Coalition,
  CoalitionMember,
  GovernanceBody,
  GovernanceBodyMember,
  Municipality,
  Neighbourhood,
  Organisation,
  OrganisationLocation,
  OrganisationMunicipality,
};

export const entities = [
  Municipality,
  Neighbourhood,
  Buurt,
  Organisation,
  OrganisationMunicipality,
  OrganisationLocation,
  Coalition,
  CoalitionMember,
  GovernanceBody,
  GovernanceBodyMember,
  BodyRole,
];
