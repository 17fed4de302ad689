// What the baseline's request handlers share.

/** The signed-in account, as the session lookup gives it. */
export interface Actor {
  orgId: string;
  accountId: string;
  personId: string;
  roles: string[];
  email: string;
  name: string;
  locale: string;
  /** The organisation's IANA time zone (UTC when its settings have none), as Tend's actorForSession reads it. */
  timeZone: string;
}

/** An answer other than success: the status and the problem's type. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}
