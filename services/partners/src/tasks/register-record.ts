/** The identifier an imported organisation is upserted on, and the column that holds it. */
export interface RegisterKey {
  column: 'brin' | 'lrkNumber' | 'boardNumber' | 'kvkNumber';
  value: string;
}

/** An address a register gives for an organisation. */
export interface RegisterAddress {
  street: string | null;
  houseNumber: string | null;
  postcode: string;
  place: string | null;
  municipalityCode: string;
}

/**
 * One organisation as a public register describes it, before it is matched with what is stored.
 * Parents come before their parts in a list of records.
 */
export interface RegisterRecord {
  key: RegisterKey;
  /** The id a new organisation gets; derived from the identifier, so it does not change with the name. */
  newId: string;
  /** Null when the register has no name for it (DUO's schools files do not name the bevoegd gezag). */
  name: string | null;
  /** Used for a new organisation when `name` is null. */
  fallbackName: string;
  kind: 'SCHOOL_BOARD' | 'SCHOOL' | 'CHILDCARE_ORGANISATION' | 'CHILDCARE_LOCATION';
  parentKey: RegisterKey | null;
  /** Columns the register sets; the others keep what is stored. */
  fields: Partial<{
    brin: string;
    lrkNumber: string;
    boardNumber: string;
    kvkNumber: string;
    childcareType: string;
    offersEarlyEducation: boolean | null;
    childPlaces: number | null;
    denomination: string | null;
    registerStatus: string;
  }>;
  /** Added to the service area; municipalities already there stay. */
  municipalities: string[];
  address: RegisterAddress | null;
}

export const keyString = (key: RegisterKey) => `${key.column}:${key.value}`;

/** Registers repeat a parent (bevoegd gezag, houder) on every row of its parts: keep one, widen its area. */
export function addParent(parents: Map<string, RegisterRecord>, record: RegisterRecord): void {
  const known = parents.get(record.key.value);
  if (!known) parents.set(record.key.value, record);
  else for (const code of record.municipalities) if (!known.municipalities.includes(code)) known.municipalities.push(code);
}
