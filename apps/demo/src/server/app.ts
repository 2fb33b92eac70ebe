import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { explain, type Locale, labels, listEntries } from "@smtp-codes/core";
import { fill, formatNumber, localeOf, type Texts, texts } from "../texts.js";
import { answerBounce } from "./bounce.js";
import { pageIn } from "./page.js";
import { scenarios } from "./scenarios.js";
import { sendTestMail } from "./send.js";
import { startSmtp } from "./smtp.js";
import { viewOf } from "./view.js";
import { createWebhookDemo } from "./webhooks.js";

/** Where the built page lives: beside the built server (dist/server, dist/web). */
const builtWebRoot = join(dirname(fileURLToPath(import.meta.url)), "../web");
const staticFiles: Readonly<Record<string, { file: string; type: string }>> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
  "/webhooks.html": { file: "webhooks.html", type: "text/html; charset=utf-8" },
  "/webhooks.js": { file: "webhooks.js", type: "text/javascript; charset=utf-8" },
  // Browsers ask for /favicon.ico whatever the page links; both names serve the SVG icon.
  "/favicon.ico": { file: "favicon.svg", type: "image/svg+xml" },
  "/favicon.svg": { file: "favicon.svg", type: "image/svg+xml" },
};
const maxBody = 65_536;

/**
 * Thrown for requests the API refuses, with their status and which message of `texts.errors`
 * to answer with: the message is written in the request's language when the answer is.
 */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly key: keyof Texts["errors"],
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headOnly = false,
): void {
  response.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "content-security-policy":
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  });
  response.end(headOnly ? undefined : body);
}

/** `de` when the browser asks for German first (`Accept-Language: de-DE,de;q=0.9,en;q=0.8`). */
const browserLanguage = (request: IncomingMessage): string | undefined =>
  request.headers["accept-language"]?.trim().toLowerCase().startsWith("de") ? "de" : undefined;

const json = (response: ServerResponse, status: number, value: unknown) =>
  send(response, status, JSON.stringify(value), "application/json; charset=utf-8");

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBody) throw new HttpError(413, "bodyTooLarge", { max: maxBody });
    chunks.push(chunk as Buffer);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
    return value as Record<string, unknown>;
  } catch {
    throw new HttpError(400, "notAnObject");
  }
}

/** The demo: the web page and its API on 127.0.0.1, and the embedded SMTP server. */
export async function startDemo(
  port = 0,
  webRoot = builtWebRoot,
): Promise<{ url: string; smtpPort: number; close(): Promise<void> }> {
  const smtp = await startSmtp();
  const webhooks = createWebhookDemo(() => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const server = createServer(async (request, response) => {
    // The language of the answer, its errors included: `?lang=` (which the pages always send),
    // else the `lang` of a JSON body once it is read.
    let locale: Locale = "en";
    try {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      locale = localeOf(url.searchParams.get("lang"));
      if (await webhooks.route(request, response, url, locale)) return;
      const asset = staticFiles[url.pathname];
      if ((request.method === "GET" || request.method === "HEAD") && asset) {
        const content = await readFile(join(webRoot, asset.file));
        const page =
          asset.file === "index.html" ? "index" : asset.file === "webhooks.html" ? "webhooks" : null;
        // A page comes in the language asked for, or the browser's, as its script would choose.
        const pageLocale = localeOf(url.searchParams.get("lang"), browserLanguage(request));
        return send(
          response,
          200,
          page ? pageIn(content.toString("utf8"), page, pageLocale) : content,
          asset.type,
          request.method === "HEAD",
        );
      }
      if (request.method === "GET" && url.pathname === "/api/catalogue") {
        const words = labels(locale);
        return json(response, 200, {
          entries: listEntries({ locale }),
          actors: words.actors,
          labels: words,
        });
      }
      if (request.method === "GET" && url.pathname === "/api/scenarios") {
        return json(
          response,
          200,
          scenarios.map(({ id, address }) => ({ id, address, title: texts[locale].scenarios[id] })),
        );
      }
      if (request.method === "POST" && url.pathname === "/api/explain") {
        const input = await body(request);
        locale = localeOf(url.searchParams.get("lang"), input.lang);
        if (typeof input.text !== "string") throw new HttpError(400, "textNotString");
        const command = typeof input.command === "string" && input.command ? input.command : undefined;
        const result = explain(input.text, { locale, ...(command ? { command } : {}) });
        return json(response, 200, { ...result, view: viewOf(result, locale) });
      }
      if (request.method === "POST" && url.pathname === "/api/bounce") {
        const { status, value } = await answerBounce(request, locale);
        return json(response, status, value);
      }
      if (request.method === "POST" && url.pathname === "/api/send") {
        const input = await body(request);
        locale = localeOf(url.searchParams.get("lang"), input.lang);
        const scenario = scenarios.find((s) => s.id === input.scenario);
        if (!scenario) throw new HttpError(400, "unknownScenario");
        return json(response, 200, await sendTestMail(smtp.port, scenario, locale));
      }
      throw new HttpError(404, "notFound");
    } catch (error) {
      const refused = error instanceof HttpError ? error : new HttpError(500, "internal");
      const values = Object.fromEntries(
        Object.entries(refused.values).map(([name, value]) => [
          name,
          typeof value === "number" ? formatNumber(value, locale) : value,
        ]),
      );
      json(response, refused.status, { error: fill(texts[locale].errors[refused.key], values) });
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  } catch (error) {
    // A port in use: nothing of the demo stays open behind the error.
    await smtp.close();
    throw error;
  }
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    smtpPort: smtp.port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await smtp.close();
    },
  };
}
