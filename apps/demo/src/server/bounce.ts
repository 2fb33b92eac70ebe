import type { IncomingMessage } from "node:http";
import { type BounceReport, parseBounce } from "@smtp-codes/bounce";
import { type Labels, type Locale, labels, type SuppressionReason, suppressionOf } from "@smtp-codes/core";
import { fill, formatNumber, texts } from "../texts.js";
import { type CardView, viewOf } from "./view.js";

/**
 * `POST /api/bounce?lang=en|de`: the body is a bounce email as it is (pasted text or a dropped
 * .eml file's bytes, any charset), the answer the report with one entry per recipient. The
 * demo reads at most `maxBounceBytes` (a report's answer is near its start; a larger upload is
 * refused rather than cut, so the page can say so).
 */
export const maxBounceBytes = 2 * 1024 * 1024;

/**
 * What the page gets: the report and, per recipient, core's `suppressionOf` (whether to stop
 * mailing the address: the one rule, decided here so the page needs none of core's code) and
 * the words of its verdict in the language (`views`, named by core's `fields`), or an error in the language with its HTTP
 * status.
 */
export type BounceAnswer =
  | {
      status: 200;
      value: {
        report: BounceReport;
        suppression: (SuppressionReason | null)[];
        views: CardView[];
        fields: Labels["fields"];
      };
    }
  | { status: 400 | 413; value: { error: string } };

export async function answerBounce(request: IncomingMessage, locale: Locale): Promise<BounceAnswer> {
  const errors = texts[locale].errors;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBounceBytes) {
      const error = fill(errors.bounceTooLarge, { max: formatNumber(maxBounceBytes, locale) });
      return { status: 413, value: { error } };
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return { status: 400, value: { error: errors.bounceEmpty } };
  const report = await parseBounce(Buffer.concat(chunks), { locale, maxSize: maxBounceBytes });
  return {
    status: 200,
    value: {
      report,
      suppression: report.recipients.map(suppressionOf),
      views: report.recipients.map((recipient) => viewOf(recipient.explanation, locale)),
      fields: labels(locale).fields,
    },
  };
}
