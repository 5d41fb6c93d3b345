// A server-side WebSocket (RFC 6455) just big enough for `wrangler tail`. Hand-written because
// wrangler's first frame (`{"debug":false}`) is sent unmasked, which every conforming server
// library (ws included) rejects with close 1002; Cloudflare accepts it, so this does too.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const MAX_FRAME = 1 << 20;

export interface ServerSocket {
  sendText(text: string): void;
  close(code?: number, reason?: string): void;
  readonly closed: boolean;
}

export interface SocketHandlers {
  onText?(text: string): void;
  onClose?(code: number | undefined): void;
}

/** Completes the handshake for `protocol` (echoed when offered); no extensions are negotiated. */
export function acceptWebSocket(
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  protocol: string,
  handlers: SocketHandlers,
): ServerSocket {
  const key = request.headers['sec-websocket-key'];
  const accept = createHash('sha1').update(`${key}${GUID}`).digest('base64');
  const offered = String(request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim());
  socket.write(
    [
      'HTTP/1.1 101 Switching Protocols',
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Accept: ${accept}`,
      ...(offered.includes(protocol) ? [`Sec-WebSocket-Protocol: ${protocol}`] : []),
      '',
      '',
    ].join('\r\n'),
  );

  let closed = false;
  let buffer: Buffer = head.length > 0 ? Buffer.from(head) : Buffer.alloc(0);
  let fragments: Buffer[] = [];

  const writeFrame = (opcode: number, payload: Buffer): void => {
    if (closed || socket.destroyed) return;
    const length = payload.length;
    const header = length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    if (length < 126) header[1] = length;
    else if (length < 65536) {
      header[1] = 126;
      header.writeUInt16BE(length, 2);
    } else {
      header[1] = 127;
      header.writeBigUInt64BE(BigInt(length), 2);
    }
    socket.write(Buffer.concat([header, payload]));
  };

  const finish = (code: number | undefined): void => {
    if (closed) return;
    closed = true;
    socket.end();
    handlers.onClose?.(code);
  };

  const api: ServerSocket = {
    sendText: (text) => writeFrame(0x1, Buffer.from(text, 'utf8')),
    close: (code = 1000, reason = '') => {
      const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
      payload.writeUInt16BE(code, 0);
      payload.write(reason, 2);
      writeFrame(0x8, payload);
      finish(code);
    },
    get closed() {
      return closed;
    },
  };

  const consume = (): void => {
    for (;;) {
      if (buffer.length < 2) return;
      const first = buffer[0]!;
      const second = buffer[1]!;
      const masked = (second & 0x80) !== 0; // accepted either way, see the file comment
      let length = second & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffer.length < 4) return;
        length = buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffer.length < 10) return;
        length = Number(buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (length > MAX_FRAME) {
        api.close(1009, 'frame too large');
        return;
      }
      const total = offset + (masked ? 4 : 0) + length;
      if (buffer.length < total) return;
      const payload = Buffer.from(buffer.subarray(offset + (masked ? 4 : 0), total));
      if (masked) {
        const mask = buffer.subarray(offset, offset + 4);
        for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
      }
      buffer = buffer.subarray(total);
      const fin = (first & 0x80) !== 0;
      const opcode = first & 0x0f;
      if (opcode === 0x8) {
        const code = payload.length >= 2 ? payload.readUInt16BE(0) : undefined;
        writeFrame(0x8, payload.subarray(0, 2));
        finish(code);
        return;
      }
      if (opcode === 0x9) writeFrame(0xa, payload);
      else if (opcode === 0x1 || opcode === 0x2 || opcode === 0x0) {
        fragments.push(payload);
        if (fin) {
          const message = Buffer.concat(fragments);
          fragments = [];
          handlers.onText?.(message.toString('utf8'));
        }
      }
    }
  };

  socket.on('data', (chunk: Buffer) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    consume();
  });
  socket.on('close', () => finish(undefined));
  socket.on('error', () => finish(undefined));
  consume();
  return api;
}
