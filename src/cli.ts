// `npm run tend -- <command>`: Tend's operator commands (migrate, demo, add-user, reset-password,
// import-people, import-responses, export-org, backup, restore, packs …). The commands live in src/cli/.
import { runCli } from './cli/run-cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTerminal: Boolean(process.stderr.isTTY),
  env: process.env,
});
// exit once stdout has drained: a large export piped to a file must arrive whole
process.stdout.write('', () => process.exit(code));
