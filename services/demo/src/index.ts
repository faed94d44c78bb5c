import { slug } from '@kansrijk/kit';

/**
 * The demo data's shared registry: the municipalities and the organisations that more than one
 * subgraph refers to. Ids are public keys (federation passes them between subgraphs), so every
 * subgraph's seed may use them; no subgraph reads another's tables to find them.
 *
 * Sources: seed 000 (Venray), 001 (GKA "Land vol kansen"), 002 (MIK & PIW Groep), 003 (Maassluis),
 * 004 (Voerendaal). Organisations marked `synthetic` appear in no source: they exist only so the
 * synthetic children of the demo have somewhere to be indicated and placed.
 */

export interface DemoMunicipality {
  code: string;
  name: string;
  province: string;
  /**
   * Approximate number of inhabitants (rounded, 2023). Used only to scale the synthetic children:
   * about 1% of inhabitants are born each year, and about 15% of toddlers get a VE indication.
   */
  population: number;
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  { code: 'GM0984', name: 'Venray', province: 'Limburg', population: 44600 },
  { code: 'GM0556', name: 'Maassluis', province: 'Zuid-Holland', population: 33900 },
  { code: 'GM0986', name: 'Voerendaal', province: 'Limburg', population: 12400 },
  // The fifteen GKA places of seed 001 (Parkstad is filed under Kerkrade).
  { code: 'GM0512', name: 'Gorinchem', province: 'Zuid-Holland', population: 38200 },
  { code: 'GM1952', name: 'Midden-Groningen', province: 'Groningen', population: 61400 },
  { code: 'GM1900', name: 'Súdwest-Fryslân', province: 'Fryslân', population: 92300 },
  { code: 'GM0307', name: 'Amersfoort', province: 'Utrecht', population: 160600 },
  { code: 'GM0173', name: 'Oldenzaal', province: 'Overijssel', population: 32200 },
  { code: 'GM0118', name: 'Hoogeveen', province: 'Drenthe', population: 56600 },
  { code: 'GM0361', name: 'Alkmaar', province: 'Noord-Holland', population: 111500 },
  { code: 'GM1969', name: 'Westerkwartier', province: 'Groningen', population: 65700 },
  { code: 'GM1509', name: 'Oude IJsselstreek', province: 'Gelderland', population: 39800 },
  { code: 'GM0796', name: "'s-Hertogenbosch", province: 'Noord-Brabant', population: 158800 },
  { code: 'GM0405', name: 'Hoorn', province: 'Noord-Holland', population: 74600 },
  { code: 'GM0928', name: 'Kerkrade', province: 'Limburg', population: 45300 },
  { code: 'GM0794', name: 'Helmond', province: 'Noord-Brabant', population: 94700 },
  { code: 'GM0034', name: 'Almere', province: 'Flevoland', population: 218100 },
  { code: 'GM0074', name: 'Heerenveen', province: 'Fryslân', population: 51500 },
  // The eleven municipalities of MIK & PIW Groep (seed 002).
  { code: 'GM0938', name: 'Meerssen', province: 'Limburg', population: 19000 },
  { code: 'GM0965', name: 'Simpelveld', province: 'Limburg', population: 10500 },
  { code: 'GM1903', name: 'Eijsden-Margraten', province: 'Limburg', population: 25500 },
  { code: 'GM1711', name: 'Echt-Susteren', province: 'Limburg', population: 31800 },
  { code: 'GM0994', name: 'Valkenburg aan de Geul', province: 'Limburg', population: 16400 },
  { code: 'GM0935', name: 'Maastricht', province: 'Limburg', population: 122500 },
  { code: 'GM1883', name: 'Sittard-Geleen', province: 'Limburg', population: 91600 },
  { code: 'GM1954', name: 'Beekdaelen', province: 'Limburg', population: 35800 },
  { code: 'GM1729', name: 'Gulpen-Wittem', province: 'Limburg', population: 14200 },
  { code: 'GM0971', name: 'Stein', province: 'Limburg', population: 24900 },
  { code: 'GM0888', name: 'Beek', province: 'Limburg', population: 15700 },
];

