// Listed Iranians whose whole name many Iranians share ("Mohammad Reza Kazemi", "Morteza Ghasemi", "Ali Akbar
// Salehi") on a football report with no sanctions story are only "possible"; in a sanctions story they are the listed
// persons. Over the shipped dataset: the rule rests on how many of the lists' Iranians carry a word.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';
import { givenNameKey, nisbaStem } from '../../lib/names/nisba';

describe('a surname made of a given name and the nisba -i', () => {
  it('reads the given name inside it however it is spelled', () => {
    expect(nisbaStem('kazemi')).toBe('kazem');
    expect(nisbaStem('rezaei')).toBe('reza');
    expect(givenNameKey('kazem')).toBe(givenNameKey('kadhim'));
    expect(givenNameKey('kazem')).toBe(givenNameKey('kathem'));
    expect(givenNameKey('ghasem')).toBe(givenNameKey('qasem'));
    expect(givenNameKey('ghasem')).not.toBe(givenNameKey('hashem'));
  });
});

describe('listed Iranians with common Iranian names', () => {
  const index = buildNameIndex(loadDataset(DEFAULT_DATASET).entities);
  const marks = (text: string) => scanPage(index, [text]).flatMap((ms) => ms.map((m) => `${m.text}:${m.status}`));

  it('are only possible in a football report', () => {
    const text = 'Mohammad Reza Kazemi scored twice as Persepolis beat Esteghlal 3-1 in the Tehran derby. Morteza Ghasemi and Ali Akbar Salehi also played.';
    expect(marks(text)).toEqual(['Mohammad Reza Kazemi:possible', 'Morteza Ghasemi:possible', 'Ali Akbar Salehi:possible']);
  });

  it('are the listed persons in a sanctions story', () => {
    const text = 'The US Treasury sanctioned Mohammad Reza Kazemi, Morteza Ghasemi and Ali Akbar Salehi on Tuesday, OFAC said.';
    expect(marks(text).filter((m) => !m.startsWith('US Treasury') && !m.startsWith('OFAC'))).toEqual(['Mohammad Reza Kazemi:sanctioned', 'Morteza Ghasemi:sanctioned', 'Ali Akbar Salehi:sanctioned']);
  });

  it('still marks a listed Iranian with a rare surname', () => {
    expect(marks('Mohammad Javad Zarif spoke in Tehran on Monday.')).toEqual(['Mohammad Javad Zarif:sanctioned']);
  });
}, 60_000);
