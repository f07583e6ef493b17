import type { paths } from '../../contract/api/openapi-types.ts';

/** Problem document (RFC 9457) as the API returns it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  fouten?: { veld: string; melding: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

let csrfToken: string | null = null;

/** Remember the session's CSRF token (from login or GET /api/sessie); sent with every state change. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Call the Buurtveilig API. Errors arrive as {@link ApiError} carrying the problem document. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Geen verbinding met de server', status: 0, code: 'netwerk' });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw fout(res, data);
  return data as T;
}

/** The error for a failed answer: its problem document, or one made from the status when there is none. */
function fout(res: Response, data: unknown): ApiError {
  return new ApiError(
    data && typeof data === 'object' && 'code' in data ? (data as Problem) : { type: 'about:blank', title: res.statusText, status: res.status, code: 'onbekend' },
  );
}

/** Offer a file to the user as a download under this name. */
export function bewaar(inhoud: Blob, bestandsnaam: string): void {
  const url = URL.createObjectURL(inhoud);
  const a = document.createElement('a');
  a.href = url;
  a.download = bestandsnaam;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * POST that answers with a file (e.g. invitation letters): the browser saves it under the server's file name.
 * Through fetch, not a link, because the request changes data and carries the CSRF token.
 */
export async function downloadPost(path: string, body: unknown): Promise<void> {
  const headers: Record<string, string> = { accept: '*/*', 'content-type': 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  if (!res.ok) throw fout(res, await res.json().catch(() => undefined));
  bewaar(await res.blob(), /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download');
}

// Response types of the API, from the OpenAPI document the server serves (src/contract/api/openapi-types.ts is
// generated from docs/openapi.json by `npm run openapi`), so a page never copies a server type by hand.
type Methode = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonVan<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON body of the success response (200 or 201) of `methode` on `pad`, e.g. `Antwoord<'/api/taken'>`. */
export type Antwoord<P extends keyof paths, M extends Methode = 'get'> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer A }
    ? JsonVan<A>
    : R extends { 201: infer B }
      ? JsonVan<B>
      : never
  : never;

/** The JSON request body of `methode` on `pad`, from the same contract, e.g. `Verzoek<'/api/casussen/{id}/besluiten', 'post'>`. */
export type Verzoek<P extends keyof paths, M extends Methode = 'post'> = paths[P][M] extends { requestBody?: infer B } ? JsonVan<NonNullable<B>> : never;
