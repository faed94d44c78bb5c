import type { BodyRole, Coalition, CoalitionMember, GovernanceBody, GovernanceBodyMember } from '../entities';
import type { CoalitionSeed } from './coalition-seed';

export interface CoalitionRows {
  coalitions: Coalition[];
  members: CoalitionMember[];
  bodies: GovernanceBody[];
  bodyMembers: GovernanceBodyMember[];
  roles: BodyRole[];
}

/** Table rows for coalitions, with deterministic ids and positions from the order of the source. */
export function coalitionRows(seeds: CoalitionSeed[]): CoalitionRows {
  const rows: CoalitionRows = { coalitions: [], members: [], bodies: [], bodyMembers: [], roles: [] };
  for (const { members, bodies, ...coalition } of seeds) {
    rows.coalitions.push(coalition);
    members.forEach((m, i) =>
      rows.members.push({
        coalitionId: coalition.id,
        organisationId: m.organisationId,
        position: i + 1,
        role: m.role,
        participation: m.participation,
        statement: m.statement ?? null,
        ambition: m.ambition ?? null,
        mission: m.mission ?? null,
        problemAddressed: m.problemAddressed ?? null,
        commitment: m.commitment ?? null,
        staffDeployed: m.staffDeployed ?? null,
        joinedOn: m.joinedOn ?? null,
      }),
    );
    bodies.forEach(({ key, members: bodyMembers, roles, ...body }, i) => {
      const bodyId = `${coalition.id}-${key}`;
      rows.bodies.push({ id: bodyId, coalitionId: coalition.id, position: i + 1, ...body });
      bodyMembers.forEach((organisationId, j) => rows.bodyMembers.push({ bodyId, organisationId, position: j + 1 }));
      roles.forEach(({ key: roleKey, ...role }, j) => rows.roles.push({ id: `${bodyId}-${roleKey}`, bodyId, position: j + 1, ...role }));
    });
  }
  return rows;
}
