import type { DataSource } from 'typeorm';
import type { Country } from './country';
import { loadTable, type CopyValue, type LoadMethod, type TableCounts } from './table-writer';

const ORGANISATION_COLUMNS = [
  'id', 'name', 'kind', 'description', 'parent_id', 'brin', 'lrk_number', 'childcare_type', 'offers_early_education',
  'kvk_number', 'board_number', 'child_places', 'register_status', 'synthetic',
];

/** An organisation row with only the columns a synthetic organisation has; the rest stays null. */
function organisation(o: {
  id: string; name: string; kind: string; parentId?: string; brin?: string; lrkNumber?: string;
  childcareType?: string; offersEarlyEducation?: boolean; childPlaces?: number;
}): CopyValue[] {
  return [
    o.id, o.name, o.kind, null, o.parentId ?? null, o.brin ?? null, o.lrkNumber ?? null, o.childcareType ?? null,
    o.offersEarlyEducation ?? null, null, null, o.childPlaces ?? null, null, true,
  ];
}

function* organisations(country: Country): Generator<CopyValue[]> {
  for (const org of country.childcareOrganisations) yield organisation({ id: org.id, name: org.name, kind: 'CHILDCARE_ORGANISATION' });
  for (const m of country.municipalities) {
    yield organisation({ id: m.youthHealthCare, name: `JGZ ${m.name} (synthetisch)`, kind: 'YOUTH_HEALTH_CARE' });
    for (const s of m.schools) yield organisation({ id: s.id, name: s.name, kind: 'SCHOOL', brin: s.brin });
    for (const l of m.veLocations) {
      yield organisation({
        id: l.id, name: l.name, kind: 'CHILDCARE_LOCATION', parentId: m.childcareOrganisation, lrkNumber: l.lrkNumber,
        childcareType: l.childcareType, offersEarlyEducation: true, childPlaces: l.childPlaces,
      });
    }
  }
}

/** Service areas (werkgebied): every organisation its municipality, a regional parent all of its region's. */
function* organisationMunicipalities(country: Country): Generator<CopyValue[]> {
  for (const org of country.childcareOrganisations) for (const code of org.municipalities) yield [org.id, code];
  for (const m of country.municipalities) {
    yield [m.youthHealthCare, m.code];
    for (const s of m.schools) yield [s.id, m.code];
    for (const l of m.veLocations) yield [l.id, m.code];
  }
}

/** Partners' tables: the municipalities, their wijken, and the synthetic organisations with their areas. */
export async function loadPartners(dataSource: DataSource, method: LoadMethod, country: Country): Promise<TableCounts> {
  const { municipalities } = country;
  return {
    municipality: await loadTable(dataSource, method, 'municipality', ['code', 'name', 'province'], municipalities.map((m) => [m.code, m.name, m.province])),
    neighbourhood: await loadTable(
      dataSource, method, 'neighbourhood', ['code', 'name', 'municipality_code'],
      municipalities.flatMap((m) => m.wijken.map((w) => [w.code, w.name, m.code])),
    ),
    organisation: await loadTable(dataSource, method, 'organisation', ORGANISATION_COLUMNS, organisations(country)),
    organisation_municipality: await loadTable(
      dataSource, method, 'organisation_municipality', ['organisation_id', 'municipality_code'], organisationMunicipalities(country),
    ),
  };
}
