// A real SMTP peer on loopback for the browser tests (RFC 5321, the commands Plenary's sender
// uses): it accepts every message except to mailboxes starting with "reject", which it refuses
// at RCPT with a 550 answer, as a receiving server refuses an unknown mailbox.
import net from 'node:net';

export const REFUSAL = '550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table';

export async function startSmtpPeer() {
  const received = [];
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let message = '';
    let refused = false;
    socket.write('220 peer.example ESMTP ready\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(message);
            message = '';
            socket.write('250 2.0.0 queued\r\n');
          } else {
            message += `${line}\r\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 peer.example\r\n');
        else if (verb === 'MAIL') { refused = false; socket.write('250 2.1.0 ok\r\n'); }
        else if (verb === 'RCPT') {
          refused = /<reject/i.test(line);
          socket.write(refused ? `${REFUSAL}\r\n` : '250 2.1.5 ok\r\n');
        } else if (verb === 'DATA') {
          if (refused) { socket.write('554 5.5.1 No valid recipients\r\n'); continue; }
          inData = true;
          socket.write('354 end with <CRLF>.<CRLF>\r\n');
        } else if (verb === 'RSET' || verb === 'NOOP') socket.write('250 ok\r\n');
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); }
        else socket.write('502 5.5.2 not implemented\r\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
