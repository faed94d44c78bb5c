import { forbidden } from '@kansrijk/kit';
import { type Viewer } from '@kansrijk/domain';

/** Roles that can never write are refused before their input is looked at, so they learn nothing from it. */
export function assertMayWrite(viewer: Viewer): void {
  if (!viewer.isAdmin && !viewer.has('officer')) throw forbidden('Only officers and admins may change interventions');
}
