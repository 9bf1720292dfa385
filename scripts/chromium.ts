/**
 * The one way the screenshot scripts, the browser benchmarks and the e2e config start a browser: Debian's
 * Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH), driven by Playwright — Playwright's own browser download
 * cannot be reached from the build machines. The flags keep a headless run quiet and repeatable: no sandbox
 * (containers), no GPU, and no background fetches (updates, component downloads) competing with the page.
 */
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Starts headless Chromium with the shared flags plus `extraArgs` (e.g. a larger JS heap for a benchmark). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
