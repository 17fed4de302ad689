import type { TendConfig } from '../platform/config/config.js';
import { demoStartProblem } from '../platform/config/demo-safety.js';
import type { Database } from '../platform/db/client.js';
import { databaseIsEmpty, demoIsLoaded } from './load-demo.js';

/**
 * Why Tend must not start on this database with this configuration (the demo organisation is
 * there, or would be loaded now, while Tend is reachable from a network or in production), or null.
 */
export async function demoStartRefusal(database: Database, config: Pick<TendConfig, 'host' | 'production' | 'loadDemo'>): Promise<string | null> {
  const present = (await demoIsLoaded(database)) || (config.loadDemo && (await databaseIsEmpty(database)));
  return demoStartProblem(config, present);
}
