import type { OutcomeType, Reason } from "@smtp-codes/core";
import { providers } from "./providers/index.js";
import { type CategoryMapping, type WebhookProvider, webhookProviders } from "./types.js";

/**
 * Every provider's category table in one list, in the README's order: what each provider's
 * classification means in our vocabulary.
 *
 * @example
 * providerCategories.find((row) => row.provider === "ses" && row.category === "Permanent/NoEmail")?.reason; // "userUnknown"
 */
export const providerCategories: readonly CategoryMapping[] = webhookProviders.flatMap(
  (provider) => providers[provider].categories,
);

/**
 * What a provider's category means: its row of the table, or `undefined` for a category the
 * table does not know.
 *
 * @example
 * categoryOf("sparkpost", "10")?.reason; // "userUnknown"
 */
export function categoryOf(provider: WebhookProvider, category: string): CategoryMapping | undefined {
  return providers[provider]?.categories.find((row) => row.category === category);
}

/**
 * The other way round: every provider's categories that stand for a reason (and, when given,
 * an event type), so a user moving between providers keeps one vocabulary.
 *
 * @example
 * categoriesFor("mailboxFull").map((row) => `${row.provider}:${row.category}`).slice(0, 2); // ["ses:Transient/MailboxFull", "ses:DeliveryDelay/MailboxFull"]
 */
export function categoriesFor(reason: Reason, type?: OutcomeType): readonly CategoryMapping[] {
  return providerCategories.filter(
    (row) => row.reason === reason && (type === undefined || row.type === type),
  );
}

/**
 * The mapping table as Markdown, one row per provider category: how the README's table is made
 * (a test checks that the README holds exactly this).
 *
 * @example
 * mappingTable().split("\n")[0]; // "| provider | category | means | type | reason | severity |"
 */
export function mappingTable(): string {
  const lines = [
    "| provider | category | means | type | reason | severity |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of providerCategories) {
    lines.push(
      `| ${row.provider} | \`${row.category}\` | ${row.description.replaceAll("|", "\\|")} | ${row.type} | ${row.reason} | ${row.severity} |`,
    );
  }
  return lines.join("\n");
}
