import http from 'node:http';

const INSTALLED = Symbol.for('notes-tutor.forward-socket-address');

/**
 * Makes `X-Forwarded-For` of every request this server receives the address of the socket it came on,
 * before Next sees it. Next only fills the header when the client sent none (`??=`), so a browser could
 * otherwise choose the address the API rate-limits it by; the `/api` proxy passes the header on to the API,
 * which trusts it from this machine. Installed once, from `instrumentation.ts`, in the Node.js runtime.
 *
 * @example
 * forwardSocketAddress(); // a request from 203.0.113.7 sending `X-Forwarded-For: 1.2.3.4` now carries 203.0.113.7
 */
export function forwardSocketAddress(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function emitWithSocketAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      const address = request.socket?.remoteAddress;
      if (address) request.headers['x-forwarded-for'] = address;
      else delete request.headers['x-forwarded-for'];
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(
      this,
      event,
      ...args,
    );
  } as typeof proto.emit;
}
