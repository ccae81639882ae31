// CI's dependency audit: fails on any high or critical advisory for what the site ships
// (`npm audit --omit=dev --audit-level=high`). Where the registry's audit endpoint cannot be
// reached (it answers 405 on this workplace's registry mirror), it says so instead of failing;
// the version floors in lib/dependencies.test.ts still hold there.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout || '{}');
} catch {
  report = {};
}
if (report.error || !report.metadata) {
  console.log(`audit: the registry's audit endpoint did not answer (${report.error?.summary || report.error?.code || 'no report'}); skipped.`);
  process.exit(0);
}
const counts = report.metadata.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`audit: ${serious} high or critical, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low (production dependencies)`);
if (serious > 0) {
  spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], { stdio: 'inherit' });
  process.exit(1);
}
