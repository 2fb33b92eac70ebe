/**
 * The cost of `parseWebhook` on a SendGrid batch of 1 000 events (bounces with replies,
 * deferrals, deliveries and opens), as a multiple of `JSON.parse` of the same body, the least
 * any reader does (goal: at most 25 times: every event with a reply is explained by core).
 */
import { parseWebhook } from "@smtp-codes/webhooks";
import { timeRatio } from "./harness.js";
import { realisticReplies } from "./replies.js";

export function benchWebhooks(): void {
  const failures = realisticReplies.filter((reply) => !reply.startsWith("2"));
  const events = Array.from({ length: 1000 }, (_, index) => {
    const common = {
      email: `r${index}@receiver.example`,
      timestamp: 1_796_112_000 + index,
      sg_message_id: `sg-${index}`,
    };
    switch (index % 4) {
      case 0:
        return {
          ...common,
          event: "bounce",
          type: "bounce",
          reason: failures[index % failures.length],
          status: "5.0.0",
        };
      case 1:
        return { ...common, event: "deferred", response: failures[(index + 7) % failures.length] };
      case 2:
        return { ...common, event: "delivered", response: "250 2.0.0 OK" };
      default:
        return { ...common, event: "open", useragent: "ExampleMail" };
    }
  });
  const body = JSON.stringify(events);
  const goal = 25;
  const ratio = timeRatio(
    (text: string) => JSON.parse(text),
    (text: string) => parseWebhook("sendgrid", text),
    [body],
    7,
    200,
  );
  console.log("\nwebhooks: parseWebhook of a SendGrid batch of 1 000 events against JSON.parse of it");
  console.log(
    `  time ${ratio.toFixed(1)} x JSON.parse (goal at most ${goal} x): ${ratio <= goal ? "met" : "MISSED"}`,
  );
}
