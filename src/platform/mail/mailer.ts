import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail, or — with no SMTP configured — hands it to the operator's log instead. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** 'smtp' or 'log': what the start-up message tells the operator. */
  kind: 'smtp' | 'log';
}

export function createMailer(options: { smtpUrl: string | undefined; from: string; log: (m: string) => void }): Mailer {
  if (!options.smtpUrl) {
    return {
      kind: 'log',
      async send(mail) {
        options.log(`[mail not configured: showing it here instead]\n  To: ${mail.to}\n  Subject: ${mail.subject}\n  ${mail.text.replaceAll('\n', '\n  ')}`);
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from: options.from, ...mail });
    },
  };
}

/** A mailer that keeps what it would send: for tests. */
export function createMemoryMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    kind: 'log',
    sent,
    async send(mail) {
      sent.push(mail);
    },
  };
}
