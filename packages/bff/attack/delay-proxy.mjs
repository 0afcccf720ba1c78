// A proxy in front of the engine that can hold POST /v1/redemptions for a while before passing it
// on (the redemption still lands, later: an answer lost past the BFF's redeem budget).
// `POST /__delay?ms=N` sets the delay (0 = none). Usage: node delay-proxy.mjs LISTEN_PORT TARGET_URL
import { createServer, request } from 'node:http';

const [port, target] = [Number(process.argv[2]), new URL(process.argv[3])];
let delayMs = 0;
createServer((req, res) => {
  if (req.url?.startsWith('/__delay')) {
    delayMs = Number(new URL(req.url, 'http://x').searchParams.get('ms') ?? 0);
    res.end(JSON.stringify({ delayMs }));
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const hold = req.method === 'POST' && req.url === '/v1/redemptions' ? delayMs : 0;
    setTimeout(() => {
      const upstream = request(
        new URL(req.url, target),
        { method: req.method, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(Buffer.concat(chunks));
    }, hold);
  });
}).listen(port, '127.0.0.1', () => console.info(`delay proxy on ${port} → ${target.href}`));
