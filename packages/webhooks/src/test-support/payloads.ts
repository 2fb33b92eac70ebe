/**
 * Webhook bodies written for the tests from each provider's published schema, with our own
 * values: several events per batch, bounce and non-bounce events side by side.
 */

/** A fixed moment the payloads are stamped with: 2026-12-01T08:00:00Z. */
export const eventSeconds = 1_796_112_000;
export const eventIso = new Date(eventSeconds * 1000).toISOString();

const sesMail = (destination: string[]) => ({
  timestamp: eventIso,
  source: "shop@sender.example",
  sourceArn: "arn:aws:ses:eu-west-1:111122223333:identity/sender.example",
  sendingAccountId: "111122223333",
  messageId: "0102018f-ses-message-1",
  destination,
  headersTruncated: false,
  headers: [
    { name: "From", value: "shop@sender.example" },
    { name: "Message-ID", value: "<order-42@sender.example>" },
  ],
  commonHeaders: {
    from: ["shop@sender.example"],
    to: destination,
    messageId: "<order-42@sender.example>",
    subject: "Your order",
  },
});

/** SES notifications (`notificationType`) and an event-publishing record (`eventType`). */
export const sesMessages = {
  bounce: {
    notificationType: "Bounce",
    bounce: {
      bounceType: "Permanent",
      bounceSubType: "General",
      bouncedRecipients: [
        {
          emailAddress: "gone@Receiver.example",
          action: "failed",
          status: "5.1.1",
          diagnosticCode: "smtp; 550 5.1.1 <gone@receiver.example>: Recipient address rejected: User unknown",
        },
        {
          emailAddress: "full@receiver.example",
          action: "failed",
          status: "5.2.2",
          diagnosticCode: "smtp; 552 5.2.2 Mailbox full",
        },
      ],
      timestamp: eventIso,
      feedbackId: "0102018f-feedback-1",
      remoteMtaIp: "192.0.2.25",
      reportingMTA: "dsn; a1-2.smtp-out.eu-west-1.amazonses.com",
    },
    mail: sesMail(["gone@receiver.example", "full@receiver.example"]),
  },
  noEmail: {
    notificationType: "Bounce",
    bounce: {
      bounceType: "Permanent",
      bounceSubType: "NoEmail",
      bouncedRecipients: [{ emailAddress: "nobody@receiver.example" }],
      timestamp: eventIso,
    },
    mail: sesMail(["nobody@receiver.example"]),
  },
  complaint: {
    notificationType: "Complaint",
    complaint: {
      complainedRecipients: [{ emailAddress: "angry@receiver.example" }],
      timestamp: eventIso,
      feedbackId: "0102018f-feedback-2",
      complaintFeedbackType: "abuse",
      userAgent: "ExampleMail/1.0",
    },
    mail: sesMail(["angry@receiver.example"]),
  },
  delivery: {
    notificationType: "Delivery",
    delivery: {
      timestamp: eventIso,
      processingTimeMillis: 812,
      recipients: ["happy@receiver.example", "glad@receiver.example"],
      smtpResponse: "250 2.0.0 OK 1796112000 queued",
      remoteMtaIp: "192.0.2.26",
      reportingMTA: "a1-3.smtp-out.eu-west-1.amazonses.com",
    },
    mail: sesMail(["happy@receiver.example", "glad@receiver.example"]),
  },
  deliveryDelay: {
    eventType: "DeliveryDelay",
    deliveryDelay: {
      timestamp: eventIso,
      delayType: "MailboxFull",
      expirationTime: "2026-12-01T20:00:00.000Z",
      delayedRecipients: [
        {
          emailAddress: "later@receiver.example",
          status: "4.2.2",
          diagnosticCode: "smtp; 452 4.2.2 Over quota",
        },
      ],
    },
    mail: sesMail(["later@receiver.example"]),
  },
  open: {
    eventType: "Open",
    open: { timestamp: eventIso, userAgent: "ExampleMail/1.0", ipAddress: "192.0.2.99" },
    mail: sesMail(["reader@receiver.example"]),
  },
};

