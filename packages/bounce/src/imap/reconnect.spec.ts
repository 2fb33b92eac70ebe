import { type AddressInfo, createServer } from "node:net";
import { describe, expect, it } from "vitest";
import type { ImapMailboxError } from "./errors.js";
import { watchMailbox } from "./watch-mailbox.js";

describe("watchMailbox reconnecting", () => {
  it("backs off exponentially while the server drops every connection, and stop() ends it", async () => {
    const attempts: number[] = [];
    const server = createServer((socket) => {
      attempts.push(Date.now());
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const errors: ImapMailboxError[] = [];
    const watcher = watchMailbox({
      host: "127.0.0.1",
      port: (server.address() as AddressInfo).port,
      secure: false,
      auth: { user: "someone", pass: "anything" },
      reconnect: { initialDelay: 100, maxDelay: 400 },
      onError: (error) => errors.push(error),
      onReport() {},
    });
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    await watcher.stop();
    const after = attempts.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.close();

    // Delays of about 100, 200, 400, 400 ... ms: a handful of attempts in 1.6 s, not hundreds.
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.length).toBeLessThanOrEqual(10);
    expect(errors.every((error) => error.code === "connection")).toBe(true);
    // One error per attempt (the last may have been cut short by stop()).
    expect(errors.length).toBeGreaterThanOrEqual(attempts.length - 1);
    // Nothing after stop().
    expect(attempts.length).toBe(after);
    await expect(watcher.done).resolves.toBeUndefined();
  });
});
