import { writeFile } from 'node:fs/promises';
import { frameworkExport } from '../modules/framework/framework-export.js';
import { developmentExport } from '../modules/development/development-export.js';
import { trainingExport } from '../modules/training/training-export.js';
import { instrumentsExport } from '../modules/instruments/instruments-export.js';
import { workforceExport } from '../modules/workforce/workforce-export.js';
import { ZOrgSettings } from '../org-settings.js';
import { getOrganisation } from '../platform/tenancy/org-store.js';
import { peopleExport } from '../modules/people/people-export.js';
import { unitsExport } from '../modules/units/units-export.js';
import { recordAudit } from '../platform/audit/audit-store.js';
import { accountsExport } from '../platform/auth/accounts-export.js';
import type { Database, Queryable } from '../platform/db/client.js';
import { type CliCommand, CliError, optionalString, type Out, requiredString } from './command.js';
import { requireOrg } from './find-org.js';

export interface ExportOrgOptions {
  orgSlug: string;
  /** File to write; stdout when undefined. */
  outFile?: string | undefined;
}

/**
 * The organisation as portable JSON, made of each module's own export (its column lists are the
 * presenters: only those fields leave). Never password hashes, sessions or one-time tokens, and no
 * personal well-being data.
 */
export async function buildOrgExport(q: Queryable, orgId: string) {
  const organisation = await getOrganisation(q, orgId, ZOrgSettings);
  const unitRows = await unitsExport(q, orgId);
  const personRows = await peopleExport(q, orgId);
  const accountRows = await accountsExport(q, orgId);
  return {
    format: 'tend-org-export' as const,
    // version 2 added `practice`: the practice-framework records; version 3 `instruments` and `workforce`
    version: 3 as const,
    exportedAt: new Date().toISOString(),
    organisation,
    units: unitRows,
    people: personRows,
    accounts: accountRows,
    // the key order of `practice` is kept from version 2: framework, then development, then training
    practice: { ...(await frameworkExport(q, orgId)), ...(await developmentExport(q, orgId)), ...(await trainingExport(q, orgId)) },
    instruments: await instrumentsExport(q, orgId),
    // HR events: starts and leaves, absence spells
    workforce: await workforceExport(q, orgId),
  };
}

/**
 * Exports one organisation as JSON to `outFile` (mode 0600: it holds personal data) or to
 * `out`, and records `org.exported` in its audit log. The write happens inside the transaction
 * that records the event, so a failed write leaves no event claiming an export.
 */
export async function exportOrg(database: Database, options: ExportOrgOptions, out: Out): Promise<void> {
  await database.db.transaction(
    async (tx) => {
      const org = await requireOrg(tx, options.orgSlug);
      const data = await buildOrgExport(tx, org.id);
      await recordAudit(tx, null, {
        orgId: org.id,
        type: 'org.exported',
        data: { units: data.units.length, people: data.people.length, accounts: data.accounts.length, to: options.outFile ? 'file' : 'stdout' },
      });
      const json = JSON.stringify(data, null, 2);
      if (!options.outFile) {
        out(json);
        return;
      }
      try {
        await writeFile(options.outFile, `${json}\n`, { mode: 0o600 });
      } catch (error) {
        throw new CliError(`--out: cannot write ${options.outFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      out(`Exported ${org.name}: ${data.units.length} units, ${data.people.length} people, ${data.accounts.length} accounts, to ${options.outFile}.`);
    },
    // one consistent picture even while Tend keeps serving
    { isolationLevel: 'repeatable read' },
  );
}

export const exportOrgCommand: CliCommand<ExportOrgOptions> = {
  name: 'export-org',
  summary: 'export an organisation (units, people, accounts without secrets, practice-framework records) as JSON',
  usage: 'export-org --org <slug> [--out <org.json>]',
  details: ['Without --out the JSON goes to stdout (use `npm run --silent tend -- …` to keep npm\'s own lines out of it).'],
  options: { org: { type: 'string' }, out: { type: 'string' } },
  toOptions: (values) => ({ orgSlug: requiredString(values, 'org'), outFile: optionalString(values, 'out') }),
  run: exportOrg,
};
