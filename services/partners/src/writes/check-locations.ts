import { assertMunicipalityCode, badUserInput } from '@kansrijk/kit';
import type { OrganisationLocation } from '../entities';
import { FORMATS, FORMAT_HINTS, municipalityOfAreaCode, normalisePostcode } from '../identifiers';
import type { LocationInput } from './organisation-input';

const text = (value: string | null | undefined) => (value == null || value.trim() === '' ? null : value.trim());

/**
 * Location rows for an organisation from input, checked: a postcode of the Dutch form, a municipality
 * of the organisation's service area, and wijk and buurt codes that lie in that municipality (a CBS
 * area code starts with the municipality's four digits, and a buurtcode with its wijk's six).
 */
export function checkLocations(organisationId: string, inputs: LocationInput[], serviceArea: string[]): OrganisationLocation[] {
  return inputs.map((input, i) => {
    const field = (name: string) => `input.locations[${i}].${name}`;
    const postcode = normalisePostcode(input.postcode ?? '');
    if (!FORMATS.postcode.test(postcode)) throw badUserInput(field('postcode'), FORMAT_HINTS.postcode);
    const municipalityCode = assertMunicipalityCode(field('municipality'), input.municipality);
    if (!serviceArea.includes(municipalityCode)) {
      throw badUserInput(field('municipality'), `${municipalityCode} is not in the organisation's municipalities`);
    }
    const wijk = text(input.neighbourhoodCode);
    if (wijk !== null) {
      if (!FORMATS.neighbourhoodCode.test(wijk)) throw badUserInput(field('neighbourhoodCode'), FORMAT_HINTS.neighbourhoodCode);
      if (municipalityOfAreaCode(wijk) !== municipalityCode) throw badUserInput(field('neighbourhoodCode'), `${wijk} does not lie in ${municipalityCode}`);
    }
    const buurt = text(input.buurtCode);
    if (buurt !== null) {
      if (!FORMATS.buurtCode.test(buurt)) throw badUserInput(field('buurtCode'), FORMAT_HINTS.buurtCode);
      if (municipalityOfAreaCode(buurt) !== municipalityCode) throw badUserInput(field('buurtCode'), `${buurt} does not lie in ${municipalityCode}`);
      if (wijk !== null && buurt.slice(2, 8) !== wijk.slice(2, 8)) throw badUserInput(field('buurtCode'), `${buurt} does not lie in ${wijk}`);
    }
    return {
      id: `${organisationId}:${i + 1}`,
      organisationId,
      street: text(input.street),
      houseNumber: text(input.houseNumber),
      postcode,
      place: text(input.place),
      municipalityCode,
      neighbourhoodCode: wijk,
      buurtCode: buurt,
    };
  });
}
