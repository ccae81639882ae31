// Debian's Chromium, as the end-to-end tests and the benchmark's Lighthouse start it. Browser
// downloads are impossible on these machines; without the networking flags Chromium keeps trying
// Google's hosts, which this closed network refuses.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
