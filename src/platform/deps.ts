import type { TendConfig } from './config/config.js';
import type { Database } from './db/client.js';
import type { Mailer } from './mail/mailer.js';

/** What the HTTP app is built from: handed in, so tests can give their own. */
export interface AppDeps {
  database: Database;
  config: Pick<TendConfig, 'publicUrl' | 'secureCookies'> & Partial<Pick<TendConfig, 'trustProxy'>>;
  mailer: Mailer;
  log: (message: string) => void;
  /** Set once the app has finished starting: readiness reports it. */
  ready?: () => boolean;
}
