import { describe, expect, it } from 'vitest';
import { consonantSkeleton, skeleton } from '../../lib/names/transliterate';

describe('skeleton', () => {
  it.each([
    ['sergey', 'sergei'],
    ['alexey', 'aleksey'],
    ['aleksey', 'alexei'],
    ['kirienko', 'kiriyenko'],
    ['lukashenko', 'lukashenka'],
    ['kiumars', 'kiyumars'],
    ['mohammed', 'mohamed'],
    ['mijail', 'mikhail'],
    ['serguei', 'sergei'],
    ['guennadi', 'gennadi'],
    ['htun', 'tun'],
    ['abdul', 'abdel'],
    ['abdelrahim', 'abdulrahim'],
    ['vyatscheslav', 'vyacheslav'],
    ['tschatayev', 'chatayev'],
    ['safieddine', 'safiuddin'],
    ['shamseddine', 'shamsedin'],
    ['nasruddin', 'nasreddine'],
    ['alaeddin', 'alauddin'],
  ])('joins the transliterations %s and %s', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  it('keeps different names apart', () => {
    expect(skeleton('maria')).not.toBe(skeleton('mario'));
    expect(skeleton('maduro')).not.toBe(skeleton('moros'));
    // Spanish j stands for kh only inside a word: Juan is not Huan, Jan not Han.
    expect(skeleton('juan')).not.toBe(skeleton('huan'));
    expect(skeleton('jan')).not.toBe(skeleton('han'));
    expect(skeleton('guadalupe')).toBe('guadalupe');
    // Only a word's first ht is Burmese's aspirated t.
    expect(skeleton('ahtun')).not.toBe(skeleton('atun'));
    // Only a German tsch loses its t and s: "sch" and "tch" stay.
    expect(skeleton('schulz')).toBe('schulz');
    expect(skeleton('mitchell')).toBe('mitchel');
    // Only an Arabic "ad-Din" with three letters or more before it, and not Russian -odin.
    expect(skeleton('borodin')).toBe('borodin');
    expect(skeleton('aladdin')).not.toBe(skeleton('aluddin'));
  });
});

describe('consonantSkeleton (popup search)', () => {
  it('gives romanisations of one name the same key', () => {
    expect(consonantSkeleton('kirienko')).toBe(consonantSkeleton('kiriyenko'));
    expect(consonantSkeleton('lukashenko')).toBe(consonantSkeleton('lukashenka'));
    expect(consonantSkeleton('kiumars')).toBe(consonantSkeleton('kiyumars'));
    expect(consonantSkeleton('kioumars')).toBe(consonantSkeleton('kiyumars'));
    expect(consonantSkeleton('heydari')).toBe(consonantSkeleton('heidari'));
    expect(consonantSkeleton('alexander')).toBe(consonantSkeleton('aleksandr'));
  });

  it('keeps different names apart', () => {
    expect(consonantSkeleton('maduro')).not.toBe(consonantSkeleton('medina'));
    expect(consonantSkeleton('putin')).not.toBe(consonantSkeleton('petrov'));
  });

  it('joins what the page skeleton keeps apart', () => {
    expect(consonantSkeleton('maria')).toBe(consonantSkeleton('mario'));
    expect(skeleton('maria')).not.toBe(skeleton('mario'));
  });
});
