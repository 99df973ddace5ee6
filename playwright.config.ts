import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A static file server over the `npm run export` bundle in out/ (`npm run serve:static`). */
const STATIC_PORT = PORT + 10;

// Debian's Chromium: Playwright cannot download its own browsers on this network.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions },
  projects: [
    { name: "js", use: { javaScriptEnabled: true }, testIgnore: /export\.spec\.ts/ },
    // axe runs inside the page, so it needs JavaScript; everything else is also checked with it off.
    // The explorer's and the search's specs set JavaScript on or off test by test (each is a different thing without it).
    { name: "no-js", use: { javaScriptEnabled: false }, testIgnore: /(a11y|robustness|export|explore|search)\.spec\.ts/ },
    // The static bundle, as a mirror would serve it: no Next; JavaScript off unless a test turns it on.
    { name: "static", testMatch: /export\.spec\.ts/, use: { javaScriptEnabled: false, baseURL: `http://127.0.0.1:${STATIC_PORT}` } },
  ],
  webServer: [
    {
      command: `npx next start -H 127.0.0.1 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The bundle with the headers of out/_headers, as a host that reads it would send them.
      command: `npm run --silent serve:static -- --listen tcp://127.0.0.1:${STATIC_PORT} --no-request-logging`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
