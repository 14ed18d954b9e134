import { describe, expect, it, vi } from 'vitest';
import { channel, startFeatures, type ContentContext, type Feature } from '../../entrypoints/content/feature';

/** A page context with only the life-cycle: enough for startFeatures. */
function fakePage() {
  const listeners: (() => void)[] = [];
  const page = { lifetime: { onInvalidated: (cb: () => void) => listeners.push(cb) } } as unknown as ContentContext;
  return { page, invalidate: () => listeners.forEach((cb) => cb()) };
}

describe('the content script features', () => {
  it('start in order and stop in reverse order when the extension goes, even when one fails to start or stop', () => {
    const log: string[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const feature = (name: string, opts: { failStart?: boolean; failStop?: boolean } = {}): Feature => ({
      name,
      start() {
        if (opts.failStart) throw new Error(`${name} cannot start`);
        log.push(`start ${name}`);
        return () => {
          log.push(`stop ${name}`);
          if (opts.failStop) throw new Error(`${name} cannot stop`);
        };
      },
    });
    const { page, invalidate } = fakePage();
    startFeatures(page, [feature('switch'), feature('marks', { failStop: true }), feature('broken', { failStart: true }), feature('watch')]);
    expect(log).toEqual(['start switch', 'start marks', 'start watch']);
    invalidate();
    expect(log).toEqual(['start switch', 'start marks', 'start watch', 'stop watch', 'stop marks', 'stop switch']);
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
  });

  it('tell each other through a channel that delivers in order until a listener is removed', () => {
    const events = channel<{ settings: undefined; root: string }>();
    const heard: string[] = [];
    const offA = events.on('root', (r) => heard.push(`a ${r}`));
    // A listener that stops listening while an event is delivered does not cost the others theirs.
    const offB = events.on('root', (r) => {
      heard.push(`b ${r}`);
      offB();
    });
    events.on('root', (r) => heard.push(`c ${r}`));
    events.on('settings', () => heard.push('settings'));
    events.emit('root', 'doc');
    offA();
    events.emit('root', 'shadow');
    events.emit('settings');
    expect(heard).toEqual(['a doc', 'b doc', 'c doc', 'c shadow', 'settings']);
  });
});
