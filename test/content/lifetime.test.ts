import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The extension's runtime as an orphaned content script sees it: its id goes when the extension does.
const runtime: { id?: string } = { id: 'sanctions-lens' };
vi.mock('wxt/browser', () => ({ browser: { runtime } }));

const { ExtensionLifetime } = await import('../../entrypoints/content/lifetime');

describe('the content script life-cycle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    runtime.id = 'sanctions-lens';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends once, within a second, when the extension goes away, and not before', () => {
    const lifetime = new ExtensionLifetime();
    const stopped = vi.fn();
    lifetime.onInvalidated(stopped);
    vi.advanceTimersByTime(10_000);
    expect(stopped).not.toHaveBeenCalled();
    delete runtime.id;
    vi.advanceTimersByTime(1_000);
    expect(stopped).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
