// The stable address of "the primary" for the cluster test: what a virtual IP, HAProxy with a health check or
// Patroni's endpoint is in a deployment (docs/deployment.md, "Several API replicas on PostgreSQL"). New connections
// go to the current target; retarget() cuts the old ones, as a failover does.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { freePort } from './pg-cluster.js';

export interface TcpProxy {
  port: number;
  retarget(port: number): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let target = targetPort;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    open.add(client);
    open.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  for (let attempt = 0; ; attempt += 1) {
    const port = await freePort();
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (listening) {
      return {
        port,
        retarget(next) {
          target = next;
          for (const socket of open) socket.destroy();
          open.clear();
        },
        // Does not wait for the connections to end: replicas still running would keep a graceful close open.
        close: async () => {
          server.close();
          for (const socket of open) socket.destroy();
          open.clear();
        },
      };
    }
    if (attempt >= 5) throw new Error('the proxy found no free port');
  }
}
