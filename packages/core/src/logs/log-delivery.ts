/** One delivery attempt to one recipient, as an MTA's log line states it. */
export interface LogDelivery {
  /** The MTA whose format the line has. */
  readonly mta: "postfix" | "exim";
  /** The message's queue id (Postfix `4C33C18207F`, Exim `1rX4kD-000abc-7Z`): a message's lines share it. */
  readonly queueId: string;
  /** The recipient address, as logged. */
  readonly recipient: string | null;
  /** What the attempt came to: `delivered`, `delay` (the MTA retries) or `bounce` (it gave up). */
  readonly type: "delivered" | "delay" | "bounce";
  /** The MTA's own status word: Postfix's `status=` (`sent`, `deferred`, `bounced`), Exim's flag (`=>`, `==`, `**`). */
  readonly status: string;
  /** The enhanced status code the MTA logged (Postfix's `dsn=`), or `null`. */
  readonly dsn: string | null;
  /** The host that answered or was tried (Postfix's `relay=`, Exim's `H=`), `null` for none. */
  readonly relay: string | null;
  /**
   * The remote server's reply or the MTA's own explanation (`connect to ...: Connection timed
   * out`), without the log's framing (Postfix's parentheses, Exim's fields).
   */
  readonly diagnostic: string;
}

/** The end of a message in an MTA's log: it has left the queue, and no more lines of it follow. */
export interface LogMessageEnd {
  readonly mta: "postfix" | "exim";
  /** The queue id its delivery lines had (`LogDelivery.queueId`). */
  readonly queueId: string;
}
