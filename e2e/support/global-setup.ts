import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real Tend — the same entry point as `npm start` — on a throwaway data folder with
 * the demo organisation, and stops it after the journeys.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(process.cwd(), '.tend-test-e2e-'));
  const port = await freePort();
  const output: string[] = [];
  const tend: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), TEND_DATA_DIR: dataDir, TEND_DEMO: 'true', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  tend.stdout?.on('data', (chunk) => output.push(String(chunk)));
  tend.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (true) {
    if (tend.exitCode !== null) throw new Error(`Tend exited while starting:\n${output.join('')}`);
    const ready = await fetch(`${baseUrl}/api/ready`).then((r) => r.ok).catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`Tend did not become ready:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    tend.kill('SIGTERM');
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        tend.kill('SIGKILL');
        resolve();
      }, 15_000);
      tend.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