export const MIK_PIW_MUNICIPALITIES = [
  'GM0938', 'GM0965', 'GM1903', 'GM1711', 'GM0994', 'GM0935', 'GM1883', 'GM1954', 'GM1729', 'GM0971', 'GM0888',
];

export type DemoOrganisationKind =
  | 'MUNICIPALITY' | 'SCHOOL_BOARD' | 'SCHOOL' | 'CHILDCARE_ORGANISATION' | 'CHILDCARE_LOCATION' | 'CHILD_CENTRE'
  | 'YOUTH_HEALTH_CARE' | 'YOUTH_CARE' | 'SOCIAL_WORK' | 'LIBRARY' | 'HOUSING_CORPORATION' | 'COMMUNITY_CENTRE'
  | 'SPORT_AND_CULTURE' | 'GROUP' | 'OTHER';

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: DemoOrganisationKind;
  /** The municipalities it works in (werkgebied), CBS codes. */
  municipalities: string[];
  parent?: string;
  synthetic?: boolean;
}

const municipalityOrg = (code: string): DemoOrganisation => {
  const m = DEMO_MUNICIPALITIES.find((x) => x.code === code)!;
  return { id: `gemeente-${slug(m.name)}`, name: `Gemeente ${m.name}`, kind: 'MUNICIPALITY', municipalities: [code] };
};

