// Debian's Chromium for the browser tests, the web benchmark and the README's screenshots (no browser
// download). The flags keep it from reaching out to a network this machine does not have.
export const CHROMIUM = process.env.VRIJROOSTER_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
