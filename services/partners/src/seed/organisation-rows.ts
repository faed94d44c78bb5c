import { DEMO_ORGANISATIONS, syntheticOrganisations, type DemoOrganisation } from '@kansrijk/demo';
import type { Organisation, OrganisationMunicipality } from '../entities';
import { ORGANISATION_DETAILS, SYNTHETIC_VE_LOCATION } from './organisation-details';

function detailsOf(org: DemoOrganisation) {
  if (org.synthetic) return org.kind === 'CHILDCARE_LOCATION' ? SYNTHETIC_VE_LOCATION : {};
  return ORGANISATION_DETAILS[org.id] ?? {};
}

/** The demo registry's organisations (named in a source, then synthetic) as rows, every column set. */
export function organisationRows(): { organisations: Organisation[]; links: OrganisationMunicipality[] } {
  const all = [...DEMO_ORGANISATIONS, ...syntheticOrganisations()];
  const organisations = all.map((org) => {
    const details = detailsOf(org);
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      description: details.description ?? null,
      parentId: org.parent ?? null,
      brin: null,
      lrkNumber: null,
      childcareType: details.childcareType ?? null,
      offersEarlyEducation: details.offersEarlyEducation ?? null,
      kvkNumber: null,
      boardNumber: null,
      childPlaces: null,
      denomination: null,
      registerStatus: null,
      synthetic: org.synthetic ?? false,
    };
  });
  const links = all.flatMap((org) => org.municipalities.map((municipalityCode) => ({ organisationId: org.id, municipalityCode })));
  return { organisations, links };
}
