import type { IncomingMessage, ServerResponse } from "node:http";
import { detectProvider } from "./detect.js";
import { headerOf, type WebhookHeaders } from "./headers.js";
import { parseWebhook, WebhookParseError } from "./parse.js";
import {
  isWebhookProvider,
  type ParsedWebhook,
  type ParseWebhookOptions,
  type WebhookProvider,
} from "./types.js";
import { bodyBytes, bodyText } from "./verify/compare.js";
import type { Credentials, VerifyOptions } from "./verify/types.js";
import { verifyRequest } from "./verify.js";

/** Options of `handleWebhook` and `createWebhookHandler`. */
export interface WebhookHandlerOptions {
  /** The providers this endpoint accepts, each with its credentials. */
  readonly providers: Partial<Record<WebhookProvider, Credentials>>;
  /**
   * Receives each verified body's events. The answer is 200 once it returns (or its promise
   * resolves); when it throws, 500, and the provider retries.
   */
  readonly onEvents: (webhook: ParsedWebhook) => void | Promise<void>;
  /** The largest body accepted, in bytes (default 5 MiB); larger ones get 413. */
  readonly maxBodyBytes?: number;
  /** Tolerance and replay store of the verification. */
  readonly verify?: VerifyOptions;
  /** Locale and batch limit of the parsing. */
  readonly parse?: ParseWebhookOptions;
}

/** A request as any framework can hand it over. */
export interface WebhookRequest {
  readonly rawBody: string | Uint8Array;
  readonly headers: WebhookHeaders;
  /** The provider, when the route names it (`/webhooks/:provider`); else it is detected. */
  readonly provider?: string;
}

/** What to answer. */
export interface WebhookResponse {
  readonly status: 200 | 400 | 401 | 404 | 405 | 413 | 415 | 500;
  readonly body: {
    readonly ok: boolean;
    readonly provider?: WebhookProvider;
    readonly events?: number;
    readonly duplicate?: boolean;
    readonly error?: string;
  };
}

/**
 * The default body size limit: 5 MiB, room for SendGrid's largest batches.
 *
 * @example
 * createWebhookHandler({ providers, onEvents, maxBodyBytes: defaultMaxBodyBytes / 5 });
 */
export const defaultMaxBodyBytes = 5 * 1024 * 1024;

/** SNS posts its messages as `text/plain`; every provider else sends JSON. */
function acceptsContentType(provider: WebhookProvider, contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json" || type.endsWith("+json")) return true;
  return provider === "ses" && type === "text/plain";
}

const answer = (status: WebhookResponse["status"], body: WebhookResponse["body"]): WebhookResponse => ({
  status,
  body,
});

/**
 * Handles one webhook request without any framework: size, content type, provider,
 * verification, parsing, then `onEvents`. Answers 413 for an oversize body, 415 for a content
 * type the provider does not send, 404 for a provider not configured, 401 for a bad signature
 * or credentials (or a stale timestamp), 400 for a malformed body, 200 once the events are
 * handed over, and 200 without handing them over for a replay of a delivery already taken.
 *
 * @example
 * const events = [];
 * const response = await handleWebhook(
 *   { provider: "brevo", rawBody: JSON.stringify({ event: "hard_bounce", email: "ann@example.com", "message-id": "<m1@example.com>", ts_event: Math.floor(Date.now() / 1000), reason: "550 5.1.1 unknown user" }), headers: { "content-type": "application/json", authorization: "Bearer t0ken" } },
 *   { providers: { brevo: { token: "t0ken" } }, onEvents: (webhook) => { events.push(...webhook.events); } },
 * );
 * response.status; // 200
 * events[0].explanation.bounce; // "hard"
 */
export async function handleWebhook(
  request: WebhookRequest,
  options: WebhookHandlerOptions,
): Promise<WebhookResponse> {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  if (typeof request?.rawBody !== "string" && !(request?.rawBody instanceof Uint8Array)) {
    return answer(400, { ok: false, error: "noRawBody" });
  }
  const size =
    typeof request.rawBody === "string" ? Buffer.byteLength(request.rawBody) : request.rawBody.byteLength;
  if (size > maxBodyBytes) return answer(413, { ok: false, error: "payloadTooLarge" });
  const provider = providerOf(request, options);
  if (provider === null) return answer(404, { ok: false, error: "unknownProvider" });
  const credentials = options.providers[provider];
  if (credentials === undefined) return answer(404, { ok: false, error: "unknownProvider" });
  if (!acceptsContentType(provider, headerOf(request.headers, "content-type"))) {
    return answer(415, { ok: false, provider, error: "unsupportedMediaType" });
  }
  const verified = await verifyRequest(provider, request, credentials, options.verify);
  if (!verified.ok) {
    if (verified.reason === "replayed")
      return answer(200, { ok: true, provider, duplicate: true, events: 0 });
    return answer(verified.reason === "malformed" ? 400 : 401, {
      ok: false,
      provider,
      error: verified.reason,
    });
  }
  let webhook: ParsedWebhook;
  try {
    webhook = parseWebhook(provider, request.rawBody, options.parse);
  } catch (error) {
    await verified.store.forget?.(verified.replayKey);
    const code = error instanceof WebhookParseError ? error.code : "malformed";
    return answer(400, { ok: false, provider, error: code });
  }
  try {
    await options.onEvents(webhook);
  } catch {
    // Not taken: let the provider's retry through.
    await verified.store.forget?.(verified.replayKey);
    return answer(500, { ok: false, provider, error: "handlerFailed" });
  }
  return answer(200, { ok: true, provider, events: webhook.events.length });
}

