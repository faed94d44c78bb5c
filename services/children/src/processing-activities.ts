import type { AuditAction, AuditRecordType } from './entities';

/**
 * The register of processing activities (register van verwerkingsactiviteiten, AVG art. 30) that
 * Kansrijk performs on children's data. Every audit entry names one by its id, which the Logius
 * standard "Logboek dataverwerkingen" puts in `dpl.core.processing_activity_id`. The standard asks that
 * a relevant change to an activity gets a new id, so the version is part of it: change the purpose or
 * the legal basis, add a `:v2` entry and point new entries at it; old entries keep their `:v1`.
 *
 * The municipality is the controller (verwerkingsverantwoordelijke) and keeps the authoritative
 * register; a privacy officer maps these ids to its own entries (docs/children-and-privacy.md).
 */
export interface ProcessingActivity {
  /** A URI, as the standard asks: `urn:kansrijk:verwerkingsactiviteit:<name>:v<version>`. */
  id: string;
  /** What it is called in the register (naam). */
  name: string;
  /** Why (doel). */
  purpose: string;
  /** On what ground (grondslag), as far as Kansrijk can state it; the controller's register decides. */
  legalBasis: string;
}

const PUBLIC_TASK = 'AVG art. 6 lid 1 sub e (taak van algemeen belang): gemeentelijk onderwijsachterstandenbeleid, voorschoolse educatie (Wet op het primair onderwijs art. 166-167)';

const activity = (name: string, title: string, purpose: string, legalBasis = PUBLIC_TASK): ProcessingActivity => ({
  id: `urn:kansrijk:verwerkingsactiviteit:${name}:v1`,
  name: title,
  purpose,
  legalBasis,
});

export const PROCESSING_ACTIVITIES = {
  indication: activity(
    've-indicatie-registreren',
    'VE-indicatie registreren',
    'Doelgroeppeuters vaststellen en naar voorschoolse educatie toeleiden: indicatie, toeleiding en reden van niet-deelname vastleggen (JGZ/CJG).',
  ),
  placement: activity(
    'plaatsing-registreren',
    'Aanmelding en plaatsing registreren',
    'Bijhouden welke doelgroeppeuter op welke VE-locatie is aangemeld en geplaatst, en de warme overdracht naar school, voor het bereik van het VE-aanbod.',
  ),
  attendance: activity(
    'aanwezigheid-registreren',
    'Aanwezigheid registreren',
    'Bijhouden hoeveel uur VE een geplaatste peuter per maand afneemt, voor de 960-urennorm.',
  ),
  read: activity(
    'kindgegevens-inzien',
    'Kindgegevens inzien',
    'Medewerkers van de betrokken organisatie (en beheerders) zien de gegevens van de kinderen met wie hun organisatie werkt, om de toeleiding en plaatsing uit te voeren.',
  ),
  import: activity(
    'monitoringexport-importeren',
    'Monitoringexport importeren',
    'Gepseudonimiseerde gegevens uit een bestaande peutermonitor in één keer overnemen (indicaties, plaatsingen, aanwezigheid).',
  ),
  purge: activity(
    'bewaartermijn-vernietigen',
    'Vernietigen na de bewaartermijn',
    'Gegevens van kinderen verwijderen zodra de bewaartermijn is verstreken.',
    'AVG art. 5 lid 1 sub e (opslagbeperking) en art. 17',
  ),
} as const satisfies Record<string, ProcessingActivity>;

export type ProcessingActivityKey = keyof typeof PROCESSING_ACTIVITIES;

const BY_ID = new Map<string, ProcessingActivity>(Object.values(PROCESSING_ACTIVITIES).map((a) => [a.id, a]));

/** The register entry an audit row names; an id the register does not hold any more is shown as is. */
export function processingActivity(id: string): ProcessingActivity {
  return BY_ID.get(id) ?? { id, name: id, purpose: '', legalBasis: '' };
}

/** The activity of an entry that does not name one: reads are inzage, writes by the kind of record. */
export function defaultActivity(action: AuditAction, recordType: AuditRecordType): ProcessingActivityKey {
  if (action === 'READ') return 'read';
  if (action === 'PURGE') return 'purge';
  return recordType === 'PLACEMENT' ? 'placement' : recordType === 'ATTENDANCE' ? 'attendance' : recordType === 'INDICATION' ? 'indication' : 'import';
}

/**
 * The standard's `dpl.core.data_subject_id_type`: a URI saying the id is a Kansrijk pseudonym of a child
 * (`K` + 10 hex digits), never a BSN or a name.
 */
export const DATA_SUBJECT_ID_TYPE = 'urn:kansrijk:pseudoniem:kind';
