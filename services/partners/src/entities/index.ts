import { BodyRole } from './BodyRole';
import { Coalition } from './Coalition';
import { CoalitionMember } from './CoalitionMember';
import { GovernanceBody } from './GovernanceBody';
import { GovernanceBodyMember } from './GovernanceBodyMember';
import { Municipality } from './Municipality';
import { Neighbourhood } from './Neighbourhood';
import { Organisation } from './Organisation';
import { OrganisationLocation } from './OrganisationLocation';
import { OrganisationMunicipality } from './OrganisationMunicipality';

export {
  BodyRole,
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
  Organisation,
  OrganisationMunicipality,
  OrganisationLocation,
  Coalition,
  CoalitionMember,
  GovernanceBody,
  GovernanceBodyMember,
  BodyRole,
];
