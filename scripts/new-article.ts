// `npm run new -- "Rubriken på svenska" [--author fornamn-efternamn]`: starts a new article as a
// draft in content/artiklar/ (or CONTENT_DIR / --dir), never over an existing file.
import { runNewCommand } from '../lib/content-check/scaffold';

const { exitCode, stdout, stderr } = runNewCommand({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd() });
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
