import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { systemViewer } from '../../api/src/auth/viewer';
import { createDataSource } from '../../api/src/database/data-source';
import { createServices } from '../../api/src/graphql/services';
import { loadDemo } from '../../api/src/seed/demo';
import { createServer, type AppServer } from '../../api/src/server';
import { ADMIN_URL_ENV, TEMPLATE_DB_ENV } from './database-env';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  /** SQL statements the server ran for this request. */
  statements: number;
  headers: Headers;
}

export interface TestApp {
  url: string;
  ds: DataSource;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A database of its own (copied from the migrated template) and a real HTTP server on a free port. */
export async function startTestApp(options: { seed?: boolean } = {}): Promise<TestApp> {
  const adminUrl = process.env[ADMIN_URL_ENV];
  const template = process.env[TEMPLATE_DB_ENV];
  if (!adminUrl || !template) throw new Error('The jest globalSetup did not run');
  const name = `${template}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      // Another worker copying the template at the same moment: try again shortly.
      if ((error as { code?: string }).code !== '55006' || attempt > 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const ds = createDataSource({ url: withDatabase(adminUrl, name), poolSize: 5 });
  await ds.initialize();
  if (options.seed) await loadDemo(ds);
  const server: AppServer = await createServer(ds, { env: 'test' });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    ds,
    async gql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return {
        status: response.status,
        data: body.data,
        errors: body.errors,
        statements: Number(response.headers.get('x-sql-statements') ?? NaN),
        headers: response.headers,
      };
    },
    async close() {
      await server.close();
      await ds.destroy();
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** The data of a successful result; fails the test with the server's errors otherwise. */
export function ok<T>(result: GqlResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

export interface Staff {
  id: string;
  email: string;
  /** Authorization header of a personal API token for this user. */
  headers: Record<string, string>;
}

export const PASSWORD = 'correct horse battery staple';

/** Creates a user of each role (two editors and two reviewers, for four-eyes cases) with API tokens. */
export async function createStaff(app: TestApp): Promise<Record<'editor' | 'editor2' | 'reviewer' | 'reviewer2' | 'admin', Staff>> {
  const services = createServices(app.ds.manager);
  const viewer = systemViewer('test');
  const roles = { editor: 'EDITOR', editor2: 'EDITOR', reviewer: 'REVIEWER', reviewer2: 'REVIEWER', admin: 'ADMIN' } as const;
  const result = {} as Record<keyof typeof roles, Staff>;
  for (const [key, role] of Object.entries(roles) as [keyof typeof roles, (typeof roles)[keyof typeof roles]][]) {
    const email = `${key}@example.org`;
    const user = await services.users.create({ email, name: `Test ${key}`, role: role as never, password: PASSWORD }, viewer);
    const { token } = await services.auth.createToken(user.id, 'tests', viewer);
    result[key] = { id: user.id, email, headers: { authorization: `Bearer ${token}` } };
  }
  return result;
}
