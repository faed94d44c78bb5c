/**
 * The bench's floor: for each contract operation, the subgraph calls its query plan made (recorded by
 * bench-gateways.ts through Kansrijk's gateway), replayed in plan order (calls that ran side by side run
 * side by side) on undici keep-alive connections, each signed afresh (a new nonce: the subgraphs refuse a
 * replay) and its answer parsed; then the recorded answer is returned as it was. No token check, no
 * query planning, no merging: what any gateway must at least spend on the operation's subgraph calls.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { Agent } from 'undici';
import type { Claims } from '@kansrijk/kit/src/auth';
import { benchGatewayEnv, signedHeaders } from './common';

/** One operation's recorded plan: stages run one after another, the calls of a stage side by side. */
export interface RecordedPlan {
  stages: { url: string; body: string }[][];
  response: string;
}

const env = benchGatewayEnv();
const plans = JSON.parse(readFileSync(process.env.PLANS_FILE!, 'utf8')) as { claims: Claims; operations: Record<string, RecordedPlan> };
const agent = new Agent({ connections: 32, pipelining: 1, keepAliveTimeout: 30_000 });

async function call({ url, body }: { url: string; body: string }): Promise<unknown> {
  const target = new URL(url);
  const headers = signedHeaders(env.subgraphSecret, url, { 'content-type': 'application/json' }, body, { claims: plans.claims });
  const answer = await agent.request({ origin: target.origin, path: target.pathname, method: 'POST', headers, body });
  return answer.body.json();
}

const server = createServer((req, res) => {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', async () => {
    const plan = plans.operations[(JSON.parse(raw) as { operationName?: string }).operationName ?? ''];
    if (!plan) {
      res.writeHead(404).end();
      return;
    }
    try {
      for (const stage of plan.stages) await Promise.all(stage.map(call));
      res.writeHead(200, { 'content-type': 'application/json' }).end(plan.response);
    } catch {
      res.writeHead(502).end();
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(env.port, '127.0.0.1', () => process.stdout.write('listening\n'));
