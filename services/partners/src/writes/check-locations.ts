import { badUserInput, optionalText } from '@kansrijk/kit';
import { assertMunicipalityCode } from '@kansrijk/domain';
import type { OrganisationLocation } from '../entities';
import { FORMATS, FORMAT_HINTS, municipalityOfAreaCode, normalisePostcode } from '../identifiers';
import type { LocationInput } from '../generated/graphql';

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
    const wijk = optionalText(field('neighbourhoodCode'), input.neighbourhoodCode, 20);
    if (wijk !== null) {
      if (!FORMATS.neighbourhoodCode.test(wijk)) throw badUserInput(field('neighbourhoodCode'), FORMAT_HINTS.neighbourhoodCode);
      if (municipalityOfAreaCode(wijk) !== municipalityCode) throw badUserInput(field('neighbourhoodCode'), `${wijk} does not lie in ${municipalityCode}`);
    }
    const buurt = optionalText(field('buurtCode'), input.buurtCode, 20);
    if (buurt !== null) {
      if (!FORMATS.buurtCode.test(buurt)) throw badUserInput(field('buurtCode'), FORMAT_HINTS.buurtCode);
      if (municipalityOfAreaCode(buurt) !== municipalityCode) throw badUserInput(field('buurtCode'), `${buurt} does not lie in ${municipalityCode}`);
      if (wijk !== null && buurt.slice(2, 8) !== wijk.slice(2, 8)) throw badUserInput(field('buurtCode'), `${buurt} does not lie in ${wijk}`);
    }
    return {
      id: `${organisationId}:${i + 1}`,
      organisationId,
      street: optionalText(field('street'), input.street, 200),
      houseNumber: optionalText(field('houseNumber'), input.houseNumber, 20),
      postcode,
      place: optionalText(field('place'), input.place, 200),
      municipalityCode,
      neighbourhoodCode: wijk,
      buurtCode: buurt,
    };
  });
}
