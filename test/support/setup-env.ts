import { configureLogger } from '../../api/src/logger';

// Tests provoke errors on purpose; keep the output to warnings and worse.
configureLogger('warn', false);
