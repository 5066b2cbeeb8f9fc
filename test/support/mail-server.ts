/**
 * A real SMTP server for the tests (the smtp-server package) on the port the CMS sends to
 * (SMTP_PORT, set for the run by test/support/cms.ts), keeping every message it accepted, parsed
 * with mailparser. It can be stopped and started again on the same port, as a mail server that is
 * down for a while.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  parsed: ParsedMail;
  raw: string;
}

export interface MailServer {
  port: number;
  mails: ReceivedMail[];
  /** The mails to `address`, oldest first. */
  to(address: string): ReceivedMail[];
  /** Waits until `count` mails to `address` arrived (or fails after `timeoutMs`); gives them all. */
  waitFor(address: string, count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The address of a mail's link that begins with `address` and carries a token (`?token=…&lang=…`), from its text part. */
export function tokenLink(received: ReceivedMail, address: string): string {
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = received.parsed.text?.match(new RegExp(`${escaped}\\?token=[\\w-]+&lang=\\w+`));
  if (!found) throw new Error(`no link to ${address} in:\n${received.parsed.text}`);
  return found[0];
}

/** `delayMs`: how long the server takes to accept each mail, as a busy one does (several senders then overlap). */
export async function startMailServer(port: number, { delayMs = 0 } = {}): Promise<MailServer> {
  const mails: ReceivedMail[] = [];
  let server: SMTPServer | undefined;

  function listen(): Promise<void> {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const parsed = await simpleParser(raw);
          for (const recipient of session.envelope.rcptTo) mails.push({ to: recipient.address, parsed, raw });
          setTimeout(callback, delayMs);
        });
      },
    });
    const listening = server;
    return new Promise((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => resolve());
    });
  }

  const to = (address: string) => mails.filter((mail) => mail.to === address);

  const mailServer: MailServer = {
    port,
    mails,
    to,
    async waitFor(address, count = 1, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (to(address).length < count) {
        if (Date.now() > deadline) throw new Error(`${to(address).length} of ${count} mails to ${address} arrived in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return to(address);
    },
    start: listen,
    async stop() {
      const running = server;
      server = undefined;
      await new Promise<void>((resolve) => (running ? running.close(() => resolve()) : resolve()));
    },
  };
  await listen();
  return mailServer;
}
