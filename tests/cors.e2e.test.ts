import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Browser } from 'playwright-core';
import { corsPolicy } from '../gateway/cors';
import { RunningService } from '../subgraphs/platform/http-service';
import { launchChromium } from './support/browser';
import { gatewayWith } from './support/extra-gateway';
import { Stack, startStack } from './support/stack';

/**
 * CORS at the gateway: a partner's dashboard on another origin may call the hub when its origin
 * is configured (CORS_ORIGINS), and no other origin may; production allows none by default.
 * Checked on the wire (preflight and answer headers) and in a real browser calling from two origins.
 */
let stack: Stack;
let gateway: RunningService;
let browser: Browser;
let partnerSite: Server;
let partnerPort: number;
const DASHBOARD = 'https://dashboards.partner.example';

const preflight = (origin: string) =>
  fetch(gateway.url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });

beforeAll(async () => {
  stack = await startStack('sqlite');
  // A partner's page, served from another origin of this machine (another port).
  partnerSite = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>partner dashboard</title>');
  });
  await new Promise<void>((resolve) => partnerSite.listen(0, '127.0.0.1', resolve));
  partnerPort = (partnerSite.address() as AddressInfo).port;
  gateway = await gatewayWith(stack, {
    NODE_ENV: 'production',
    CORS_ORIGINS: `${DASHBOARD}, http://localhost:${partnerPort}`,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await stack?.stop();
  partnerSite?.close();
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin with 204 and the Access-Control-Allow-* headers', async () => {
    const response = await preflight(DASHBOARD);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')?.split(', ')).toEqual(
      expect.arrayContaining(['content-type', 'authorization']),
    );
    expect(response.headers.get('vary')).toBe('Origin');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a preflight from any other origin with no allow headers', async () => {
    const response = await preflight('https://elsewhere.example');
    expect(response.status).toBe(204);
    for (const header of ['origin', 'methods', 'headers'])
      expect(response.headers.get(`access-control-allow-${header}`)).toBeNull();
  });

  it('lets an allowed origin read the answer (and its request id), and no other', async () => {
    const ask = (origin: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ region(code: "ATV") { name } }' }),
      });
    const allowed = await ask(DASHBOARD);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(allowed.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(await allowed.json()).toEqual({ data: { region: { name: 'Adoption Tees Valley' } } });
    const other = await ask('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    await other.body?.cancel();
  });

  it('in a browser: a page on the allowed origin gets the figures, the same page on another origin is refused', async () => {
    const call = async (origin: string) => {
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      const outcome = await page.evaluate(async (url) => {
        try {
          const response = await fetch(url, {
            method: 'POST',
            // JSON is not a "simple" content type: the browser sends a preflight first.
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ region(code: "T4C") { name } }' }),
          });
          return { status: response.status, body: await response.text() };
        } catch (error) {
          return { refused: String(error) };
        }
      }, gateway.url);
      await page.close();
      return outcome;
    };
    const allowed = await call(`http://localhost:${partnerPort}`);
    expect(allowed).toEqual({
      status: 200,
      body: JSON.stringify({ data: { region: { name: 'Together4Children' } } }) + '\n',
    });
    expect(await call(`http://127.0.0.1:${partnerPort}`)).toEqual({
      refused: expect.stringContaining('Failed to fetch'),
    });
  });

  it('allows no origin by default in production, and pages on this machine by default in development', () => {
    expect(corsPolicy({ NODE_ENV: 'production' }).allows('http://localhost:3000')).toBe(false);
    expect(corsPolicy({ NODE_ENV: 'production' }).allows(DASHBOARD)).toBe(false);
    expect(corsPolicy({}).allows('http://localhost:3000')).toBe(true);
    expect(corsPolicy({}).allows('http://127.0.0.1:5173')).toBe(true);
    expect(corsPolicy({}).allows(DASHBOARD)).toBe(false);
    expect(corsPolicy({ CORS_ORIGINS: '*' }).allows(DASHBOARD)).toBe(true);
    expect(corsPolicy({ CORS_ORIGINS: `${DASHBOARD}/` }).allows(DASHBOARD)).toBe(true);
  });
});
