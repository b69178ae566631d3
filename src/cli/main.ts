/** Entry point of the `eroauttaminen-widgets` command (bundled to dist/cli.js). */
import { text } from 'node:stream/consumers';
import { run } from './cli.js';

const code = await run(process.argv.slice(2), {
  stdout: (output) => process.stdout.write(output),
  stderr: (output) => process.stderr.write(output),
  readStdin: () => text(process.stdin),
});
process.exitCode = code;
