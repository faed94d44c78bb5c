import { BodyRole } from './BodyRole';
import { Coalition } from './Coalition';
import { CoalitionMember } from './CoalitionMember';
import { GovernanceBody } from './GovernanceBody';
import { GovernanceBodyMember } from './GovernanceBodyMember';
import { Municipality } from './Municipality';
import { Organisation } from './Organisation';
import { OrganisationMunicipality } from './OrganisationMunicipality';

export { BodyRole, Coalition, CoalitionMember, GovernanceBody, GovernanceBodyMember, Municipality, Organisation, OrganisationMunicipality };

export const entities = [
  Municipality,
  Organisation,
  OrganisationMunicipality,
  Coalition,
  CoalitionMember,
  GovernanceBody,
  GovernanceBodyMember,
  BodyRole,
];
