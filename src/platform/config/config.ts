import { resolve } from 'node:path';
import { serverTimeZone } from '../time/zone.js';

/** Where the embedded database and Tend's secrets live, and how Tend is reached. */
export interface TendConfig {
  port: number;
  /** The address Tend listens on: loopback unless HOST opens it to a network. */
  host: string;
  /** TEND_ENV=production says this installation holds real people's records (no demo accounts). */
  production: boolean;
  /** `postgres://…` of an existing PostgreSQL 15+ server; undefined means the embedded one. */
  databaseUrl: string | undefined;
  /** Folder holding the embedded cluster, its secret and the lock file. */
  dataDir: string;
  /** Public base URL used in invitation and reset links. */
  publicUrl: string;
  /** SMTP URL (smtp://user:pass@host:port); undefined means links are printed to the server log. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** When true, cookies carry the Secure flag (Tend is behind https). */
  secureCookies: boolean;
  /** Load the demo organisation when the database has no organisation yet. */
  loadDemo: boolean;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (else it is spoofable). */
  trustProxy: boolean;
  /** The zone new organisations start in (TEND_TIME_ZONE, else the machine's); checked here so a bad value stops start-up. */
  timeZone: string;
}

/** Reads the configuration from the environment, with defaults that need nothing installed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TendConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number between 0 and 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const publicUrl = (env.TEND_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const host = env.HOST?.trim() || '127.0.0.1';
  return {
    port,
    host,
    production: env.TEND_ENV === 'production',
    databaseUrl,
    dataDir: resolve(env.TEND_DATA_DIR ?? 'data'),
    publicUrl,
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM ?? 'Tend <no-reply@tend.local>',
    secureCookies: env.TEND_SECURE_COOKIES ? env.TEND_SECURE_COOKIES === 'true' : publicUrl.startsWith('https://'),
    loadDemo: env.TEND_DEMO !== 'false',
    trustProxy: env.TEND_TRUST_PROXY === 'true',
    timeZone: serverTimeZone(env),
  };
}
