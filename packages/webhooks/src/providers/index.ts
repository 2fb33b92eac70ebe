import type { ProviderDefinition } from "../provider.js";
import type { WebhookProvider } from "../types.js";
import { brevo } from "./brevo.js";
import { mailgun } from "./mailgun.js";
import { mailjet } from "./mailjet.js";
import { postmark } from "./postmark.js";
import { resend } from "./resend.js";
import { sendgrid } from "./sendgrid.js";
import { ses } from "./ses.js";
import { sparkpost } from "./sparkpost.js";

/** Every provider's definition, by name. */
export const providers: Readonly<Record<WebhookProvider, ProviderDefinition>> = {
  ses,
  sendgrid,
  mailgun,
  postmark,
  sparkpost,
  resend,
  mailjet,
  brevo,
};
