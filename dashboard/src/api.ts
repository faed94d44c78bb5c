/**
 * Sends one typed operation to the gateway with the bearer token, and turns every way it can fail into
 * one Dutch sentence for the user: the API's error codes (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT,
 * the limits), an unreachable server, an answer that is not GraphQL.
 */
import type { TypedDocumentString } from './gql/graphql';
import { currentToken } from './auth';

export interface Config {
  endpoint: string;
  token: string;
  demoRoles: boolean;
}

export function readConfig(): Config {
  const element = document.getElementById('dashboard-config');
  const parsed = JSON.parse(element?.textContent || '{}') as Partial<Config>;
  return { endpoint: parsed.endpoint || '/graphql', token: parsed.token || '', demoRoles: !!parsed.demoRoles };
}

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'U bent niet aangemeld, of uw aanmelding is verlopen. Meld u aan met een geldig token.',
  FORBIDDEN: 'Uw rol geeft geen toegang tot deze gegevens. Gegevens over individuele kinderen zijn alleen zichtbaar voor medewerkers van de eigen organisatie.',
  BAD_USER_INPUT: 'De gevraagde gegevens bestaan niet of de invoer klopt niet',
  GRAPHQL_VALIDATION_FAILED: 'Het dashboard vraagt iets wat de server niet kent; werk het dashboard bij.',
  OPERATION_TOO_COMPLEX: 'De vraag is te groot voor de server. Kies een kleinere selectie.',
  TOO_MANY_REQUESTS: 'De server is even te druk. Probeer het zo opnieuw.',
  SERVICE_UNAVAILABLE: 'Een deel van Kansrijk is tijdelijk niet bereikbaar. Probeer het zo opnieuw.',
  INTERNAL_SERVER_ERROR: 'Er ging iets mis op de server. Probeer het later opnieuw.',
};

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function dutchMessage(code: string, detail?: string): string {
  const base = MESSAGES[code] ?? `De gegevens konden niet worden opgehaald (foutcode ${code}).`;
  return code === 'BAD_USER_INPUT' && detail ? `${base}: ${detail}` : base;
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export async function request<TResult, TVariables>(config: Config, document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const token = currentToken();
  if (!token) throw new ApiError('UNAUTHENTICATED', dutchMessage('UNAUTHENTICATED'));
  let response: Response;
  try {
    response = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('NETWORK', 'De Kansrijk-server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.');
  }
  let body: { data?: TResult | null; errors?: GraphQLError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP_${response.status}`, `De server gaf een onverwacht antwoord (HTTP ${response.status}).`);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
    throw new ApiError(code, dutchMessage(code, first.message));
  }
  if (!body.data) throw new ApiError(`HTTP_${response.status}`, `De server gaf geen gegevens (HTTP ${response.status}).`);
  return body.data;
}