/** Every organisation of the demo data that is named in a source document. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // Every demo municipality is also a partner organisation at its own tables.
  ...DEMO_MUNICIPALITIES.map((m) => municipalityOrg(m.code)),

  // Seed 000: Venray, coalition "gezonde basisschool in de wijk" Brukske: the ten signatories.
  { id: 'basisschool-de-krokodaris', name: 'Basisschool de Krokodaris', kind: 'SCHOOL', municipalities: ['GM0984'], parent: 'spovenray' },
  { id: 'spovenray', name: 'SPOVenray', kind: 'SCHOOL_BOARD', municipalities: ['GM0984'] },
  { id: 'kc-krokodaris', name: 'KC Krokodaris', kind: 'CHILD_CENTRE', municipalities: ['GM0984'] },
  { id: 'kinderopvang-t-nest', name: "Kinderopvang 't Nest", kind: 'CHILDCARE_ORGANISATION', municipalities: ['GM0984'] },
  { id: 'unik', name: 'UNIK', kind: 'SOCIAL_WORK', municipalities: ['GM0984'] },
  { id: 'jgz-ggd-venray', name: 'JGZ/GGD', kind: 'YOUTH_HEALTH_CARE', municipalities: ['GM0984'] },
  { id: 'synthese', name: 'Synthese', kind: 'SOCIAL_WORK', municipalities: ['GM0984'] },
  { id: 'wijkcentrum-brukske', name: 'Wijkcentrum Brukske', kind: 'COMMUNITY_CENTRE', municipalities: ['GM0984'] },
  { id: 'wonen-limburg', name: 'Wonen Limburg', kind: 'HOUSING_CORPORATION', municipalities: ['GM0984'] },
  // (gemeente-venray, "gemeente Venray incl. JOGG", comes from the municipality list above.)

  // Seed 004: Voerendaal, LEA partners and the providers of the NPO plan.
  { id: 'innovo', name: 'INNOVO', kind: 'SCHOOL_BOARD', municipalities: ['GM0986'] },
  { id: 'innovo-bergop', name: 'Basisschool Bergop', kind: 'SCHOOL', municipalities: ['GM0986'], parent: 'innovo' },
  { id: 'innovo-cortemich', name: 'Basisschool Cortemich', kind: 'SCHOOL', municipalities: ['GM0986'], parent: 'innovo' },
  { id: 'innovo-st-theresia', name: 'Basisschool St Theresia', kind: 'SCHOOL', municipalities: ['GM0986'], parent: 'innovo' },
  { id: 'innovo-ummer-clumme', name: 'Basisschool Ummer Clumme', kind: 'SCHOOL', municipalities: ['GM0986'], parent: 'innovo' },
  { id: 'humankind', name: 'Humankind', kind: 'CHILDCARE_ORGANISATION', municipalities: ['GM0986'] },
  { id: 'humankind-de-auvermennekes', name: 'Peuteropvang De Auvermennekes', kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'], parent: 'humankind' },
  { id: 'humankind-de-eerste-stap', name: 'Peuteropvang De Eerste stap', kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'], parent: 'humankind' },
  { id: 'humankind-de-eerste-sprong', name: 'Peuteropvang De Eerste sprong', kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'], parent: 'humankind' },
  { id: 'humankind-t-bengeltje', name: "Peuteropvang 't Bengeltje", kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'], parent: 'humankind' },
  { id: 'humankind-peuteropvang-ubachsberg', name: 'Peuteropvang Ubachsberg', kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'], parent: 'humankind' },
  { id: 'humankind-catootje', name: 'Kinderopvang Catootje', kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'], parent: 'humankind' },
  { id: 'humankind-bso-bommes', name: 'BSO Bommes', kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'], parent: 'humankind' },
  { id: 'humankind-bso-foekepot', name: 'BSO Foekepot', kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'], parent: 'humankind' },
  { id: 'kinderopvang-op-t-bergske', name: "Kinderopvang Op 't Bergske", kind: 'CHILDCARE_ORGANISATION', municipalities: ['GM0986'] },
  { id: 'jens', name: 'JENS', kind: 'YOUTH_CARE', municipalities: ['GM0986'] },
  { id: 'kinderopvang-zoet', name: 'Kinderopvang Zoet', kind: 'CHILDCARE_ORGANISATION', municipalities: ['GM0986'] },
  { id: 'bso-zonnestraal', name: 'BSO Zonnestraal', kind: 'CHILDCARE_LOCATION', municipalities: ['GM0986'] },
  { id: 'the-move-factory', name: 'The Move Factory (TMF)', kind: 'SPORT_AND_CULTURE', municipalities: ['GM0986'] },
  { id: 'smk', name: 'SMK, Stichting muziek- en dansonderwijs Brunssum, Kerkrade en Landgraaf', kind: 'SPORT_AND_CULTURE', municipalities: ['GM0986', 'GM0928'] },
  { id: 'schunck', name: 'Schunck', kind: 'SPORT_AND_CULTURE', municipalities: ['GM0986'] },

  // Seed 002: MIK & PIW Groep and its six parts, in eleven municipalities.
  { id: 'mik-piw-groep', name: 'MIK & PIW Groep', kind: 'GROUP', municipalities: MIK_PIW_MUNICIPALITIES },
  { id: 'mik-kinderopvang', name: 'MIK Kinderopvang', kind: 'CHILDCARE_ORGANISATION', municipalities: MIK_PIW_MUNICIPALITIES, parent: 'mik-piw-groep' },
  { id: 'partners-in-welzijn', name: 'Partners in Welzijn', kind: 'SOCIAL_WORK', municipalities: ['GM1883', 'GM0971', 'GM0888'], parent: 'mik-piw-groep' },
  { id: 'cjg-westelijke-mijnstreek', name: 'Centrum voor Jeugd en Gezin Westelijke Mijnstreek', kind: 'YOUTH_HEALTH_CARE', municipalities: ['GM1883', 'GM0971', 'GM0888'], parent: 'mik-piw-groep' },
  { id: 'knooppunt-informele-zorg', name: 'Knooppunt Informele Zorg', kind: 'SOCIAL_WORK', municipalities: ['GM1883', 'GM0971', 'GM0888'], parent: 'mik-piw-groep' },
  { id: 'spelenderwijs', name: 'Spelenderwijs', kind: 'CHILDCARE_ORGANISATION', municipalities: ['GM0935', 'GM1903', 'GM0994', 'GM1729', 'GM0938'], parent: 'mik-piw-groep' },
  { id: 'ecsplore', name: 'Ecsplore', kind: 'SPORT_AND_CULTURE', municipalities: ['GM1883', 'GM0971', 'GM0888'], parent: 'mik-piw-groep' },

  // Seed 003: Maassluis.
  { id: 'cjg-rijnmond', name: 'Centrum voor Jeugd en Gezin Rijnmond', kind: 'YOUTH_HEALTH_CARE', municipalities: ['GM0556'] },
  { id: 'leerrecht', name: 'Bureau Leerrecht', kind: 'OTHER', municipalities: ['GM0556'] },
  { id: 'bibliotheek-de-plataan', name: 'Bibliotheek De Plataan', kind: 'LIBRARY', municipalities: ['GM0556'] },
  { id: 'basisschool-de-diamant', name: 'De Diamant (nieuwkomersonderwijs)', kind: 'SCHOOL', municipalities: ['GM0556'] },

  // Seed 001: the organisations that carry out the fifteen GKA interventions.
  { id: 'vco-midden-en-oost-groningen', name: 'VCO Midden- en Oost-Groningen', kind: 'SCHOOL_BOARD', municipalities: ['GM1952'] },
  { id: 'weekendschool-sudwest-fryslan', name: 'Stichting Weekendschool Súdwest-Fryslân', kind: 'OTHER', municipalities: ['GM1900'] },
  { id: 'indebuurt033', name: 'Indebuurt033', kind: 'SOCIAL_WORK', municipalities: ['GM0307'] },
  { id: 'kindcentrum-de-magneet', name: 'Kindcentrum De Magneet', kind: 'CHILD_CENTRE', municipalities: ['GM0307'] },
  { id: 'basisschool-de-linde', name: 'Basisschool De Linde', kind: 'SCHOOL', municipalities: ['GM0173'] },
  { id: 'basisschool-de-esch', name: 'Basisschool De Esch', kind: 'SCHOOL', municipalities: ['GM0173'] },
  { id: 'swv-ppo-noord-kennemerland', name: 'Samenwerkingsverband Passend Primair Onderwijs Noord-Kennemerland', kind: 'OTHER', municipalities: ['GM0361'] },
  { id: 'ikc-t-sterrenpad', name: "IKC 't Sterrenpad", kind: 'CHILD_CENTRE', municipalities: ['GM1969'] },
  { id: 'kinderdagcentrum-maricja', name: 'Gespecialiseerd kinderdagcentrum Maricja', kind: 'YOUTH_CARE', municipalities: ['GM1969'] },
  { id: 'sociaal-werk-oude-ijsselstreek', name: 'Sociaal Werk Oude IJsselstreek', kind: 'SOCIAL_WORK', municipalities: ['GM1509'] },
  { id: 'scio-groep', name: 'SCIO Groep', kind: 'SCHOOL_BOARD', municipalities: ['GM0405'] },
  { id: 'svo-parkstad-limburg', name: 'Stichting Voortgezet Onderwijs Parkstad Limburg', kind: 'SCHOOL_BOARD', municipalities: ['GM0928'] },
  { id: 'kc-rijpelberg', name: 'Kindcentrum Rijpelberg', kind: 'CHILD_CENTRE', municipalities: ['GM0794'] },
  { id: 'caleidoscoop', name: 'Caleidoscoop', kind: 'SOCIAL_WORK', municipalities: ['GM0074'] },
  // The schools of the Ouderconsulent pilot in Oude IJsselstreek.
  { id: 'basisschool-de-wijssel', name: 'Basisschool de Wijssel', kind: 'SCHOOL', municipalities: ['GM1509'] },
  { id: 'basisschool-de-plakkenberg', name: 'Basisschool De Plakkenberg', kind: 'SCHOOL', municipalities: ['GM1509'] },
  { id: 'basisschool-dynamiek', name: 'Basisschool Dynamiek', kind: 'SCHOOL', municipalities: ['GM1509'] },
  { id: 'basisschool-woelwaters', name: 'Basisschool Woelwaters', kind: 'SCHOOL', municipalities: ['GM1509'] },
  { id: 'kindcentrum-oersprong', name: 'Kindcentrum Oersprong', kind: 'CHILD_CENTRE', municipalities: ['GM1509'] },
  { id: 'ikc-groeituin', name: 'IKC Groeituin', kind: 'CHILD_CENTRE', municipalities: ['GM1509'] },
];

/**
 * Where the synthetic children of each municipality are indicated (youth health care) and placed
 * (VE locations). Real organisations from the sources where a source names one for that role;
 * otherwise synthetic ones (see `syntheticOrganisations`).
 */
