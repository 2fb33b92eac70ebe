/**
 * The quick start's main job until the demo app exists: looks up a few codes and explains a
 * few real-world replies, in English and German.
 */
import { explain, lookup } from "@smtp-codes/core";

const codes = ["550", "5.1.1", "4.7.0", "X.7.26", "471", "5.1.99"];
const replies = [
  "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550 5.1.1 double-checking the recipient's email address for typos or unnecessary spaces.",
  "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
  "host mx.example.com[192.0.2.5] said: 450 4.2.0 <a@example.com>: Recipient address rejected: Greylisted (in reply to RCPT TO command)",
  "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
];

console.log("Looking up codes\n");
for (const code of codes) {
  const entry = lookup(code);
  const german = lookup(code, { locale: "de" });
  if (!entry || !german) continue;
  const flags = [
    entry.registered ? "" : "unregistered",
    "standard" in entry && !entry.standard ? "non-standard" : "",
  ];
  console.log(`${code.padEnd(7)} ${entry.title} / ${german.title} ${flags.filter(Boolean).join(", ")}`);
  console.log(`        ${entry.explanation}`);
  if (entry.advice) console.log(`        Advice: ${entry.advice}`);
}

console.log("\nExplaining replies\n");
for (const reply of replies) {
  const result = explain(reply);
  const german = explain(reply, { locale: "de" });
  console.log(reply.split(/\r?\n/)[0]);
  console.log(
    `  ${result.severity}, ${result.bounce} bounce, reason ${result.reason}, retry: ${result.retryable ? `yes, in ${result.retryAfter} s` : "no"} (${result.rule})`,
  );
  console.log(`  ${result.summary} ${result.advice}`);
  console.log(`  ${german.summary} ${german.advice}\n`);
}