/** An SNS envelope around an SES message, unsigned (`Signature` added by `signSns`). */
export function snsNotification(message: unknown, overrides: Record<string, unknown> = {}) {
  return {
    Type: "Notification",
    MessageId: `sns-${Math.random().toString(36).slice(2)}`,
    TopicArn: "arn:aws:sns:eu-west-1:111122223333:ses-events",
    Message: JSON.stringify(message),
    Timestamp: new Date().toISOString(),
    SignatureVersion: "2",
    SigningCertURL:
      "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
    UnsubscribeURL:
      "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:111122223333:ses-events:1",
    ...overrides,
  };
}

export function snsSubscriptionConfirmation() {
  return {
    Type: "SubscriptionConfirmation",
    MessageId: `sns-${Math.random().toString(36).slice(2)}`,
    Token: "2336412f37fb687f5d51e6e2425a8a5873",
    TopicArn: "arn:aws:sns:eu-west-1:111122223333:ses-events",
    Message: "You have chosen to subscribe to the topic arn:aws:sns:eu-west-1:111122223333:ses-events.",
    SubscribeURL:
      "https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:eu-west-1:111122223333:ses-events&Token=2336412f37fb",
    Timestamp: new Date().toISOString(),
    SignatureVersion: "1",
    SigningCertURL:
      "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
  };
}

export const sendgridBatch = [
  {
    email: "new@receiver.example",
    timestamp: eventSeconds,
    "smtp-id": "<order-43@sender.example>",
    event: "processed",
    sg_event_id: "ev-1",
    sg_message_id: "sg-1.filter-1",
  },
  {
    email: "gone@receiver.example",
    timestamp: eventSeconds,
    "smtp-id": "<order-43@sender.example>",
    event: "bounce",
    type: "bounce",
    bounce_classification: "Invalid Address",
    reason: "550 5.1.1 The email account that you tried to reach does not exist",
    status: "5.1.1",
    sg_event_id: "ev-2",
    sg_message_id: "sg-2.filter-1",
  },
  {
    email: "busy@receiver.example",
    timestamp: eventSeconds,
    event: "deferred",
    response: "451 4.7.1 greylisted, please try again later",
    attempt: "2",
    sg_event_id: "ev-3",
    sg_message_id: "sg-3.filter-1",
  },
  {
    email: "old@receiver.example",
    timestamp: eventSeconds,
    event: "dropped",
    reason: "Bounced Address",
    sg_event_id: "ev-4",
    sg_message_id: "sg-4.filter-1",
  },
  {
    email: "happy@receiver.example",
    timestamp: eventSeconds,
    event: "delivered",
    response: "250 2.0.0 OK",
    sg_event_id: "ev-5",
    sg_message_id: "sg-5.filter-1",
  },
  {
    email: "angry@receiver.example",
    timestamp: eventSeconds,
    event: "spamreport",
    sg_event_id: "ev-6",
    sg_message_id: "sg-6.filter-1",
  },
  {
    email: "reader@receiver.example",
    timestamp: eventSeconds,
    event: "open",
    useragent: "ExampleMail",
    sg_event_id: "ev-7",
  },
  {
    email: "blocked@receiver.example",
    timestamp: eventSeconds,
    event: "bounce",
    type: "blocked",
    bounce_classification: "Reputation",
    reason: "554 5.7.1 Service unavailable; client host blocked using a blocklist",
    status: "5.7.1",
    sg_event_id: "ev-8",
  },
];

