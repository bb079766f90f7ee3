import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { QUERY_LIMITS } from '@newsroom/shared';
import { GraphQLError } from 'graphql';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import type { DataSource } from 'typeorm';
import { PROJECT_ROOT, type Config } from './config';
import { readBearer, readSessionCookie } from './auth/cookies';
import { buildContext, type Context } from './graphql/context';
import { DATABASE_UNAVAILABLE_MESSAGE, formatError, isDatabaseUnavailable } from './graphql/errors';
import { PARSE_OPTIONS, queryLimitsPlugin } from './graphql/limits';
import { getSchema } from './graphql/schema';
import { cors } from './http/cors';
import { errorBody, httpErrorHandler, requestDeadline } from './http/guards';
import { CONSOLE_CSP, ideCsp, securityHeaders } from './http/security';
import { createServices, DEFAULT_SESSION_POLICY } from './graphql/services';
import { fastReadsPlugin } from './graphql/read/fast-response';
import { fastLane, preReadBody, type Handler } from './graphql/read/fast-lane';
import { claimReviewFeed } from './modules/fact-check/claim-review.feed';
import { log } from './logger';
import { currentRequest, runInRequestScope } from './request-scope';

export interface AppServer {
  httpServer: http.Server;
  listen(port: number, host: string): Promise<number>;
  /** Readiness fails from now on (load balancers stop sending traffic); requests are still served. */
  beginShutdown(): void;
  /** Stops accepting connections, lets in-flight requests finish (up to the grace period), then stops. */
  close(): Promise<void>;
}

export type ServerConfig = Pick<Config, 'env'> &
  Partial<
    Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'trustProxy' | 'corsOrigins' | 'requestTimeoutMs' | 'shutdownGraceMs'>
  > & {
    /** The built console; admin/dist by default (tests point elsewhere). */
    consoleDir?: string;
  };

const RURU_STATIC = '/graphql/ide/';

const databaseUnavailable = () =>
  new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });

/** Builds the HTTP server: GraphQL at /graphql, its IDE, the console, health probes. */
export async function createServer(ds: DataSource, config: ServerConfig): Promise<AppServer> {
  const schema = await getSchema();
  const services = createServices(ds.manager, {
    idleMinutes: config.sessionIdleMinutes ?? DEFAULT_SESSION_POLICY.idleMinutes,
    absoluteHours: config.sessionAbsoluteHours ?? DEFAULT_SESSION_POLICY.absoluteHours,
  });
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: POST responses are never revalidated, and hashing every body costs CPU on each read.
  app.set('etag', false);
  if (config.trustProxy) app.set('trust proxy', 1);
  // Until the fast lane is set up (below), every request goes to express.
  let handle = (req: http.IncomingMessage, res: http.ServerResponse) => app(req, res);
  const httpServer = http.createServer((req, res) => handle(req, res));
  const production = config.env === 'production';
  const development = !production;
  const requestTimeoutMs = config.requestTimeoutMs ?? 30_000;
  // Node's own bounds on receiving a request: a slow client cannot hold a socket forever.
  httpServer.requestTimeout = requestTimeoutMs;
  httpServer.headersTimeout = Math.min(requestTimeoutMs, 20_000);
  let shuttingDown = false;

  const apollo = new ApolloServer<Context>({
    schema,
    // Who may introspect is decided per request by the limits plugin: everyone in
    // development, signed-in users only in production.
    introspection: true,
    // Production: no "Did you mean …?" hints that would spell out the schema to anonymous probes.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: PARSE_OPTIONS,
    formatError: (formatted, error) => formatError(formatted, error, currentRequest()?.requestId),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs ?? 10_000 }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints are used; the per-field hook would cost on every field of every read.
      ApolloServerPluginCacheControlDisabled(),
      fastReadsPlugin(ds, services),
      queryLimitsPlugin<Context>({ mayIntrospect: (context) => development || context.viewer.user !== null }),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const scope = currentRequest();
              if (scope && development) response.http.headers.set('x-sql-statements', String(scope.statements));
              // A request that failed because PostgreSQL is away: 503, so clients and proxies retry later.
              const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
              if (errors?.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) {
                response.http.status = 503;
                response.http.headers.set('retry-after', '5');
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const requestId = crypto.randomUUID();
    res.setHeader('x-request-id', requestId);
    if (shuttingDown) res.setHeader('connection', 'close');
    runInRequestScope({ requestId, statements: 0 }, next);
  });
  app.use(securityHeaders());
  app.use(requestDeadline(requestTimeoutMs));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  // The IDE: for everyone in development; in production only for a signed-in user (it needs introspection).
  const ideHtml = ruruHTML({ endpoint: '/graphql', staticPath: RURU_STATIC });
  const idePolicy = ideCsp(ideHtml);
  const mayUseIde = async (req: express.Request) => {
    if (development) return true;
    try {
      return (await services.auth.resolve(readSessionCookie(req), readBearer(req))) !== null;
    } catch {
      return false;
    }
  };
  const ideStatic = serveStatic(RURU_STATIC);
  // Not mounted at RURU_STATIC: ruru's middleware expects the full path in req.url.
  app.use(async (req, res, next) => {
    if (!req.path.startsWith(RURU_STATIC)) {
      next();
      return;
    }
    if (!(await mayUseIde(req))) {
      res.status(404).json(errorBody('Not found', 'NOT_FOUND'));
      return;
    }
    // Monaco's workers get their policy from their own response: the IDE's.
    res.setHeader('Content-Security-Policy', idePolicy);
    ideStatic(req, res, next);
  });
  app.get('/graphql', async (req, res, next) => {
    // Browsers asking for a page get the IDE; GraphQL GET requests go on to Apollo.
    if (req.query.query === undefined && req.accepts(['text/html', 'application/json']) === 'text/html' && (await mayUseIde(req))) {
      res.setHeader('Content-Security-Policy', idePolicy);
      res.type('html').send(ideHtml);
      return;
    }
    next();
  });

  app.use(
    '/graphql',
    cors(config.corsOrigins ?? []),
    preReadBody(express.json({ limit: QUERY_LIMITS.bodyBytesMax })),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const sessionToken = readSessionCookie(req);
        let user;
        try {
          user = await services.auth.resolve(sessionToken, readBearer(req));
        } catch (error) {
          if (isDatabaseUnavailable(error)) throw databaseUnavailable();
          throw error;
        }
        const viewer = { user, requestId: currentRequest()?.requestId ?? crypto.randomUUID(), ip: req.ip };
        return buildContext(ds, services, viewer, req, res, sessionToken);
      },
    }),
  );

  // Anonymous reads the compiler answers whole skip express and Apollo (same answer, same headers).
  const lane = fastLane(ds, services, schema, { development, shuttingDown: () => shuttingDown });
  const expressApp: Handler = app;
  handle = (req, res) => lane(req, res, expressApp);

  // Approved fact-checks as a schema.org ClaimReview DataFeed, for search engines and partners.
  app.get('/claimreview.json', claimReviewFeed(services));

  // The editors' console (admin/dist, built by `npm run build`), same origin as /graphql.
  const consoleDir = config.consoleDir ?? path.join(PROJECT_ROOT, 'admin', 'dist');
  if (fs.existsSync(path.join(consoleDir, 'index.html'))) {
    const consoleHeaders = (res: express.Response) => res.setHeader('Content-Security-Policy', CONSOLE_CSP);
    app.use(express.static(consoleDir, { index: false, maxAge: '1h', setHeaders: consoleHeaders }));
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      consoleHeaders(res);
      res.sendFile(path.join(consoleDir, 'index.html'), { headers: { 'cache-control': 'no-cache' } });
    });
  }
  app.use((_req, res) => {
    res.status(404).json(errorBody('Not found', 'NOT_FOUND'));
  });
  app.use(httpErrorHandler(QUERY_LIMITS.bodyBytesMax));

  return {
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    beginShutdown() {
      shuttingDown = true;
    },
    async close() {
      shuttingDown = true;
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      log.debug('HTTP server closed');
    },
  };
}