export interface ChildrenRoles {
  youthHealthCare: string;
  veLocations: string[];
}

const REAL_CHILDREN_ROLES: Record<string, Partial<ChildrenRoles>> = {
  GM0984: { youthHealthCare: 'jgz-ggd-venray', veLocations: ['kinderopvang-t-nest'] },
  GM0556: { youthHealthCare: 'cjg-rijnmond' },
  GM0986: {
    veLocations: [
      'humankind-de-auvermennekes', 'humankind-de-eerste-stap', 'humankind-de-eerste-sprong',
      'humankind-t-bengeltje', 'humankind-peuteropvang-ubachsberg', 'kinderopvang-op-t-bergske',
    ],
  },
  GM1883: { youthHealthCare: 'cjg-westelijke-mijnstreek', veLocations: ['mik-kinderopvang'] },
  GM0971: { youthHealthCare: 'cjg-westelijke-mijnstreek', veLocations: ['mik-kinderopvang'] },
  GM0888: { youthHealthCare: 'cjg-westelijke-mijnstreek', veLocations: ['mik-kinderopvang'] },
  GM1711: { veLocations: ['mik-kinderopvang'] },
  GM1954: { veLocations: ['mik-kinderopvang'] },
  GM0965: { veLocations: ['mik-kinderopvang'] },
  GM0935: { veLocations: ['mik-kinderopvang', 'spelenderwijs'] },
  GM1903: { veLocations: ['spelenderwijs'] },
  GM0994: { veLocations: ['spelenderwijs'] },
  GM1729: { veLocations: ['spelenderwijs'] },
  GM0938: { veLocations: ['spelenderwijs'] },
};

