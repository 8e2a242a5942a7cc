import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './test/e2e/support/chromium'

// End-to-end tests drive the built renderer (out/renderer) in Debian's Chromium, with
// window.api bridged to the real handler table over a real vault (see test/e2e/support).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test/artifacts/playwright',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test/artifacts/e2e-results.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
})
