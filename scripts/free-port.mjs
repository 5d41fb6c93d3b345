// A loopback port nothing listens on right now, for the demo's and the benchmarks' servers.
import { createServer } from 'node:http';

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}