/** Mailgun's event data (the `signature` object is added by `signMailgun`). */
export const mailgunEvents = {
  failed: {
    event: "failed",
    severity: "permanent",
    reason: "bounce",
    id: "mg-event-1",
    timestamp: eventSeconds + 0.25,
    recipient: "gone@receiver.example",
    message: {
      headers: {
        "message-id": "20261201080000.1@mg.sender.example",
        to: "gone@receiver.example",
        subject: "Hello",
      },
    },
    "delivery-status": {
      code: 550,
      message: "5.1.1 The email account that you tried to reach does not exist.",
      description: "",
      "attempt-no": 1,
      "mx-host": "mx.receiver.example",
    },
  },
  temporary: {
    event: "failed",
    severity: "temporary",
    reason: "generic",
    id: "mg-event-2",
    timestamp: eventSeconds,
    recipient: "full@receiver.example",
    "delivery-status": {
      code: 452,
      message: "4.2.2 The email account that you tried to reach is over quota.",
      "attempt-no": 2,
    },
  },
  delivered: {
    event: "delivered",
    id: "mg-event-3",
    timestamp: eventSeconds,
    recipient: "happy@receiver.example",
    message: { headers: { "message-id": "20261201080000.3@mg.sender.example" } },
    "delivery-status": { code: 250, message: "OK", "attempt-no": 1 },
  },
  complained: {
    event: "complained",
    id: "mg-event-4",
    timestamp: eventSeconds,
    recipient: "angry@receiver.example",
  },
  suppressed: {
    event: "failed",
    severity: "permanent",
    reason: "suppress-bounce",
    id: "mg-event-5",
    timestamp: eventSeconds,
    recipient: "old@receiver.example",
    "delivery-status": { code: 605, message: "Not delivering to previously bounced address" },
  },
};

export const postmarkEvents = {
  hardBounce: {
    RecordType: "Bounce",
    ID: 4323372036,
    Type: "HardBounce",
    TypeCode: 1,
    Name: "Hard bounce",
    MessageID: "883953f4-6105-42a2-a16a-77a8eac79483",
    MessageStream: "outbound",
    Description: "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
    Details: "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
    Email: "gone@receiver.example",
    From: "shop@sender.example",
    BouncedAt: eventIso,
    Inactive: true,
    CanActivate: true,
  },
  softBounce: {
    RecordType: "Bounce",
    Type: "SoftBounce",
    TypeCode: 4096,
    MessageID: "pm-2",
    Details: "",
    Email: "full@receiver.example",
    BouncedAt: eventIso,
  },
  delivery: {
    RecordType: "Delivery",
    MessageID: "pm-3",
    Recipient: "happy@receiver.example",
    DeliveredAt: eventIso,
    Details: "Test delivery webhook details",
    ServerID: 23,
  },
  spamComplaint: {
    RecordType: "SpamComplaint",
    Type: "SpamComplaint",
    TypeCode: 100001,
    MessageID: "pm-4",
    Email: "angry@receiver.example",
    BouncedAt: eventIso,
  },
  subscriptionChange: {
    RecordType: "SubscriptionChange",
    MessageID: "pm-5",
    Recipient: "leaver@receiver.example",
    SuppressSending: true,
    SuppressionReason: "ManualSuppression",
    ChangedAt: eventIso,
  },
};

export const sparkpostBatch = [
  {
    msys: {
      message_event: {
        type: "bounce",
        bounce_class: "10",
        error_code: "550",
        raw_reason: "550 5.1.1 <gone@receiver.example>: Recipient address rejected: User unknown",
        reason: "550 5.1.1 ...@... Recipient address rejected: User unknown",
        rcpt_to: "gone@receiver.example",
        raw_rcpt_to: "gone@receiver.example",
        message_id: "sp-message-1",
        transmission_id: "sp-transmission-1",
        event_id: "sp-event-1",
        timestamp: String(eventSeconds),
      },
    },
  },
  {
    msys: {
      message_event: {
        type: "bounce",
        bounce_class: "22",
        rcpt_to: "full@receiver.example",
        message_id: "sp-message-2",
        timestamp: String(eventSeconds),
      },
    },
  },
  {
    msys: {
      message_event: {
        type: "delivery",
        rcpt_to: "happy@receiver.example",
        message_id: "sp-message-3",
        timestamp: String(eventSeconds),
      },
    },
  },
  {
    msys: {
      message_event: {
        type: "spam_complaint",
        fbtype: "abuse",
        rcpt_to: "angry@receiver.example",
        message_id: "sp-message-4",
        timestamp: String(eventSeconds),
      },
    },
  },
  {
    msys: {
      track_event: {
        type: "click",
        rcpt_to: "reader@receiver.example",
        message_id: "sp-message-5",
        timestamp: String(eventSeconds),
      },
    },
  },
  {
    msys: {
      unsubscribe_event: {
        type: "list_unsubscribe",
        rcpt_to: "leaver@receiver.example",
        message_id: "sp-message-6",
        timestamp: String(eventSeconds),
      },
    },
  },
];

