import readline from 'node:readline';
import { Writable } from 'node:stream';
import { ACCOUNT_LIMITS, Role } from '@newsroom/shared';
import { systemViewer } from '../auth/viewer';
import { migrate } from '../database/migrate';
import { openDatabase } from '../database/open';
import { createServices } from '../graphql/services';

const USAGE = 'Usage: npm run user:create -- --email E --name N --role EDITOR|REVIEWER|ADMIN [--password P]';

function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(email|name|role|password)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unknown argument "${argv[i]}". ${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value. ${USAGE}`);
    args[match[1]] = value;
  }
  return args;
}

/** Reads a password from the terminal without echoing it. */
function promptPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error(`No --password given and no terminal to ask on. ${USAGE}`));
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  for (const key of ['email', 'name', 'role']) if (!args[key]) throw new Error(`--${key} is required. ${USAGE}`);
  const role = args.role.toUpperCase() as Role;
  if (!Object.values(Role).includes(role)) throw new Error(`--role must be EDITOR, REVIEWER or ADMIN; got "${args.role}"`);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(args.email)) throw new Error(`--email "${args.email}" is not an email address`);
  const password = args.password ?? (await promptPassword('Password: '));
  if (password.length < ACCOUNT_LIMITS.passwordMin || password.length > ACCOUNT_LIMITS.passwordMax) {
    throw new Error(`The password must be ${ACCOUNT_LIMITS.passwordMin} to ${ACCOUNT_LIMITS.passwordMax} characters long`);
  }
  const db = await openDatabase();
  try {
    await migrate(db.dataSource);
    const user = await createServices(db.dataSource.manager).users.create(
      { email: args.email, name: args.name, role, password },
      systemViewer('user:create'),
    );
    console.log(`Created ${user.role} ${user.name} <${user.email}> (id ${user.id}). Sign in at the console with this email.`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
