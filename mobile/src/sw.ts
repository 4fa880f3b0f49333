// The service worker: keeps the app shell (HTML, hashed assets, icons, manifest) so the app opens offline.
// It never touches /api, /hubs or /health: those are live data and must always come from the server.

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface WorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

declare const __WSIS_BUILD__: string;

const worker = self as unknown as WorkerScope;
const cacheName = `wsisconnect-shell-${__WSIS_BUILD__}`;
const scope = new URL(worker.registration.scope);
const shellUrls = ['./', 'manifest.webmanifest', 'icons/icon.svg', 'icons/icon-192.png', 'icons/icon-512.png'].map(
  (path) => new URL(path, scope).href,
);
const liveData = /^\/(api|hubs|health)(\/|$)/;

worker.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== cacheName).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || liveData.test(url.pathname)) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.includes('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

/**
 * Caches the shell and every hashed asset of this build (the list its build wrote: screens and languages are
 * chunks loaded on demand, and each must open offline even if it was never opened online).
 */
async function precache(): Promise<void> {
  const cache = await caches.open(cacheName);
  await cache.addAll(shellUrls);
  const listed = await fetch(new URL('asset-list.json', scope).href, { cache: 'no-cache' });
  const assets = listed.ok ? ((await listed.json()) as string[]) : [];
  await cache.addAll(assets.map((asset) => new URL(asset, scope).href));
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    // A navigation is kept as the shell only from the shell's own address: the room screen's page (/room/{id})
    // carries other security headers, which must not be served for every page offline.
    const isShell = request.mode !== 'navigate' || new URL(request.url).pathname === scope.pathname;
    if (response.ok && isShell) {
      await cache.put(request.mode === 'navigate' ? new URL('./', scope).href : request, response.clone());
    }
    return response;
  } catch (error: unknown) {
    const cached = await cache.match(request.mode === 'navigate' ? new URL('./', scope).href : request);
    if (cached) {
      return cached;
    }
    throw error;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
  }
  return response;
}

export {};
