import { test as base, expect } from '@playwright/test';

/**
 * Every browser test fails if the page requests anything outside its own origin (the app is
 * offline by default) or logs a console error.
 */
export const test = base.extend<{ outsideRequests: string[]; consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (a 404 it asks for), matched by pattern. */
  allowedConsoleErrors: [[], { option: true }],
  outsideRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) outside.push(url);
      });
      await use(outside);
      expect(outside, 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors.filter((e) => !allowedConsoleErrors.some((allowed) => allowed.test(e))), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