export function childrenRoles(code: string): ChildrenRoles {
  const real = REAL_CHILDREN_ROLES[code] ?? {};
  const lower = code.toLowerCase();
  return {
    youthHealthCare: real.youthHealthCare ?? `synthetic-jgz-${lower}`,
    veLocations: real.veLocations ?? [`synthetic-ve-${lower}-1`, `synthetic-ve-${lower}-2`],
  };
}

/** The synthetic organisations the children need where no source names one. */
export function syntheticOrganisations(): DemoOrganisation[] {
  const out: DemoOrganisation[] = [];
  for (const m of DEMO_MUNICIPALITIES) {
    const roles = childrenRoles(m.code);
    if (roles.youthHealthCare.startsWith('synthetic-')) {
      out.push({ id: roles.youthHealthCare, name: `JGZ ${m.name} (synthetisch)`, kind: 'YOUTH_HEALTH_CARE', municipalities: [m.code], synthetic: true });
    }
    roles.veLocations
      .filter((id) => id.startsWith('synthetic-'))
      .forEach((id, i) =>
        out.push({ id, name: `VE-locatie ${m.name} ${i + 1} (synthetisch)`, kind: 'CHILDCARE_LOCATION', municipalities: [m.code], synthetic: true }),
      );
  }
  return out;
}

/** A small seeded PRNG (mulberry32): the synthetic data is the same on every machine and every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
