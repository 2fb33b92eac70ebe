/** `pnpm demo`: starts the demo on 127.0.0.1 (PORT overrides the port) and prints its URL. */
import { fill, localeOf, texts } from "../texts.js";
import { startDemo } from "./app.js";

/** The terminal's language, from its locale as the command line reads it (`de_DE.UTF-8`). */
const locale = localeOf(
  (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "").toLowerCase().slice(0, 2),
);
const words = texts[locale].terminal;

const port = process.env.PORT ? Number(process.env.PORT) : 3000;
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(fill(words.badPort, { value: JSON.stringify(process.env.PORT) }));
  process.exit(2);
}
const demo = await startDemo(port).catch((error: NodeJS.ErrnoException) => {
  // The usual first-run problem gets one line, not a stack.
  if (error?.code === "EADDRINUSE") {
    console.error(fill(words.portInUse, { port }));
    process.exit(1);
  }
  throw error;
});
console.log(fill(words.started, { url: demo.url, smtp: `127.0.0.1:${demo.smtpPort}` }));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void demo.close().then(() => process.exit(0));
  });
}
