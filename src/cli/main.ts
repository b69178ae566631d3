/** Entry point of the `eroauttaminen-widgets` command (bundled to dist/cli.js). */
import { buffer, text } from 'node:stream/consumers';
import { run } from './cli.js';

// A reader that stops early (`validate … | head`) closes the pipe: end quietly, as other tools do.
let closed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    process.exit(process.exitCode ?? 0);
  });
}
const write = (stream: NodeJS.WriteStream) => (output: string): void => {
  if (!closed) stream.write(output);
};

const code = await run(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  readStdin: () => text(process.stdin),
  readStdinBytes: async () => new Uint8Array(await buffer(process.stdin)),
});
process.exitCode = code;
