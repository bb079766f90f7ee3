import type { EmbeddedDatabase } from '../../api/src/database/embedded';

export const ADMIN_URL_ENV = 'NEWSROOM_TEST_ADMIN_URL';
export const TEMPLATE_DB_ENV = 'NEWSROOM_TEST_TEMPLATE_DB';

const holder = globalThis as { __newsroomTestDb?: EmbeddedDatabase };

export function setGlobalDatabase(db: EmbeddedDatabase): void {
  holder.__newsroomTestDb = db;
}

export function globalDatabase(): EmbeddedDatabase | undefined {
  return holder.__newsroomTestDb;
}
