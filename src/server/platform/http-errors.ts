import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, problemFor, type FieldError } from './errors.ts';

/** Map anything thrown while handling a request to an {@link AppError}; unknown errors become `interne_fout`. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as Partial<FastifyError> & { code?: string; validation?: { instancePath?: string; message?: string; params?: Record<string, unknown> }[]; validationContext?: string };
  if (Array.isArray(e.validation)) {
    const fouten: FieldError[] = e.validation.map((v) => {
      const extra = v.params?.additionalProperty ?? v.params?.missingProperty;
      const pad = `${v.instancePath ?? ''}${extra ? `/${String(extra)}` : ''}`;
      return { veld: `${e.validationContext ?? 'body'}${pad}`, melding: v.message ?? 'ongeldig' };
    });
    return new AppError('validatie', fouten.map((f) => `${f.veld}: ${f.melding}`).join('; '), fouten);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('ongeldige_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('te_groot');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('mediatype');
    case 'FST_ERR_NOT_FOUND':
      return new AppError('niet_gevonden');
    case 'FST_ERR_BAD_URL':
      return new AppError('ongeldige_url');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('url_te_lang');
  }
  // PostgreSQL SQLSTATE classes: 22 = data exception (bad value), 23 = integrity constraint (e.g. a unique
  // key taken by a concurrent request). Both are caused by the request, never by the server.
  if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
    if (e.code.startsWith('22')) return new AppError('validatie', 'Een waarde heeft niet de verwachte vorm.');
    if (e.code.startsWith('23')) return new AppError('conflict');
  }
  if (err instanceof SyntaxError && (e.statusCode === 400 || (e as { status?: number }).status === 400)) return new AppError('ongeldige_json');
  const status = e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 404) return new AppError('niet_gevonden');
    if (status === 405) return new AppError('methode_niet_toegestaan');
    if (status === 413) return new AppError('te_groot');
    if (status === 415) return new AppError('mediatype');
    if (status === 429) return new AppError('te_veel_verzoeken');
    return new AppError('validatie');
  }
  return new AppError('interne_fout');
}

/**
 * The problem document names the path as `instance`, except when the path itself is what was wrong (a
 * malformed or overlong URL): then nothing of the request is echoed.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  const path = err.code === 'ongeldige_url' || err.code === 'url_te_lang' ? undefined : request.url.split('?')[0];
  return reply
    .code(err.status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problemFor(err, path, request.id));
}

/**
 * Browser features the web app does not use (photos are uploaded as files) are denied; the location only to
 * our own pages, for "gebruik mijn locatie" on the melding form (the browser still asks the resident).
 */
const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), display-capture=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()';

/** Headers on every answer (from the onSend hook, and set by hand where Fastify answers before routing). */
export function vasteKoppen(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id);
  // Nothing of the API may be kept by a browser or proxy cache unless a route says so (a public,
  // cacheable answer sets its own Cache-Control): answers carry personal data and the session.
  if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  // Deny what the product does not use to anything that might get injected; the location to our origin only.
  reply.header('permissions-policy', PERMISSIONS_POLICY);
}

/**
 * Errors Fastify raises before routing (a URL that does not decode, a path parameter over maxParamLength)
 * bypass the error handler; this puts them in the same problem+json shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // No hooks run for these answers: the fixed headers are set here.
  vasteKoppen(request, reply);
  reply.header('x-content-type-options', 'nosniff');
  void sendProblem(request, reply, toAppError(error));
}

/** Install the single error and not-found handling of the API. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      // The message of an unknown error may contain SQL or values from the request (personal data); log
      // its type, code and stack frames only.
      const e = error as Error & { code?: string };
      const frames = (e.stack ?? '').split('\n').slice(1, 8).join('\n');
      request.log.error({ errType: e.name, errCode: e.code, frames }, 'onverwachte fout');
    }
    return sendProblem(request, reply, appError);
  });
}
