/* One place for log output: JSON lines in production, readable lines otherwise. */
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let threshold: Level = 'info';
let json = process.env.NODE_ENV === 'production';

export function configureLogger(level: Level, asJson: boolean): void {
  threshold = level;
  json = asJson;
}

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (order[level] < order[threshold]) return;
  const stream = level === 'error' || level === 'warn' ? process.stderr : process.stdout;
  if (json) {
    stream.write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }) + '\n');
    return;
  }
  const extra = fields && Object.keys(fields).length ? ' ' + JSON.stringify(fields) : '';
  stream.write(`[${level}] ${message}${extra}\n`);
}

export const log = {
  debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => write('error', m, f),
};
