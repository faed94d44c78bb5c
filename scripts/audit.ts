/**
 * `npm run audit:deps`: no high or critical advisory in the production dependencies (issue: dependencies).
 * Runs `npm audit --omit=dev` and fails on any high or critical advisory. Where the registry offers no
 * advisory endpoint (a mirror that answers 405, an offline machine) it says plainly that nothing was
 * checked, and exits 0 unless AUDIT_REQUIRED=1, so a build on such a machine is not red for a reason
 * the code cannot fix, and a build that must have the check can insist on it.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  statusCode?: number;
  message?: string;
  error?: { summary?: string };
};
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { message: (run.stderr || run.stdout).trim().split('\n')[0] };
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const why = report.message ?? report.error?.summary ?? 'no answer';
  console.log(`npm audit: NOT CHECKED, the advisory database could not be asked (${why.replace(/https?:\/\/\S+/g, '<registry>')})`);
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  if (v.severity === 'high' || v.severity === 'critical') console.log(`  ${v.severity}: ${name}`);
}
process.exit(serious > 0 ? 1 : 0);
