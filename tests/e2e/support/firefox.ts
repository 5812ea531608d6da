import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import WebSocket from 'ws';
import { repoRoot } from './paths';

// Node 20 has no global WebSocket without --experimental-websocket, so this client
// speaks WebDriver BiDi over the `ws` package.

export const firefoxE2eExtensionDir = resolve(repoRoot, '.output/firefox-mv2-e2e');
export const GECKO_ID = 'gloss@gloss-reader.invalid';
/** Pinned in the profile, so tests know `moz-extension://<uuid>/` before installing. */
export const EXTENSION_UUID = '6c0f3f5e-2f4e-4d5b-9a51-0d2b6a4c9e11';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

/**
 * Preferences that keep Firefox from contacting anything but 127.0.0.1. Each group
 * names what it silences. On top of these, every proxyable request goes to a local
 * proxy that refuses it and records the host (`blocked`), so a request a pref missed
 * still never leaves the machine, and the test can see it.
 */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  // Local, unattended, predictable.
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtab.preload': false,
  'browser.tabs.warnOnClose': false,
  'browser.sessionstore.resume_from_crash': false,
  'toolkit.startup.max_resumed_crashes': -1,
  'intl.locale.requested': 'en-US',
  'intl.accept_languages': 'en-US, en',
  // Temporary, unsigned install of the test build, at a known moz-extension:// UUID.
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 5,
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // Updates: the application, add-ons, system add-ons, search engines, GMP plugins.
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.checkInstallTime': false,
  'app.update.disabledForTesting': true,
  'app.update.url': '',
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.webservice.discoverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.abuseReport.enabled': false,
  'browser.search.update': false,
  'browser.search.geoip.url': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  // Telemetry, data reporting, pings, studies, experiments.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.feeds.asrouterfeed': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.topsites.contile.enabled': false,
  'browser.discovery.enabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.rollouts.enabled': false,
  'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
  'breakpad.reportURL': '',
  // Remote Settings (blocklists, CRLite, intermediates, suggestions…) and its server.
  'services.settings.server': 'data:,#remote-settings-disabled/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.quicksuggest.sponsored': false,
  'browser.urlbar.suggest.quicksuggest.nonsponsored': false,
  // Connectivity and captive-portal probes, push, DoH, certificate checks, geolocation.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'network.trr.mode': 5,
  'network.trr.uri': '',
  'security.OCSP.enabled': 0,
  'security.certerrors.mitm.priming.enabled': false,
  'geo.provider.network.url': '',
  'geo.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.passwords.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  'privacy.trackingprotection.enabled': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  // Speculative traffic: prefetch, preconnect, DNS prefetch, predictor.
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  // Accounts, sync, translations and on-device ML models (which download models).
  'identity.fxaccounts.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'browser.ml.chat.enabled': false,
  // Everything proxyable goes to our refusing proxy (127.0.0.1 itself stays direct).
  'network.proxy.type': 1,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.failover_direct': false,
};

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`).join('\n') + '\n';
}

/** A proxy that lets nothing through and remembers what Firefox tried to reach. */
async function startRefusingProxy(blocked: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    blocked.push(req.url ?? '?');
    res.writeHead(403, { connection: 'close' }).end('blocked by the Gloss e2e proxy');
  });
  server.on('connect', (req, socket: Socket) => {
    blocked.push(`connect ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

// ---------------------------------------------------------------------------------
// A minimal WebDriver BiDi client.

interface BiDiEvent { method: string; params: Record<string, unknown> }
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string };

