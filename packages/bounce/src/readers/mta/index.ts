import { amazonSes } from "./amazon-ses.js";
import { courier } from "./courier.js";
import { domino } from "./domino.js";
import { exchange } from "./exchange.js";
import { exim } from "./exim.js";
import { ezweb } from "./ezweb.js";
import { fml } from "./fml.js";
import type { MtaFormat } from "./format.js";
import { gmail } from "./gmail.js";
import { googleGroups } from "./google-groups.js";
import { mailSystemError } from "./mail-system-error.js";
import { postfix } from "./postfix.js";
import { qmail } from "./qmail.js";
import { sendmail } from "./sendmail.js";
import { yahoo } from "./yahoo.js";

export type { MtaFormat } from "./format.js";

/**
 * Every MTA's and provider's bounce format, tried in this order (the more specific markers
 * first); `generic` is tried last, on its own.
 */
export const mtaFormats: readonly MtaFormat[] = [
  postfix,
  qmail,
  yahoo,
  exim,
  sendmail,
  courier,
  exchange,
  domino,
  // before the layout it shares: au's own meaning
  ezweb,
  mailSystemError,
  // before Gmail: the same mailer daemon sends both
  googleGroups,
  gmail,
  amazonSes,
  fml,
];
