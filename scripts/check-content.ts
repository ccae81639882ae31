// `npm run check:content [-- --dir <folder>]`: checks every article and author without building
// the site, lists every problem in Swedish, exits 1 when there is any. The build runs it first.
import { runCheckCommand } from '../lib/content-check/run';

const { exitCode, stdout, stderr } = await runCheckCommand({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd() });
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