export class BiDi {
  private nextId = 0;
  private pending = new Map<number, Pending>();
  private listeners = new Set<(event: BiDiEvent) => void>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'event') {
        for (const listener of this.listeners) listener(message as BiDiEvent);
        return;
      }
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.type === 'error') {
        waiter.reject(new Error(`${waiter.method}: ${message.error}: ${message.message}`));
      } else {
        waiter.resolve(message.result);
      }
    });
    socket.on('close', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${waiter.method}: connection closed`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<BiDi> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((done, fail) => {
      socket.once('open', () => done());
      socket.once('error', fail);
    });
    return new BiDi(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(listener: (event: BiDiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.socket.close();
  }
}

/** A BiDi remote value (serialised result of script.evaluate), turned back into JS. */
export function deserialize(value: { type: string; value?: unknown }): unknown {
  switch (value.type) {
    case 'undefined': return undefined;
    case 'null': return null;
    case 'string': case 'boolean': return value.value;
    case 'number': return typeof value.value === 'number' ? value.value : Number(value.value);
    case 'array': return (value.value as { type: string }[]).map(deserialize);
    case 'object':
      return Object.fromEntries((value.value as [string | { type: string }, { type: string }][]).map(
        ([key, item]) => [typeof key === 'string' ? key : String(deserialize(key)), deserialize(item)],
      ));
    default: return `[${value.type}]`;
  }
}

// ---------------------------------------------------------------------------------

export interface GlossFirefox {
  bidi: BiDi;
  version: string;
  /** moz-extension://<uuid> of the installed Gloss e2e build. */
  extensionOrigin: string;
  /** Everything Firefox tried to reach beyond 127.0.0.1 (all refused). */
  blocked: string[];
  /** Firefox's stderr so far (for failure messages). */
  log(): string;
  /** Open a new tab at `url`, wait for it to load, return its browsing context id. */
  openTab(url: string): Promise<string>;
  /** Evaluate an expression in a tab's page realm; promises are awaited. */
  evaluate<T = unknown>(context: string, expression: string): Promise<T>;
  closeTab(context: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchGlossFirefox(): Promise<GlossFirefox> {
  if (!existsSync(join(firefoxE2eExtensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox e2e build at ${firefoxE2eExtensionDir}: run \`npm run build:firefox:e2e\` first.`);
  }
  const binary = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(binary)) {
    throw new Error(`No Firefox at ${binary} (Debian: \`apt-get install -y firefox-esr\`; FIREFOX_PATH overrides).`);
  }
  const blocked: string[] = [];
  const proxy = await startRefusingProxy(blocked);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const profile = await mkdtemp(join(tmpdir(), 'gloss-firefox-'));
  await writeFile(join(profile, 'user.js'), userJs({
    ...QUIET_PREFS,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort,
  }));

  let stderr = '';
  let child: ChildProcess | undefined;
  let bidi: BiDi | undefined;
  const cleanup = async () => {
    try { bidi?.close(); } catch { /* already gone */ }
    if (child && child.exitCode == null && child.signalCode == null) {
      const exited = new Promise((done) => child!.once('exit', done));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child!.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await new Promise((done) => proxy.close(done));
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    child = spawn(binary, [
      '--headless', '--no-remote', '--new-instance',
      '--profile', profile,
      '--remote-debugging-port', '0',
      // Lets BiDi navigate a tab to moz-extension:// (the popup as a page); without it
      // Firefox allows only http(s), data: and about:blank.
      '--remote-allow-system-access',
      'about:blank',
    ], {
      env: {
        ...process.env,
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_CRASHREPORTER_SHUTDOWN: '1',
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => { stderr += chunk; });
    child.stderr!.on('data', (chunk) => { stderr += chunk; });
    const wsUrl = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi in 60 s:\n${stderr}`)), 60_000);
      const check = () => {
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
        if (match) { clearTimeout(timer); done(match[1]); }
      };
      child!.stdout!.on('data', check);
      child!.stderr!.on('data', check);
      child!.once('exit', (code) => { clearTimeout(timer); fail(new Error(`Firefox exited (${code}):\n${stderr}`)); });
    });
    bidi = await BiDi.connect(`${wsUrl.replace(/\/$/, '')}/session`);
    const session = await bidi.send<{ capabilities: { browserVersion: string } }>('session.new', { capabilities: {} });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: firefoxE2eExtensionDir },
    });
    if (installed.extension !== GECKO_ID) throw new Error(`installed ${installed.extension}, expected ${GECKO_ID}`);
    const client = bidi;

    const evaluate = async <T,>(context: string, expression: string): Promise<T> => {
      const result = await client.send<{ type: string; result?: { type: string }; exceptionDetails?: { text: string } }>(
        'script.evaluate',
        { expression, target: { context }, awaitPromise: true, resultOwnership: 'none', serializationOptions: { maxObjectDepth: 5 } },
      );
      if (result.type === 'exception') throw new Error(`evaluate failed: ${result.exceptionDetails?.text}\n  ${expression}`);
      return deserialize(result.result!) as T;
    };

    return {
      bidi: client,
      version: session.capabilities.browserVersion,
      extensionOrigin,
      blocked,
      log: () => stderr,
      evaluate,
      async openTab(url) {
        const { context } = await client.send<{ context: string }>('browsingContext.create', { type: 'tab' });
        await client.send('browsingContext.navigate', { context, url, wait: 'complete' });
        return context;
      },
      async closeTab(context) {
        await client.send('browsingContext.close', { context });
      },
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** Poll `probe` until it returns a value `accept` likes, or fail after `timeout` ms. */
export async function waitFor<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)}${lastError ? `, last error ${String(lastError)}` : ''}`);
}
