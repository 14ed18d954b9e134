import { describe, expect, it } from 'vitest';
import { BACKGROUND_PAYLOADS, CONTENT_PAYLOADS, isRequest, readRequest, SCAN_LIMITS } from '../lib/protocol';

describe('requests are checked against their payload schema where they arrive', () => {
  it('reads a request and cleans what only tunes the answer', () => {
    expect(readRequest({ type: 'scan', payload: { texts: ['Nicolás Maduro', 7], page: 3 } }, BACKGROUND_PAYLOADS)).toEqual({ type: 'scan', payload: { texts: ['Nicolás Maduro', ''], page: undefined } });
    expect(readRequest({ type: 'entity', payload: { id: 'ofac-1', alternatives: ['a', 2, 'b'] } }, BACKGROUND_PAYLOADS)).toEqual({ type: 'entity', payload: { id: 'ofac-1', alternatives: ['a', 'b'] } });
    expect(readRequest({ type: 'entity', payload: { id: 'ofac-1', text: 'Jose Gonzalez' } }, BACKGROUND_PAYLOADS)).toEqual({ type: 'entity', payload: { id: 'ofac-1', text: 'Jose Gonzalez' } });
    expect(readRequest({ type: 'entity', payload: { id: 'ofac-1', text: 5 } }, BACKGROUND_PAYLOADS)).toEqual({ type: 'entity', payload: { id: 'ofac-1', text: undefined } });
    const find = readRequest({ type: 'find', payload: { query: 'maduro', filters: { status: 'sanctioned', kind: 'alien', list: 'x'.repeat(300), country: '' }, limit: 'all' } }, BACKGROUND_PAYLOADS);
    expect(find).toEqual({ type: 'find', payload: { query: 'maduro', filters: { status: 'sanctioned', list: 'x'.repeat(200) }, limit: undefined } });
    expect(readRequest({ type: 'find', payload: { query: 'maduro', filters: 'none' } }, BACKGROUND_PAYLOADS)).toEqual({ type: 'find', payload: { query: 'maduro', filters: {} } });
  });

  it('reads at most a million characters of page text in one scan request (a 40 MB message kept the worker busy 8 s)', () => {
    const big = 'Maduro '.repeat(100_000);
    const r = readRequest({ type: 'scan', payload: { texts: [big, big, 'tail'] } }, BACKGROUND_PAYLOADS) as { payload: { texts: string[] } };
    expect(r.payload.texts.map((t) => t.length)).toEqual([700_000, 300_000, 0]);
    const many = readRequest({ type: 'scan', payload: { texts: Array.from({ length: 20_000 }, () => 'x') } }, BACKGROUND_PAYLOADS) as { payload: { texts: string[] } };
    expect(many.payload.texts).toHaveLength(SCAN_LIMITS.texts);
  });

  it('takes a test origin for the publishers only on loopback', () => {
    const settings = (testOrigin: string) => ({ type: 'setPublisherSettings', payload: { on: true, sources: { 'ofac-sdn': true, 'ofac-cons': true, un: true, eu: true, uk: true }, testOrigin } });
    expect(readRequest(settings('http://127.0.0.1:8080'), BACKGROUND_PAYLOADS)).not.toHaveProperty('invalid');
    expect(readRequest(settings('https://evil.example'), BACKGROUND_PAYLOADS)).toEqual({ type: 'setPublisherSettings', invalid: true });
    expect(readRequest(settings('http://127.0.0.1.evil.example'), BACKGROUND_PAYLOADS)).toEqual({ type: 'setPublisherSettings', invalid: true });
  });

  it('marks a request of ours whose required fields are bad, and ignores what is no request of ours', () => {
    expect(readRequest({ type: 'entity', payload: { id: 5 } }, BACKGROUND_PAYLOADS)).toEqual({ type: 'entity', invalid: true });
    expect(readRequest({ type: 'setSyncSettings', payload: { url: 'https://x.example', intervalHours: '12' } }, BACKGROUND_PAYLOADS)).toEqual({ type: 'setSyncSettings', invalid: true });
    expect(readRequest({ type: 'toString', payload: {} }, BACKGROUND_PAYLOADS)).toBeNull();
    expect(readRequest({ type: 'scan' }, BACKGROUND_PAYLOADS)).toBeNull();
    expect(readRequest('scan', BACKGROUND_PAYLOADS)).toBeNull();
  });

  it('lets the content script tell its own requests from anything else a page may post', () => {
    expect(isRequest({ type: 'toggleSite', payload: {} }, CONTENT_PAYLOADS)).toBe(true);
    expect(isRequest({ type: 'toggleSite', payload: null }, CONTENT_PAYLOADS)).toBe(false);
    expect(isRequest({ type: 'scan', payload: { texts: [] } }, CONTENT_PAYLOADS)).toBe(false);
  });
});
