import type { LaunchOptions } from '@playwright/test'

/**
 * Debian's Chromium: Playwright's own browser download cannot work on these offline
 * machines. The flags keep Chromium from reaching for any network on its own.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ],
}