export const resendEvents = {
  bounced: {
    type: "email.bounced",
    created_at: eventIso,
    data: {
      created_at: eventIso,
      email_id: "56761188-7520-42d8-8898-ff6fc54ce618",
      from: "Shop <shop@sender.example>",
      to: ["gone@receiver.example"],
      subject: "Your order",
      bounce: {
        message:
          "The recipient's email address is on the suppression list because it has a recent history of producing hard bounces.",
        subType: "Suppressed",
        type: "Permanent",
      },
    },
  },
  delivered: {
    type: "email.delivered",
    created_at: eventIso,
    data: {
      created_at: eventIso,
      email_id: "re-2",
      from: "shop@sender.example",
      to: ["happy@receiver.example", "glad@receiver.example"],
      subject: "Hi",
    },
  },
  complained: {
    type: "email.complained",
    created_at: eventIso,
    data: { email_id: "re-3", to: ["angry@receiver.example"] },
  },
};

export const mailjetBatch = [
  {
    event: "bounce",
    time: eventSeconds,
    MessageID: 1942177783514649,
    Message_GUID: "1ab23cd4-e567-8901-2345-6789f0gh1i2j",
    email: "gone@receiver.example",
    mj_campaign_id: 7257,
    mj_contact_id: 4,
    customcampaign: "",
    CustomID: "order-44",
    Payload: "",
    blocked: false,
    hard_bounce: true,
    error_related_to: "recipient",
    error: "user unknown",
    comment:
      "Host or domain name not found. Name service error for name=receiver.example type=A: Host not found",
  },
  {
    event: "blocked",
    time: eventSeconds,
    MessageID: 2,
    email: "old@receiver.example",
    mj_contact_id: 5,
    error_related_to: "recipient",
    error: "preblocked",
  },
  {
    event: "sent",
    time: eventSeconds,
    MessageID: 3,
    email: "happy@receiver.example",
    mj_contact_id: 6,
    smtp_reply: "sent (250 2.0.0 OK 1796112000 queued)",
  },
  {
    event: "spam",
    time: eventSeconds,
    MessageID: 4,
    email: "angry@receiver.example",
    mj_contact_id: 7,
    source: "JMRPP",
  },
  {
    event: "open",
    time: eventSeconds,
    MessageID: 5,
    email: "reader@receiver.example",
    mj_contact_id: 8,
    ip: "192.0.2.9",
  },
];

export const brevoEvents = {
  hardBounce: {
    event: "hard_bounce",
    email: "gone@receiver.example",
    id: 26224,
    date: "2026-12-01 09:00:00",
    ts: eventSeconds,
    "message-id": "<202612010800.12345@smtp-relay.sender.example>",
    ts_event: eventSeconds,
    subject: "Your order",
    tag: "",
    sending_ip: "192.0.2.40",
    ts_epoch: eventSeconds * 1000,
    reason: "550 5.1.1 The email account that you tried to reach does not exist",
  },
  softBounce: {
    event: "soft_bounce",
    email: "full@receiver.example",
    "message-id": "<b2@relay>",
    ts_event: eventSeconds,
    reason: "452 4.2.2 mailbox full",
  },
  delivered: {
    event: "delivered",
    email: "happy@receiver.example",
    "message-id": "<b3@relay>",
    ts_event: eventSeconds,
  },
  spam: {
    event: "spam",
    email: "angry@receiver.example",
    "message-id": "<b4@relay>",
    ts_event: eventSeconds,
  },
  unsubscribed: {
    event: "unsubscribed",
    email: "leaver@receiver.example",
    "message-id": "<b5@relay>",
    ts_event: eventSeconds,
  },
};
