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
    registerStatus: string;
  }>;
  /** Added to the service area; municipalities already there stay. */
  municipalities: string[];
  address: RegisterAddress | null;
}

export const keyString = (key: RegisterKey) => `${key.column}:${key.value}`;

/** One row of a register file, with every cell as a string and a way to report what is wrong with it. */
export interface RegisterRow {
  line: number;
  values: Record<string, string>;
  problem(column: string, message: string): void;
}

/**
 * Walks the rows of a register file. A short row (fewer cells than the header) reads as empty cells,
 * which the checks report. `check` reports problems and returns what it parsed; `build` gets that
 * only for rows without a problem.
 */
export function eachValidRow<T>(
  file: { columns: string[]; rows: { line: number; values: Record<string, string> }[] },
  problems: { line: number; column: string | null; message: string }[],
  check: (row: RegisterRow) => T,
  build: (parsed: T, row: RegisterRow) => void,
): void {
  for (const { line, values: cells } of file.rows) {
    let ok = true;
    const row: RegisterRow = {
      line,
      values: Object.fromEntries(file.columns.map((c) => [c, cells[c] ?? ''])),
      problem: (column, message) => {
        problems.push({ line, column, message });
        ok = false;
      },
    };
    const parsed = check(row);
    if (ok) build(parsed, row);
  }
}

/** Registers repeat a parent (bevoegd gezag, houder) on every row of its parts: keep one, widen its area. */
export function addParent(parents: Map<string, RegisterRecord>, record: RegisterRecord): void {
  const known = parents.get(record.key.value);
  if (!known) parents.set(record.key.value, record);
  else for (const code of record.municipalities) if (!known.municipalities.includes(code)) known.municipalities.push(code);
}
