/**
 * `@smtp-codes/webhooks`: the bounce, complaint and delivery webhooks of Amazon SES, SendGrid,
 * Mailgun, Postmark, SparkPost, Resend, Mailjet and Brevo, verified, read into core's
 * `RecipientOutcome` and explained.
 */
export { detectProvider } from "./detect.js";
export type {
  NodeWebhookHandler,
  WebhookHandlerOptions,
  WebhookRequest,
  WebhookResponse,
} from "./handler.js";
export { createWebhookHandler, defaultMaxBodyBytes, handleWebhook } from "./handler.js";
export type { WebhookHeaders } from "./headers.js";
export { categoriesFor, categoryOf, mappingTable, providerCategories } from "./mapping.js";
export { maxBodyLength, parseWebhook, WebhookParseError } from "./parse.js";
export type {
  CategoryMapping,
  ParsedWebhook,
  ParseWebhookOptions,
  SnsSubscriptionMessage,
  WebhookProvider,
  WebhookWarning,
} from "./types.js";
export { isWebhookProvider, webhookProviders } from "./types.js";
export type { MemorySeenStoreOptions } from "./verify/seen-store.js";
export { createMemorySeenStore } from "./verify/seen-store.js";
export { isTrustedCertificateUrl, snsStringToSign } from "./verify/sns.js";
export type {
  BasicAuthCredentials,
  Credentials,
  PublicKeyCredentials,
  SecretCredentials,
  SeenStore,
  SigningKeyCredentials,
  SnsCredentials,
  TokenCredentials,
  VerifyFailure,
  VerifyInput,
  VerifyOptions,
  VerifyResult,
} from "./verify/types.js";
export { defaultToleranceSeconds, verifyWebhook } from "./verify.js";
