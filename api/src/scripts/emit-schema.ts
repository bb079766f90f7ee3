import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { printCommittedSchema } from '../graphql/schema';

/** npm run codegen writes api/schema.graphql; with --check (npm run check:codegen) it fails when the file is stale. */
async function main(): Promise<void> {
  const file = path.join(PROJECT_ROOT, 'api', 'schema.graphql');
  const schema = await printCommittedSchema();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== schema) {
      console.error('api/schema.graphql is out of date: run "npm run codegen" and commit the result.');
      process.exit(1);
    }
    console.log('api/schema.graphql is up to date.');
    return;
  }
  fs.writeFileSync(file, schema);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
