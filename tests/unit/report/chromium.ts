// Test helper: one Debian Chromium per test file, launched as the design says.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../src/node/report/pdf';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS], headless: true });
}
