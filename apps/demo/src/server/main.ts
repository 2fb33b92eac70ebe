/** `pnpm demo`: starts the demo on 127.0.0.1 (PORT overrides the port) and prints its URL. */
import { startDemo } from "./app.js";

const port = process.env.PORT ? Number(process.env.PORT) : 3000;
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`demo: PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}
const demo = await startDemo(port).catch((error: NodeJS.ErrnoException) => {
  // The usual first-run problem gets one line, not a stack.
  if (error?.code === "EADDRINUSE") {
    console.error(
      `demo: port ${port} is in use; start it on another one with PORT, e.g. PORT=3001 pnpm demo`,
    );
    process.exit(1);
  }
  throw error;
});
console.log(
  `smtp-codes demo: ${demo.url} (embedded SMTP server on 127.0.0.1:${demo.smtpPort}); Ctrl+C stops it`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void demo.close().then(() => process.exit(0));
  });
}
