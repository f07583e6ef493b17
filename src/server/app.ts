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
import Fastify, { type FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { adressenRoutes } from './adressen/adressen.routes.ts';
import { analyseRoutes } from './analyse/analyse.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { berichtenRoutes } from './berichten/berichten.routes.ts';
import { gebiedenRoutes } from './gebieden/gebieden.routes.ts';
import { filtersRoutes } from './werklijsten/filters.routes.ts';
import { meldingenRoutes } from './meldingen/meldingen.routes.ts';
import { monitorRoutes } from './monitor/monitor.routes.ts';
import { alertsRoutes } from './monitor/alerts.routes.ts';
import { enqueteRoutes } from './monitor/enquete.routes.ts';
import { zakenRoutes } from './zaken/zaken.routes.ts';
import type { App, AppContext } from './platform/context.ts';
import { AppError } from './platform/errors.ts';
import { installErrorHandling, sendProblem } from './platform/http-errors.ts';
import { ProblemSchema, responses } from './platform/http-schemas.ts';
import { validatorCompiler } from './platform/validation.ts';
import { installSessie } from './toegang/sessie.plugin.ts';
import { toegangRoutes } from './toegang/toegang.routes.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Build the HTTP application: platform plugins (security headers, cookies, rate limits, OpenAPI, errors),
 * the session hook, then one route module per domain, then the web app. Nothing listens yet; tests use
 * `app.inject()` on the result.
 */
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
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  installErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
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
    errorResponseBuilder: () => new AppError('te_veel_verzoeken'),
  });
  const limit = (max: number): { rateLimit?: { max: number; timeWindow: string } } =>
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
      tags: [
        { name: 'platform', description: 'Status en configuratie' },
        { name: 'toegang', description: 'Inloggen, gebruikers, rollen en organisaties' },
        { name: 'verwerkingenlog', description: 'Verwerkingenlog (audit trail)' },
        { name: 'gebieden', description: 'CBS-gemeente, wijken en buurten' },
        { name: 'meldingen', description: 'Meldingen van inwoners, medewerkers en partners' },
        { name: 'zaken', description: 'Casussen, dossier, besluiten en doorverwijzingen (need-to-know)' },
        { name: 'berichten', description: 'Uitgaande e-mail en webhooks (outbox), sjablonen' },
      ],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installSessie(app, ctx);

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
      await sql`select 1`.execute(ctx.db).catch(() => {
        throw new AppError('niet_beschikbaar', 'De database antwoordt niet.');
      });
      return { status: 'ok' as const, database: ctx.engine };
    },
  );

  app.get(
    '/api/config',
    {
      schema: {
        tags: ['platform'],
        summary: 'Instellingen voor de webapp (openbaar)',
        response: responses({
          200: Type.Object({
            gemeente: Type.Object({ code: Type.String(), naam: Type.String() }),
            kaart: Type.Object({
              centrum: Type.Array(Type.Number()),
              zoom: Type.Integer(),
              tileUrl: Type.Union([Type.String(), Type.Null()]),
              tileAttributie: Type.Union([Type.String(), Type.Null()]),
            }),
            demo: Type.Boolean(),
            demoAccounts: Type.Array(Type.Object({ email: Type.String(), rol: Type.String() })),
            demoWachtwoord: Type.Union([Type.String(), Type.Null()]),
          }),
        }),
      },
      config: rateLimitPublic,
    },
    async () => {
      const g = ctx.gemeente;
      return {
        gemeente: { code: g.gemeente.code, naam: g.gemeente.naam },
        kaart: {
          centrum: [...g.gemeente.kaart.centrum],
          zoom: g.gemeente.kaart.zoom,
          tileUrl: config.tileUrl ?? null,
          tileAttributie: config.tileAttribution ?? null,
        },
        demo: config.demo,
        // Demo credentials are public by design, and only exist in demo mode.
        demoAccounts: config.demo ? g.toegang.demo.accounts.map((a) => ({ email: a.email, rol: a.rol })) : [],
        demoWachtwoord: config.demo ? g.toegang.demo.wachtwoord : null,
      };
    },
  );

  await toegangRoutes(app, ctx, rateLimitLogin);
  await auditRoutes(app, ctx);
  await gebiedenRoutes(app, ctx, rateLimitPublic);
  await meldingenRoutes(app, ctx, rateLimitPublic, rateLimitMelden);
  await zakenRoutes(app, ctx);
  await berichtenRoutes(app, ctx);
  await filtersRoutes(app, ctx);
  await adressenRoutes(app, ctx, rateLimitPublic);
  await monitorRoutes(app, ctx);
  await analyseRoutes(app, ctx);
  await alertsRoutes(app, ctx, rateLimitPublic, rateLimitMelden);
  await enqueteRoutes(app, ctx, rateLimitPublic, rateLimitMelden);

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
