import type { Claims } from '@kansrijk/kit';

/** The gateway's per-request context: verified claims, a request id, the client's operation name. */
export interface GatewayContext {
  claims: Claims | null;
  requestId: string;
  operationName: string | null;
}