function providerOf(request: WebhookRequest, options: WebhookHandlerOptions): WebhookProvider | null {
  if (request.provider !== undefined) return isWebhookProvider(request.provider) ? request.provider : null;
  const configured = Object.keys(options.providers).filter(isWebhookProvider);
  if (configured.length === 1) return configured[0] ?? null;
  let body: unknown;
  try {
    body = JSON.parse(bodyText(request.rawBody));
  } catch {
    body = undefined;
  }
  const detected = detectProvider(body, request.headers);
  return detected !== null && configured.includes(detected) ? detected : null;
}

/** A node:http request, possibly with a body a framework already read (Express's `express.raw()`). */
type NodeRequest = IncomingMessage & { body?: unknown; rawBody?: unknown; params?: { provider?: unknown } };

/** A `(req, res)` handler for node:http, Express and Connect. */
export type NodeWebhookHandler = ((
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>) & {
  /** The same handler without node:http, for any framework. */
  readonly handleWebhook: (request: WebhookRequest) => Promise<WebhookResponse>;
};

/**
 * A `(req, res)` handler for node:http that Express and Connect accept as a route handler. It
 * reads the body itself (stopping at the size limit) unless a framework already read it as
 * bytes or text (`express.raw({ type: "*\/*" })`); a body already parsed as JSON cannot be
 * verified and gets 400. The provider comes from the route (`req.params.provider`, or the
 * path's last segment when it names one), else it is detected.
 *
 * @example
 * const server = http.createServer(createWebhookHandler({ providers: { mailgun: { signingKey } }, onEvents: save }));
 */
export function createWebhookHandler(options: WebhookHandlerOptions): NodeWebhookHandler {
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const handle = (request: WebhookRequest) => handleWebhook(request, options);
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const request = req as NodeRequest;
    if (request.method !== "POST") {
      send(res, answer(405, { ok: false, error: "methodNotAllowed" }));
      return;
    }
    const declared = Number(request.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      send(res, answer(413, { ok: false, error: "payloadTooLarge" }), true);
      return;
    }
    let rawBody: Awaited<ReturnType<typeof bodyOf>>;
    try {
      rawBody = await bodyOf(request, maxBodyBytes);
    } catch {
      // The client went away or the stream broke: answer if anybody is left to read it.
      send(res, answer(400, { ok: false, error: "bodyUnreadable" }));
      return;
    }
    if (rawBody === "tooLarge") {
      send(res, answer(413, { ok: false, error: "payloadTooLarge" }), true);
      return;
    }
    if (rawBody === "parsed") {
      send(res, answer(400, { ok: false, error: "bodyAlreadyParsed" }));
      return;
    }
    const provider = providerFromRoute(request);
    try {
      send(res, await handle({ rawBody, headers: request.headers, ...(provider ? { provider } : {}) }));
    } catch {
      send(res, answer(500, { ok: false, error: "internalError" }));
    }
  };
  return Object.assign(handler, { handleWebhook: handle });
}

function providerFromRoute(request: NodeRequest): string | undefined {
  const fromParams = request.params?.provider;
  if (typeof fromParams === "string") return fromParams;
  const path = (request.url ?? "").split("?")[0] ?? "";
  const last = path.split("/").filter(Boolean).pop();
  return last !== undefined && isWebhookProvider(last) ? last : undefined;
}

async function bodyOf(
  request: NodeRequest,
  maxBodyBytes: number,
): Promise<Uint8Array | string | "tooLarge" | "parsed"> {
  for (const given of [request.rawBody, request.body]) {
    if (given instanceof Uint8Array) return given.byteLength > maxBodyBytes ? "tooLarge" : given;
    if (typeof given === "string") return Buffer.byteLength(given) > maxBodyBytes ? "tooLarge" : given;
  }
  if (request.body !== undefined && request.body !== null && Object.keys(request.body).length > 0)
    return "parsed";
  if (request.readableEnded) return new Uint8Array(0);
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise((resolve, reject) => {
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        // Stop buffering; the rest of the upload is read and dropped so the answer can be sent.
        request.removeAllListeners("data");
        request.resume();
        resolve("tooLarge");
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(bodyBytes(Buffer.concat(chunks))));
    request.on("error", reject);
  });
}

function send(res: ServerResponse, response: WebhookResponse, close = false): void {
  if (res.headersSent) return;
  const body = JSON.stringify(response.body);
  res.writeHead(response.status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    ...(close ? { connection: "close" } : {}),
  });
  res.end(body);
}
