// `npm run cloudflare` starts the local Cloudflare for a person (or a test) and prints where it is.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startLocalCloudflare, type LocalCloudflare } from './server.ts';
import type { Seed } from './state.ts';

const USAGE = `Usage: npm run cloudflare -- [--port 8790] [--seed state.json] [--verbose]

Starts a local stand-in for the Cloudflare API and edge. Point real wrangler at it with the
printed variables; what it deploys is served by workerd on a loopback port.
  --port N       API port (0 picks a free one; default 8790)
  --seed FILE    JSON state to start with: tokens, kvNamespaces (with values), d1Databases,
                 r2Buckets, queues, hyperdriveConfigs, workers (with secrets), edgePorts
                 ({"example-gateway": 8791}: where that Worker will be served)
  --verbose      log every API request and the Workers' own console output

Admin API (no token), besides seed, state, requests and faults:
  POST   /__local/edge/stale {"script": "NAME", "ms": 3000}
         A lagging edge: for ms after each later deployment of that Worker (ms omitted or 0:
         until cleared), its URL is routed by the deployment before it, version overrides
         included; the API (deployments list/status) already shows the new one.
         GET lists the rules; DELETE /__local/edge/stale[?script=NAME] clears them.
  POST   /__local/edge/ports {"script": "NAME", "port": 8791}
         Serves that Worker's URL on that loopback port, bound at once (answering
         "error code: 1042" until the Worker is deployed); a Worker already served
         elsewhere moves there. 400 when the port is taken. GET lists the pins.
  POST   /__local/tails/drop
         Drops every tail's WebSocket with 1011 (a restart at the edge); the sessions stay,
         and a client opens a new one as wrangler does.`;

/** How to reach `https://<name>.<subdomain>.workers.dev` on loopback, as printed at start. */
function workersDevLines(dev: ReturnType<LocalCloudflare['edge']['workersDevListener']>): string[] {
  if (!dev) return [];
  return [
    `  workers.dev: ${dev.url}  (*.${dev.subdomain}.workers.dev by Host; certificate ${dev.caFile})`,
    `    reach it: NODE_EXTRA_CA_CERTS=${dev.caFile} and the gate's --resolve '*.workers.dev:443=127.0.0.1:${dev.port}'`,
  ];
}

async function main(): Promise<void> {
  let values: { port?: string; seed?: string; verbose?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 8790 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a port number; got "${values.port}"\n`);
    process.exit(2);
  }
  let seed: Seed | undefined;
  if (values.seed) {
    try {
      seed = JSON.parse(await readFile(values.seed, 'utf8')) as Seed;
    } catch (error) {
      process.stderr.write(`--seed ${values.seed}: ${(error as Error).message}\n`);
      process.exit(2);
    }
  }

  const log = (line: string): void => void process.stderr.write(`[local-cloudflare] ${line}\n`);
  const cf = await startLocalCloudflare({ port, seed, verbose: values.verbose, log });
  const token = cf.account.tokens[0]?.value ?? '';
  process.stdout.write(
    [
      'Local Cloudflare is running.',
      `  API:   ${cf.apiUrl}`,
      `  Admin: ${cf.adminUrl}  (GET /__local/workers tells where each Worker is served)`,
      ...workersDevLines(cf.edge.workersDevListener()),
      '',
      'Use it from a shell:',
      `  export CLOUDFLARE_API_BASE_URL=${cf.apiUrl}`,
      `  export CLOUDFLARE_API_TOKEN=${token}`,
      `  export CLOUDFLARE_ACCOUNT_ID=${cf.account.id}`,
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    cf.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`local-cloudflare: ${(error as Error).message}\n`);
  process.exit(1);
});
