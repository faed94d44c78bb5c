/**
 * The formats of the public identifiers and area codes, shared by the register imports and the
 * mutations so both refuse the same things.
 */
export const FORMATS = {
  /** DUO BRIN number of a school: two digits and two capitals, e.g. `99ZZ`. */
  brin: /^\d{2}[A-Z]{2}$/,
  /** BRIN + the two-digit vestigingsnummer, as `Organisation.brin` holds it. */
  brinLocation: /^\d{2}[A-Z]{2}\d{2}$/,
  vestigingsnummer: /^\d{2}$/,
  /** DUO bevoegd gezag nummer (school board). */
  boardNumber: /^\d{5}$/,
  /** Landelijk Register Kinderopvang number of a location. */
  lrkNumber: /^\d{9}$/,
  /** Chamber of Commerce (KvK) number. */
  kvkNumber: /^\d{8}$/,
  /** Dutch postcode; the space is optional in sources and dropped when stored. */
  postcode: /^[1-9]\d{3} ?[A-Z]{2}$/,
  /** CBS wijkcode: `WK` + the municipality's four digits + two digits. */
  neighbourhoodCode: /^WK\d{6}$/,
  /** CBS buurtcode: `BU` + the municipality's four digits + four digits. */
  buurtCode: /^BU\d{8}$/,
} as const;

export const FORMAT_HINTS: Record<keyof typeof FORMATS, string> = {
  brin: 'must be a BRIN number: two digits and two capitals, e.g. 99ZZ',
  brinLocation: 'must be a BRIN number with vestigingsnummer: two digits, two capitals, two digits, e.g. 99ZZ00',
  vestigingsnummer: 'must be a vestigingsnummer of two digits, e.g. 00',
  boardNumber: 'must be a bevoegd gezag nummer of five digits',
  lrkNumber: 'must be an LRK number of nine digits',
  kvkNumber: 'must be a KvK number of eight digits',
  postcode: 'must be a postcode of four digits and two capitals, e.g. 1234 AB',
  neighbourhoodCode: 'must be a CBS wijkcode: WK followed by six digits',
  buurtCode: 'must be a CBS buurtcode: BU followed by eight digits',
};

/** `1234 ab` and `1234AB` are the same postcode; stored as `1234AB`. */
export function normalisePostcode(text: string): string {
  return text.toUpperCase().replace(/\s+/g, '');
}

/** The municipality a wijk or buurt code belongs to: its first four digits are the CBS municipality number. */
export function municipalityOfAreaCode(code: string): string {
  return `GM${code.slice(2, 6)}`;
}
