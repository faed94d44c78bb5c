/** A coalition as a source document describes it; `coalitionRows` turns it into table rows. */
export interface CoalitionSeed {
  id: string;
  name: string;
  kind: 'COALITION' | 'LEA';
  municipalityCode: string;
  area: string | null;
  questionZero: string | null;
  ambition: string | null;
  startYear: number | null;
  endYear: number | null;
  principles: string[];
  source: string;
  /** In the order of the source. */
  members: MemberSeed[];
  bodies: BodySeed[];
}

export interface MemberSeed {
  organisationId: string;
  role: 'COALITION_PARTNER' | 'COOPERATION_PARTNER' | 'OTHER_PARTNER';
  participation: 'ACTIVE' | 'AT_A_DISTANCE';
  statement?: string;
  ambition?: string;
  mission?: string;
  problemAddressed?: string;
  commitment?: string;
  staffDeployed?: string;
  joinedOn?: string;
}

export interface BodySeed {
  /** Unique within the coalition; the body's id is `<coalition id>-<key>`. */
  key: string;
  kind: 'STEERING_GROUP' | 'CORE_GROUP' | 'WORKING_GROUP';
  name: string;
  purpose: string | null;
  meetingsPerYear: number | null;
  cadence: string | null;
  /** Organisation ids, in the order of the source. */
  members: string[];
  roles: RoleSeed[];
}

export interface RoleSeed {
  /** Unique within the body; the role's id is `<body id>-<key>`. */
  key: string;
  title: string;
  description: string | null;
  holderId: string | null;
}
