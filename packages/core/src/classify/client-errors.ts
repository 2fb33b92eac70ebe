import type { Reason } from "../types.js";

/**
 * Failures the sending side reports without an SMTP reply: nodemailer's error codes and Node's
 * socket errors. Data, one entry per line, with what the code means.
 */
export interface ClientErrorMeaning {
  readonly reason: Reason;
  /** Whether trying again later can help. */
  readonly retryable: boolean;
  readonly meaning: string;
}

export const clientErrors: Readonly<Record<string, ClientErrorMeaning>> = {
  ECONNECTION: {
    reason: "networkError",
    retryable: true,
    meaning: "nodemailer: the connection closed unexpectedly",
  },
  ESOCKET: { reason: "networkError", retryable: true, meaning: "nodemailer: a socket error" },
  ETIMEDOUT: {
    reason: "networkError",
    retryable: true,
    meaning: "nodemailer or Node: the connection or a command timed out",
  },
  EDNS: {
    reason: "networkError",
    retryable: true,
    meaning: "nodemailer: the SMTP host name did not resolve",
  },
  EPROXY: { reason: "networkError", retryable: true, meaning: "nodemailer: the proxy connection failed" },
  ETLS: {
    reason: "securityError",
    retryable: false,
    meaning: "nodemailer: the TLS handshake or STARTTLS failed",
  },
  EREQUIRETLS: {
    reason: "requireTLS",
    retryable: false,
    meaning: "nodemailer: the server does not support REQUIRETLS",
  },
  EAUTH: { reason: "authRequired", retryable: false, meaning: "nodemailer: authentication failed" },
  ENOAUTH: { reason: "authRequired", retryable: false, meaning: "nodemailer: no credentials were given" },
  EOAUTH2: {
    reason: "authRequired",
    retryable: true,
    meaning: "nodemailer: the OAuth2 token could not be fetched",
  },
  EPROTOCOL: {
    reason: "protocolError",
    retryable: true,
    meaning: "nodemailer: the server's answer was not valid SMTP",
  },
  EENVELOPE: {
    reason: "syntaxError",
    retryable: false,
    meaning: "nodemailer: the envelope (sender or recipients) is invalid",
  },
  EMESSAGE: {
    reason: "contentError",
    retryable: false,
    meaning: "nodemailer: the message cannot be sent (empty, or over the size limit)",
  },
  EMAXRECIPIENTS: {
    reason: "exceedLimit",
    retryable: false,
    meaning: "nodemailer: more recipients than maxRecipients",
  },
  EMAXLIMIT: {
    reason: "rateLimited",
    retryable: true,
    meaning: "nodemailer pool: the connection reached its message limit",
  },
  ESTREAM: { reason: "contentError", retryable: false, meaning: "nodemailer: the message stream failed" },
  EABORT: { reason: "undefined", retryable: true, meaning: "nodemailer: sending was aborted" },
  ECONNREFUSED: {
    reason: "networkError",
    retryable: true,
    meaning: "Node: nothing listens on the server's port",
  },
  ECONNRESET: { reason: "networkError", retryable: true, meaning: "Node: the peer reset the connection" },
  EPIPE: { reason: "networkError", retryable: true, meaning: "Node: the connection closed while writing" },
  EHOSTUNREACH: { reason: "networkError", retryable: true, meaning: "Node: no route to the host" },
  ENETUNREACH: { reason: "networkError", retryable: true, meaning: "Node: the network is unreachable" },
  ENOTFOUND: { reason: "networkError", retryable: true, meaning: "Node: the host name did not resolve" },
  EAI_AGAIN: { reason: "networkError", retryable: true, meaning: "Node: a temporary DNS failure" },
};
