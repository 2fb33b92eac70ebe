import { describe, expect, it } from "vitest";
import { explain, type Reason } from "../../index.js";

/**
 * Wordings of whole kinds of reply that the reason families (not one provider's rules) decide:
 * the generic layer a reply from a receiver nobody wrote a rule for meets (measured by
 * `pnpm eval:replies --generic-only`). Written for this test from the RFCs' and the MTAs' and
 * providers' documented wordings, not copied from the collected replies; each kind also names
 * texts its wording must not capture.
 */
const kinds: Record<string, [reply: string, reason: Reason][]> = {
  "a rate of unsolicited mail or complaints that the receiver counts against the sender": [
    ["421 4.7.0 We see a high volume of spam coming from 192.0.2.7, deferred", "badReputation"],
    ["550 5.7.1 Unusual rate of junk mail from your network; mail blocked", "badReputation"],
    ["554 Blocked: we have received many complaints about mail from your server", "badReputation"],
    // the content's own spam verdict and a plain throttle stay what they are
    ["550 5.7.1 Message rejected as spam", "spamDetected"],
    ["421 4.7.0 Sending rate exceeded, slow down", "rateLimited"],
  ],
  "a throttle that names its cause": [
    ["421 4.7.0 Mail from example.org is throttled because it failed DMARC", "authFailure"],
    ["451 4.7.1 Rate limited because the sender is unauthenticated", "authFailure"],
    ["421 4.7.0 Deferred because this connection is not using TLS", "requireTLS"],
    ["421 4.7.0 Throttled because of too many messages, try later", "rateLimited"],
  ],
  "a quota on what the sender sends, apart from the mailbox's quota": [
    ["554 5.2.2 Outbound quota exceeded for this account", "rateLimited"],
    ["452 4.3.2 Message quota reached for user ann, try tomorrow", "rateLimited"],
    ["550 5.7.1 Quota exceeded, wait before sending more", "rateLimited"],
    // the mailbox's storage quota stays a full mailbox
    ["552 5.2.2 Quota exceeded: the mailbox is full", "mailboxFull"],
    ["452 4.2.2 ann@example.org: quota exceeded", "mailboxFull"],
  ],
  "a recipient receiving mail faster than the receiver accepts, whatever X.2.1 says": [
    ["450 4.2.1 The mailbox is receiving messages too quickly, try again later", "rateLimited"],
    ["450 4.2.1 This recipient is receiving mail at a high rate; deferred", "rateLimited"],
    // a disabled mailbox under the same code stays disabled
    ["550 5.2.1 Mailbox disabled for this recipient", "mailboxDisabled"],
  ],
};

describe.each(Object.entries(kinds))("%s", (_kind, cases) => {
  it.each(cases)("%s", (reply, reason) => {
    const result = explain(reply);
    expect(result.reason, result.rule).toBe(reason);
  });
});
