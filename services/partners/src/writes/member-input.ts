/** The GraphQL inputs of the membership mutations (left-out fields absent). */
export interface MemberInput {
  role?: string | null;
  participation?: string | null;
  statement?: string | null;
  ambition?: string | null;
  mission?: string | null;
  problemAddressed?: string | null;
  commitment?: string | null;
  staffDeployed?: string | null;
  joinedOn?: string | null;
}

export const MEMBER_TEXTS = ['statement', 'ambition', 'mission', 'problemAddressed', 'commitment', 'staffDeployed'] as const;
