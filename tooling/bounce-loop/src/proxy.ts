import { type AddressInfo, connect, createServer, type Socket } from "node:net";

/**
 * A TCP proxy on 127.0.0.1 and a random port in front of a server, to drop connections at a
 * chosen moment and count how often a client connects.
 */
export interface Proxy {
  readonly port: number;
  /** How many connections the client opened. */
  readonly connections: number;
  /** Drops the connection the next time this many bytes have gone from server to client. */
  dropAfter(bytes: number): void;
  close(): Promise<void>;
}

export async function startProxy(target: { host: string; port: number }): Promise<Proxy> {
  let connections = 0;
  let dropAt: number | null = null;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    connections++;
    const upstream = connect(target);
    sockets.add(client);
    sockets.add(upstream);
    let forwarded = 0;
    upstream.on("data", (chunk: Buffer) => {
      forwarded += chunk.length;
      if (dropAt !== null && forwarded >= dropAt) {
        dropAt = null;
        // Half of the chunk, then a reset: the client sees a FETCH cut in the middle.
        client.write(chunk.subarray(0, chunk.length >> 1));
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    client.on("data", (chunk) => upstream.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", end);
    upstream.on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    get connections() {
      return connections;
    },
    dropAfter(bytes) {
      dropAt = bytes;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
