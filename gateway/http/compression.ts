import { IncomingMessage, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip';

/** Bodies smaller than this go as they are: compressing them costs more than it saves. */
const MIN_BYTES = 1024;

const COMPRESSIBLE = /json|text|csv|javascript|xml|svg|graphql/i;

/**
 * The coding to answer in for an Accept-Encoding header (RFC 9110 §12.5.3): br or gzip, the
 * one with the higher q (br on a tie); none when neither is acceptable or the header is absent.
 */
export function chooseCoding(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  const weight = (coding: ContentCoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const [best] = (['br', 'gzip'] as ContentCoding[]).filter((c) => weight(c) > 0).sort((a, b) => weight(b) - weight(a));
  return best ?? null;
}

type Chunk = string | Buffer | Uint8Array;

/**
 * Compresses everything `response` sends, as the request's Accept-Encoding allows: JSON, CSV,
 * text, HTML and scripts of 1 KB or more, whichever route wrote them. Headers given to
 * `writeHead` are held until the first byte, so the decision can see the status, type and size.
 */
export function compressResponse(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('vary', 'accept-encoding');
  const coding = chooseCoding(request.headers['accept-encoding'] as string | undefined);
  if (!coding || request.method === 'HEAD') return;
  const writeHead = response.writeHead.bind(response);
  const write = response.write.bind(response) as (chunk: Chunk) => boolean;
  const end = response.end.bind(response) as (chunk?: Chunk) => ServerResponse;
  let compressor: ReturnType<typeof createGzip> | null | undefined;

  const decide = (firstChunk: Chunk | undefined, whole: boolean) => {
    if (compressor !== undefined) return;
    compressor = null;
    // From here Node writes the held headers itself (its implicit writeHead) with the first byte.
    response.writeHead = writeHead;
    const type = String(response.getHeader('content-type') ?? '');
    const size = firstChunk === undefined ? 0 : Buffer.byteLength(firstChunk);
    if (
      [204, 304].includes(response.statusCode) ||
      response.getHeader('content-encoding') ||
      !COMPRESSIBLE.test(type) ||
      (whole && size < MIN_BYTES)
    )
      return;
    compressor =
      coding === 'br'
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : createGzip({ level: 6 });
    response.setHeader('content-encoding', coding);
    response.removeHeader('content-length');
    compressor.on('data', (data: Buffer) => write(data));
    compressor.on('end', () => end());
  };

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    const headers = rest.find((r) => typeof r === 'object' && r !== null) as Record<string, string> | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    return response;
  }) as typeof response.writeHead;
  response.write = ((chunk: Chunk) => {
    decide(chunk, false);
    return compressor ? compressor.write(chunk) : write(chunk);
  }) as typeof response.write;
  response.end = ((chunk?: Chunk | (() => void)) => {
    const data = typeof chunk === 'function' ? undefined : chunk;
    decide(data, true);
    if (compressor) compressor.end(data);
    else if (data === undefined) end();
    else end(data);
    return response;
  }) as typeof response.end;
}
