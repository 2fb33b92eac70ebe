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
  "a message that loops between servers, before the families whose words its report holds": [
    ["550 5.4.6 Routing failed: the message loops back to itself", "networkError"],
    ["554 Rejected: more than 40 hops, probable forwarding problem", "networkError"],
    ["550 5.1.1 <ann@example.org>: undeliverable address: loops back to me", "networkError"],
    // a message over the size limit stays too big
    ["552 5.3.4 Message exceeded the size limit", "messageTooBig"],
  ],
  "a protocol violation under a protocol status code, apart from a bare one": [
    ["501 5.5.0 Protocol violation in command sequence", "protocolError"],
    // without a protocol code receivers use it for their own rules too: a policy refusal
    ["550 Protocol violation", "policyViolation"],
  ],
  "the reverse DNS record named as a PTR resource record": [
    ["550 5.7.25 Rejected: bad DNS PTR for 192.0.2.1", "requirePTR"],
    ["554 No SMTP service here: invalid PTR resource record", "requirePTR"],
  ],
  "a TLS peer's certificate or DANE records that did not verify": [
    ["454 4.7.0 TLS failed: peer certificate was not verified", "securityError"],
    ["DANE policy: TLSA records found but none matched", "securityError"],
    // a receiver that wants TLS stays requireTLS
    ["530 5.7.0 Must issue a STARTTLS command first", "requireTLS"],
  ],
  "the sending account refused: send-as permissions, unverified identities, no login": [
    ["550 5.7.60 Client does not have the permission to send on behalf of this address", "senderRejected"],
    ["554 Message rejected: sending domain news.example.org is not verified", "senderRejected"],
    ["550 5.7.1 Unverified sender identity ann@example.org", "senderRejected"],
    ["550 5.7.1 Client not logged in, submission refused", "authRequired"],
    // a recipient address that is not verified by the receiver is no sender's
    ["550 5.1.1 Recipient address rejected: User unknown", "userUnknown"],
  ],
  "a mailbox that may not receive, and a recipient without an account": [
    ["550 5.2.1 This account is not permitted to receive mail", "mailboxDisabled"],
    ["554 5.7.1 Recipient does not have an account on this server", "userUnknown"],
    ["550 No such account for that address", "userUnknown"],
  ],
  "a content filter refusing the content or its words": [
    ["550 5.7.1 Mail content refused", "spamDetected"],
    ["554 The message contains inappropriate language", "spamDetected"],
  ],
  "a listed client, a bad HELO, a null MX and connection frequency": [
    ["554 Client host [192.0.2.9] rejected: found on several DNSBLs", "blocked"],
    ["550 5.7.1 Bad HELO, use your real name", "blocked"],
    ["556 5.1.10 Recipient domain example.org does not accept mail", "notAccept"],
    ["450 Connection frequency limit exceeded for your network", "tooManyConnections"],
    ["451 4.4.5 Service is currently busy, please try again later", "rateLimited"],
    ["421 4.7.0 Server busy, come back in a few minutes", "rateLimited"],
    // a server too busy to take more connections stays a connection limit
    ["421 4.3.2 System is too busy, too many connections", "tooManyConnections"],
  ],
  "a format fault named beside the spam a receiver wants to keep out": [
    [
      "550 5.7.1 Message is not RFC 5322 compliant (two Date headers); we refuse such mail to fight spam",
      "contentError",
    ],
    ["554 5.6.0 Headers are not RFC compliant, spam protection refused it", "contentError"],
    ["SMTPUTF8 is required but the next hop does not support it", "contentError"],
    ["550 5.6.0 Message lines are too long (more than 998 characters)", "contentError"],
    // spam named alone stays spam
    ["550 5.7.1 Message looks like spam, refused", "spamDetected"],
  ],
  "a text that contradicts its code: an address refused under X.1.0 or X.4.1": [
    ["550 5.1.0 <ann@example.org>: Address rejected", "userUnknown"],
    ["550 5.4.1 Recipient address rejected: no mailbox by that name here", "userUnknown"],
    // X.4.1 on a host that did not answer stays a network failure
    ["451 4.4.1 No answer from host mx.example.org", "networkError"],
  ],
  "the sender's reputation named, and a cap on the messages of one session": [
    ["451 4.7.0 Deferred: sender reputation too poor for now", "badReputation"],
    ["554 5.7.1 IP reputation check failed for 192.0.2.4", "badReputation"],
    ["421 Maximum messages per connection reached, reconnect later", "rateLimited"],
    // a listing that links to where the IP's reputation can be looked up stays a listing
    [
      "554 Refused: your IP is listed in a DUL list; query the IP reputation at https://lookup.example.net",
      "blocked",
    ],
  ],
  "the list of domains a server takes mail for, and a sending account held back": [
    ["550 example.org is not in my list of valid hosts", "relayDenied"],
    ["553 Sorry, example.org isn't in our list of accepted domains", "relayDenied"],
    ["421 Account ann@example.org is not enabled to send until it is activated", "senderRejected"],
    // an IP not allowed to send stays the client's
    ["550 Your IP 192.0.2.3 is not allowed to send here", "blocked"],
  ],
  "the sending side's TLS policy unmet, counts per client, a relay service's limit": [
    ["STARTTLS is mandatory, but not supported by mx.example.org", "securityError"],
    ["450 4.7.1 Error: too many messages from [192.0.2.5]", "rateLimited"],
    ["450 4.2.1 Relay limit reached for this customer, retry later", "rateLimited"],
    // one message's recipients stay a transaction's limit, a receiver asking for TLS requireTLS
    ["452 4.5.3 Too many recipients", "exceedLimit"],
    ["530 5.7.0 TLS is required for this domain", "requireTLS"],
  ],
  "a queue that reports for how long it tried": [
    ["Could not deliver the message for 3 days, giving it back", "expired"],
    ["Unable to send mail in the last 48 hours; returned to sender", "expired"],
    // a limit counted per day stays a rate
    ["550 5.4.5 Too many messages per day, try again tomorrow", "rateLimited"],
  ],
  "a recipient's own block, a login asked for first, a volume to slow down": [
    ["550 5.7.1 Recipient has blocked your address", "filtered"],
    ["550 5.7.1 Please authenticate before sending", "authRequired"],
    ["421 4.7.0 Sending volume too high for this IP, slow down", "rateLimited"],
    ["451 4.7.1 Please slow down and retry later", "rateLimited"],
    // a receiver's blocklist stays a listing
    ["550 5.7.1 Your IP is listed on a blocklist", "blocked"],
  ],
  "a sender whose domain has a null MX, a sender address blocked, a HELO name not valid": [
    ["550 5.7.27 Sender address has null MX", "senderRejected"],
    ["554 5.7.1 Service unavailable; sender address blocked by administrator", "senderRejected"],
    ["550 5.7.1 Your HELO name is not valid", "blocked"],
    // the recipient's null MX stays the recipient domain's, a sender listed on a domain list too
    ["550 5.1.10 Recipient address has null MX", "notAccept"],
    ["554 5.7.1 Sender address <ann@example.org> blocked using dbl.example.net", "senderRejected"],
  ],
  "RFC 3463's descriptions of its codes, echoed without the code": [
    ["Bad destination system address", "hostUnknown"],
    ["Unable to route", "hostUnknown"],
    ["Bad connection", "networkError"],
    ["Mail system congestion", "systemError"],
    ["Media not supported", "contentError"],
    ["Security features not supported", "securityError"],
    ["Message integrity failure", "securityError"],
    // a cause in the reply's own words still decides
    ["Unable to route: relay access denied", "relayDenied"],
    ["Bad connection: greylisted, try again later", "greylisted"],
  ],
};

describe.each(Object.entries(kinds))("%s", (_kind, cases) => {
  it.each(cases)("%s", (reply, reason) => {
    const result = explain(reply);
    expect(result.reason, result.rule).toBe(reason);
  });
});
