// Forms of a listed person's name that the news writes: Mohammed as Muhammad, two given names in the other order,
// a shortened name after the full one.
import { describe, expect, it } from 'vitest';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { skeleton } from '../../lib/names/transliterate';
import { entity, fixtureEntities } from './fixtures';

const index = buildNameIndex([
  ...fixtureEntities,
  entity('zarif', 'ZARIF, Mohammad Javad', 'person', true, { countries: ['Iran'] }),
  entity('chapito', 'GUZMAN SALAZAR, Ivan Archivaldo', 'person', true, { countries: ['Mexico'] }),
  // The fixtures hold IBRAHIM, Mohamed Ahmed Elsayed Ahmed (ofac-27150); a made-up Syrian namesake beside him.
  entity('ibrahim-sy', 'AL-IBRAHIM, Muhammad', 'person', true, { countries: ['Syria'] }),
]);

const marks = (blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}`));

describe('name forms', () => {
  it('reads Mohammed, Muhammad, Mohamad, Mohammad as one name, and no other', () => {
    const forms = ['mohammed', 'muhammad', 'mohamad', 'mohammad', 'mohamed', 'muhamed'].map(skeleton);
    expect(new Set(forms).size).toBe(1);
    expect(skeleton('mahmoud')).not.toBe(forms[0]);
    expect(marks(['Iran’s foreign minister Muhammad Javad Zarif was sanctioned by the Treasury.'])).toEqual(['Muhammad Javad Zarif:zarif']);
  });

  it('finds two given names in the other order with the whole family name', () => {
    expect(marks(['OFAC sanctioned Archivaldo Iván Guzmán Salazar on Friday.'])).toEqual(['Archivaldo Iván Guzmán Salazar:chapito']);
    expect(marks(['OFAC sanctioned Archivaldo Iván Guzmán on Friday.'])).toEqual([]);
  });

  it('links a shortened name to the person the page named in full before another listed person of those words', () => {
    const page = ['In Cairo, the financier Mohamed Ahmed Elsayed Ahmed Ibrahim, sanctioned by OFAC, remained abroad; Mohamed Ibrahim denied the charges.'];
    expect(marks(page)).toEqual(['Mohamed Ahmed Elsayed Ahmed Ibrahim:ofac-27150', 'Mohamed Ibrahim:ofac-27150']);
  });
});
