import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { resolveDataDir } from '../database/embedded';

/**
 * npm run db:reset — wipes the embedded database's data folder; the next
 * `npm start` creates a fresh one with the demo data. Refuses while a server uses it.
 */
function main(): void {
  const config = loadConfig();
  if (config.databaseUrl) {
    console.error('DATABASE_URL is set: db:reset only wipes the embedded database. Drop and recreate that database yourself.');
    process.exit(1);
  }
  const { dir } = resolveDataDir(config.dataDir);
  const lock = path.join(path.dirname(dir), 'server.pid');
  if (fs.existsSync(lock)) {
    const pid = Number.parseInt(fs.readFileSync(lock, 'utf8'), 10);
    try {
      process.kill(pid, 0);
      console.error(`A server (pid ${pid}) is using ${dir}; stop it first.`);
      process.exit(1);
    } catch {
      // stale lock: its process is gone
    }
  }
  if (!fs.existsSync(dir)) {
    console.log(`Nothing to wipe: ${dir} does not exist.`);
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.credentials`, { force: true });
  fs.rmSync(lock, { force: true });
  console.log(`Wiped ${dir}. The next "npm start" creates a fresh database with the demo data.`);
}

main();
