import { createServer, Server, Socket } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
}

export interface SmtpSink {
  received: ReceivedMail[];
  close(): Promise<void>;
}

const address = (line: string) => /<([^>]*)>/.exec(line)?.[1] ?? '';

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) as nodemailer writes non-ASCII subjects. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function subjectOf(data: string): string {
  const headers = data.split('\r\n\r\n')[0].replace(/\r\n[ \t]+/g, ' ');
  return decodeHeader(/^subject: (.*)$/im.exec(headers)?.[1] ?? '');
}

/**
 * A minimal SMTP server on 127.0.0.1 (EHLO, MAIL, RCPT, DATA, QUIT) that keeps each message's
 * envelope and subject, so e2e tests can see what the service e-mailed. Recipients matching
 * `rejecting` get a permanent 550, as a mailbox that does not exist would.
 */
export async function startSmtpSink(port: number, rejecting = /^$/): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let envelope = { from: '', to: [] as string[] };
    let data: string | null = null;
    let buffer = '';
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== null) {
          if (line !== '.') data += `${line.replace(/^\./, '')}\r\n`;
          else {
            received.push({ ...envelope, subject: subjectOf(data) });
            envelope = { from: '', to: [] };
            data = null;
            socket.write('250 queued\r\n');
          }
          continue;
        }
        switch (line.slice(0, 4).toUpperCase()) {
          case 'EHLO':
          case 'HELO':
            socket.write('250-sink\r\n250 8BITMIME\r\n');
            break;
          case 'MAIL':
            envelope.from = address(line);
            socket.write('250 ok\r\n');
            break;
          case 'RCPT':
            if (rejecting.test(address(line))) {
              socket.write('550 no such mailbox\r\n');
              break;
            }
            envelope.to.push(address(line));
            socket.write('250 ok\r\n');
            break;
          case 'DATA':
            data = '';
            socket.write('354 end with .\r\n');
            break;
          case 'QUIT':
            socket.end('221 bye\r\n');
            break;
          default: // RSET, NOOP
            socket.write('250 ok\r\n');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    received,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port nobody listens on right now: connecting to it is refused until a sink takes it. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
