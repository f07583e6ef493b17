import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from './platform/config.ts';
import type { App, AppContext } from './platform/context.ts';
import { AppError } from './platform/errors.ts';
import { frameworkErrors, installErrorHandling, sendProblem, vasteKoppen } from './platform/http-errors.ts';
import { ProblemSchema, responses } from './platform/http-schemas.ts';
import type { RateLimieten, RouteLimiet } from './platform/module.ts';
import { ping } from './platform/platform.repository.ts';
import { databaseRateLimitStore } from './platform/rate-limit-store.ts';
import { validatorCompiler } from './platform/validation.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Build the HTTP application: platform plugins (security headers, cookies, rate limits, OpenAPI, errors),
 * then every module's routes in list order (toegang first: it installs the session hook), then the web app. Nothing listens yet; tests use
 * `app.inject()` on the result.
 */
/** A number of hops as the function form (proxy-addr counts hops from the socket outwards). */
const trustProxyVoor = (t: Config['trustProxy']): boolean | string[] | ((addr: string, hop: number) => boolean) =>
  typeof t === 'number' ? (_addr, hop) => hop < t : typeof t === 'object' ? [...t] : t;

export async function buildApp(ctx: AppContext, opts: { logger?: boolean; logStream?: NodeJS.WritableStream } = {}): Promise<App> {
  const { config } = ctx;
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            ...(opts.logStream ? { stream: opts.logStream } : {}),
            // No personal data in logs: no IP addresses, no query strings (they may hold a resident's location),
            // no headers (cookies, tokens), no bodies.
            serializers: {
              req: (req: FastifyRequest) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: trustProxyVoor(config.trustProxy),
    // Fastify's two lines per request at info buried the start banner; one compact line at debug instead (below).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);

  // Access log: one line per request, only at debug (LOG_LEVEL=debug), without query strings or addresses.
  // Server errors are logged at error by the error handler regardless.
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug({ method: request.method, path: request.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'verzoek');
  });
  installErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    vasteKoppen(request, reply);
  });
  app.addSchema(ProblemSchema);

  const tileOrigin = config.tileUrl ? new URL(config.tileUrl.replace(/\{[a-z]\}/g, '0')).origin : undefined;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(tileOrigin ? [tileOrigin] : [])],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same-origin app; the strict defaults of helmet for cross-origin isolation are fine.
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    // Several processes on one PostgreSQL database share their counters there; PGlite is one process.
    ...(ctx.engine === 'postgresql' ? { store: databaseRateLimitStore(ctx.db) } : {}),
    errorResponseBuilder: () => new AppError('te_veel_verzoeken'),
  });
  const limit = (max: number): RouteLimiet =>
    max > 0 ? { rateLimit: { max, timeWindow: '1 minute' } } : {};
  const rateLimitPublic = limit(config.rateLimitPublic);
  const rateLimitLogin = limit(config.rateLimitLogin);
  const rateLimitMelden = limit(config.rateLimitMelden);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Buurtveilig API',
        version: '0.1.0',
        description:
          'API van Buurtveilig. Fouten zijn RFC 9457-probleemdocumenten (application/problem+json) met een stabiele `code`. ' +
          'Sessies lopen via een cookie; stuur bij wijzigende verzoeken het CSRF-token mee in X-CSRF-Token.',
      },
      tags: ctx.modules.flatMap((m) => m.tags ?? []),
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Status van de dienst en de database',
        response: responses({
          200: Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]) }),
        }, [503]),
      },
    },
    async () => {
      await ping(ctx.db).catch(() => {
        throw new AppError('niet_beschikbaar', 'De database antwoordt niet.');
      });
      return { status: 'ok' as const, database: ctx.engine };
    },
  );

  const limieten: RateLimieten = { publiek: rateLimitPublic, inloggen: rateLimitLogin, melden: rateLimitMelden };
  for (const m of ctx.modules) await m.routes?.(app, ctx, limieten);

  // The web app (production build). Unknown non-API paths get index.html so client-side routes work.
  const webDir = path.join(config.rootDir, 'dist', 'web');
  const indexHtml = path.join(webDir, 'index.html');
  const hasWeb = fs.existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: false });
  }
  app.setNotFoundHandler(
    config.rateLimitPublic > 0 ? { preHandler: app.rateLimit({ max: config.rateLimitPublic * 2, timeWindow: '1 minute' }) } : {},
    async (request, reply) => {
      const p = request.url.split('?')[0] ?? '';
      const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !p.startsWith('/api') && !path.extname(p);
      if (wantsPage && hasWeb) {
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.createReadStream(indexHtml));
      }
      if (wantsPage) {
        return reply.type('text/plain; charset=utf-8').code(404).send('De webapp is niet gebouwd. Voer "npm run build" uit.');
      }
      return sendProblem(request, reply, new AppError('niet_gevonden', `${request.method} ${p} bestaat niet.`));
    },
  );

  return app;
}
