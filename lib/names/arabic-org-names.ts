// The Arabic names of a few organizations the lists write in Latin letters only, as Arabic news writes them: the
// lists give HIZBALLAH, QODS FORCE and FATEMIYOUN, the press "حزب الله", "فيلق القدس" and "لواء فاطميون". These are
// translations ("فيلق القدس": the Jerusalem corps) or compounds the consonant reading of arabic-latin-reading.ts
// does not reach (a firm's one word read by its consonants is too often an everyday word), so they are listed here,
// as the spellings table of variants.ts lists the news' Latin ones. Keyed by a name the list itself gives; the index
// adds them as aliases (build-name-index.ts).

const NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['HIZBALLAH', ['حزب الله']],
  // "قوة القدس" word for word the list's QUDS FORCE, as news writes it too ("الحرس الثوري بما في ذلك قوة القدس").
  ['QODS FORCE', ['فيلق القدس', 'قوة القدس']],
  // The IRGC by the names Arabic news gives it: "the Iranian revolutionary guard", "the Islamic revolutionary guard",
  // its own Arabic name "حرس الثورة الإسلامية"; "الحرس الثوري" alone is how the press shortens it after that.
  [
    'ISLAMIC REVOLUTIONARY GUARD CORPS',
    ['الحرس الثوري', 'الحرس الثوري الإيراني', 'الحرس الثوري الإسلامي', 'الحرس الثوري الإسلامي الإيراني', 'حرس الثورة الإسلامية'],
  ],
  // The one word "فاطميون" alone is a one-word alias, which counts only with a brand's evidence or in quotes on a
  // sanctions page (precision.ts, arabic-group-names.ts).
  ['FATEMIYOUN', ['لواء فاطميون', 'فاطميون']],
  // Armed groups the UN and OFAC list in Latin letters only, by the names Arabic news gives them: most are the
  // group's own Arabic name, which the list romanises (HARAKAT AL-SHABAAB AL-MUJAAHIDIIN, Jaysh Khalid Ibn al Waleed,
  // JUND AL-AQSA, KATA'IB HIZBALLAH, ASA'IB AHL AL-HAQ, HARAKAT AL-NUJABA, HURRAS AL-DIN, BOKO HARAM), as Al Jazeera,
  // Asharq al-Awsat and the UN's own Arabic press releases write them. Each with its word of kind ("حركة", "جيش",
  // "جماعة") where the short form is an everyday phrase: "الشباب" is the youth, "حماس" zeal, "طالبان" two students.
  ['AL-SHABAAB', ['حركة الشباب', 'حركة الشباب المجاهدين']],
  ['JUND AL-AQSA', ['جند الأقصى']],
  // The brigade named after the Prophet's general: the person's name alone is many bodies' and people's.
  ['Jaysh Khalid Ibn al Waleed', ['جيش خالد بن الوليد', 'جيش خالد ابن الوليد']],
  // Also "Iraq's Hezbollah", as the press calls it: "حزب الله" alone is Lebanon's (HIZBALLAH).
  ["KATA'IB HIZBALLAH", ['كتائب حزب الله', 'حزب الله العراقي']],
  ["ASA'IB AHL AL-HAQ", ['عصائب أهل الحق']],
  ['HARAKAT AL-NUJABA', ['حركة النجباء']],
  ['HURRAS AL-DIN', ['تنظيم حراس الدين']],
  ['BOKO HARAM', ['بوكو حرام', 'جماعة بوكو حرام']],
  // "حماس" alone is zeal too: as the movement only in quotes on a sanctions page, right after its word of kind, or
  // once the page has named the movement (precision.ts), as "حزب الله" is named and then "الحزب".
  // Its own full name, which the list romanises and translates (HARAKAT AL-MUQAWAMA AL-ISLAMIYA, ISLAMIC RESISTANCE
  // MOVEMENT), and its armed wing's, which the list gives as HAMAS's alias (IZZ AL-DIN AL QASSAM BRIGADES).
  ['HAMAS', ['حركة حماس', 'حماس', 'حركة المقاومة الإسلامية', 'كتائب عز الدين القسام', 'كتائب القسام']],
  // Palestinian Islamic Jihad by its own name ("حركة الجهاد الإسلامي في فلسطين") and its armed wing's (AL-QUDS
  // BRIGADES); "الجهاد الإسلامي" without "حركة" is also Egypt's group, listed apart.
  ['PALESTINIAN ISLAMIC JIHAD', ['حركة الجهاد الإسلامي', 'حركة الجهاد الإسلامي في فلسطين', 'سرايا القدس']],
  // Groups whose one Arabic word is an everyday one (the patient ones; the Zaynabis), with their word of kind.
  ['HARAKAT AL-SABIREEN', ['حركة الصابرين']],
  ['ZAYNABIYOUN BRIGADE', ['لواء زينبيون', 'زينبيون']],
  ["KATA'IB SAYYID AL-SHUHADA", ['كتائب سيد الشهداء']],
  // Hezbollah's bank by its Arabic name with its word of kind, as Lebanese and Gulf news write it: "القرض الحسن"
  // alone is the interest-free loan of Islamic finance, which any bank or fund offers.
  ['AL-QARD AL-HASSAN ASSOCIATION', ['جمعية القرض الحسن', 'مؤسسة القرض الحسن']],
  // "طالبان" alone is also two students: as the movement only where "حماس" alone is (above).
  ['TALIBAN', ['حركة طالبان', 'طالبان']],
]);

/** The Arabic names of an organization one of whose listed names is in the table above. */
export function arabicOrgNames(names: readonly { name: string }[]): string[] {
  const out: string[] = [];
  for (const n of names) for (const a of NAMES.get(n.name) ?? []) if (!out.includes(a)) out.push(a);
  return out;
}
