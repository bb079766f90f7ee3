import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import type { DataSource } from 'typeorm';
import { PROJECT_ROOT, type Config } from './config';
import { readBearer, readSessionCookie } from './auth/cookies';
import { buildContext, type Context } from './graphql/context';
import { formatError } from './graphql/errors';
import { getSchema } from './graphql/schema';
import { createServices, DEFAULT_SESSION_POLICY } from './graphql/services';
import { log } from './logger';
import { currentRequest, runInRequestScope } from './request-scope';

export interface AppServer {
  httpServer: http.Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

const RURU_STATIC = '/graphql/ide/';

/** Builds the HTTP server: GraphQL at /graphql, its IDE in development, health probes. */
export async function createServer(
  ds: DataSource,
  config: Pick<Config, 'env'> & Partial<Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'trustProxy'>>,
): Promise<AppServer> {
  const schema = await getSchema();
  const services = createServices(ds.manager, {
    idleMinutes: config.sessionIdleMinutes ?? DEFAULT_SESSION_POLICY.idleMinutes,
    absoluteHours: config.sessionAbsoluteHours ?? DEFAULT_SESSION_POLICY.absoluteHours,
  });
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  const httpServer = http.createServer(app);
  const development = config.env !== 'production';

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: development,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, currentRequest()?.requestId),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const scope = currentRequest();
              if (scope && development) response.http.headers.set('x-sql-statements', String(scope.statements));
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
    runInRequestScope({ requestId, statements: 0 }, next);
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  if (development) {
    app.use(RURU_STATIC, serveStatic(RURU_STATIC));
    app.get('/graphql', (req, res, next) => {
      // Browsers asking for a page get the IDE; GraphQL GET requests go on to Apollo.
      if (req.query.query === undefined && req.accepts(['text/html', 'application/json']) === 'text/html') {
        res.type('html').send(ruruHTML({ endpoint: '/graphql', staticPath: RURU_STATIC }));
        return;
      }
      next();
    });
  }

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const sessionToken = readSessionCookie(req);
        const user = await services.auth.resolve(sessionToken, readBearer(req));
        const viewer = { user, requestId: currentRequest()?.requestId ?? crypto.randomUUID(), ip: req.ip };
        return buildContext(ds, services, viewer, req, res, sessionToken);
      },
    }),
  );

  // The editors' console (admin/dist, built by `npm run build`), same origin as /graphql.
  const consoleDir = path.join(PROJECT_ROOT, 'admin', 'dist');
  if (fs.existsSync(path.join(consoleDir, 'index.html'))) {
    app.use(express.static(consoleDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(path.join(consoleDir, 'index.html'), { headers: { 'cache-control': 'no-cache' } });
    });
  }

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
    async close() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      log.debug('HTTP server closed');
    },
  };
}
