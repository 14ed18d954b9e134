// Spelling variants that transliteration produces: Sergey/Sergei, Alexey/Aleksey/Alexei, Kirienko/Kiriyenko,
// Lukashenko/Lukashenka, Kiumars/Kiyumars, Mohammed/Mohamed. Each folded token maps to a skeleton that these
// spellings share. Two keys, one for each reader: `skeleton` for the page scan (lib/match), where a name found
// only through its skeleton counts as a spelling variant (ranked below an exact spelling, and only ever for names
// that match token by token); `consonantSkeleton`, looser, for popup search (lib/search).

/** Arabic particles that a name may carry or drop: al-Assad, el-Assad, Assad; bin/ibn are the same word. */
const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint']);

export function particles(): string[] {
  return [...PARTICLES];
}

export function isParticle(key: string): boolean {
  return PARTICLES.has(key);
}

/** Tokens that stay in a name but never make it distinctive: Spanish and Dutch joiners. */
const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'y', 'e', 'and', 'of', 'the']);

export function connectors(): string[] {
  return [...CONNECTORS];
}

export function isConnector(key: string): boolean {
  return CONNECTORS.has(key);
}

/** Whether any rule below applies: most words are their own skeleton, and building one costs a string. */
function needsSkeleton(key: string): boolean {
  let prev = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    // x y w, a j after the first letter, the second letter of ph kh ou and of a German tsch, the e or i after gu, any
    // doubled letter, and the t of a first ht
    if (c === 120 || c === 121 || c === 119 || c === prev || (c === 106 && i > 0) || (c === 104 && (prev === 112 || prev === 107 || (prev === 99 && i >= 3 && key.charCodeAt(i - 2) === 115 && key.charCodeAt(i - 3) === 116))) || (c === 117 && prev === 111) || ((c === 101 || c === 105) && prev === 117 && i > 1 && key.charCodeAt(i - 2) === 103) || (c === 116 && prev === 104 && i === 1)) return true;
    prev = c;
  }
  const last = key.charCodeAt(key.length - 1);
  return key.endsWith('enka') || abdWithVowel(key) || ((last === 110 || last === 101) && key.length >= 7 && DIN_TAIL.test(key));
}

// An Arabic compound given name or surname that ends in "ad-Din" (religion) written as one word, romanised many
// ways: Safieddine, Safiuddin; Shamseddine, Shamsuddin, Shamsedin; Nasreddine, Nasruddin; Alaeddin, Alauddin. The
// skeleton ends each in "udin", three letters or more before it. Not o: Russian -odin (Borodin) stays as written.
const DIN_TAIL = /^[a-z]{3,}[aeiu]d{1,2}ine?$/;
const DIN_TAIL_SKELETON = /[aeiu]dine?$/;

/** "abdul", "abdel", "abdol", "abdil" (Arabic عبد ال, "servant of"), alone or joined ("abdelrahim"): not "abdal". */
function abdWithVowel(key: string): boolean {
  if (key.length < 5 || key.charCodeAt(0) !== 97 || key.charCodeAt(1) !== 98 || key.charCodeAt(2) !== 100 || key.charCodeAt(4) !== 108) return false;
  const v = key.charCodeAt(3);
  return v === 101 || v === 105 || v === 111 || v === 117;
}

/**
 * The transliteration skeleton of a folded token: x as ks, y and j between vowels as i, w as v, ph as f,
 * kh as h, ou as u, doubled letters once, a first ht as t (Burmese "Htun", "Tun"), Abdul, Abdel and Abdol as Abdal,
 * the Belarusian -enka as -enko, and the German tsch as ch (MAKAROV, Vyatscheslav: Vyacheslav, "Вячеслава"). Spanish writes Russian kh as j after
 * the first letter and a hard g before e or i as gu ("Mijaíl", "Serguéi" for Mikhail, Sergei): j there is h, and
 * gu before e or i is g. Strict, because the page scan marks
 * what it finds with nobody asking: vowels stay, so Maria and Mario stay apart.
 */
export function skeleton(key: string): string {
  // Mohammed, Muhammad, Mohamad, Mohammad, Muhamed: one name however romanised (the vowels vary here as nowhere else).
  if (key.charCodeAt(0) === 109 && key.length >= 7 && key.length <= 10 && MUHAMMAD.test(key)) return 'muhamad';
  if (key.length < 3 || !needsSkeleton(key)) return key;
  // Abd al-: the vowel between is the romaniser's (Abdul Rahman, Abdel Rahman, Abdol).
  if (abdWithVowel(key)) key = 'abda' + key.slice(4);
  let out = '';
  let prev = '';
  for (let i = 0; i < key.length; i++) {
    let c = key[i];
    const next = key[i + 1] ?? '';
    // Burmese names' aspirated t, written ht or t ("Htun", "Tun"; "Htay", "Tay"): no other language begins a word so.
    if (c === 'h' && i === 0 && next === 't') continue;
    // German writes Russian ч "tsch" (Vyatscheslav, Tschatayev, Letscha): ch as the other systems write it.
    if (c === 't' && next === 's' && key[i + 2] === 'c' && key[i + 3] === 'h') {
      i++;
      continue;
    }
    if (c === 'x') {
      out += prev === 'k' ? 's' : 'ks';
      prev = 's';
      continue;
    }
    if (c === 'y') c = 'i';
    else if (c === 'w') c = 'v';
    else if (c === 'p' && next === 'h') {
      c = 'f';
      i++;
    } else if (c === 'k' && next === 'h') {
      c = 'h';
      i++;
    } else if (c === 'o' && next === 'u') {
      c = 'u';
      i++;
    } else if (c === 'j' && i > 0) c = 'h';
    else if (c === 'g' && next === 'u' && (key[i + 2] === 'e' || key[i + 2] === 'i')) {
      out += 'g';
      prev = 'g';
      i++;
      continue;
    }
    if (c === prev) continue;
    out += c;
    prev = c;
  }
  if (out.endsWith('enka')) out = out.slice(0, -1) + 'o';
  else if (out.length >= 7 && (out.charCodeAt(out.length - 1) === 110 || out.charCodeAt(out.length - 1) === 101) && DIN_TAIL_SKELETON.test(out) && DIN_TAIL.test(key)) out = out.replace(DIN_TAIL_SKELETON, 'udin');
  return out;
}

/**
 * A folded word that begins with j as the kh Spanish writes so ("jamenei", "jatami": Khamenei, Khatami), or null.
 * Five letters or more: shorter j-words are Spanish and Arabic names of their own (Juan, Jara, Jan).
 */
export function spanishFirstJ(key: string): string | null {
  return key.length >= 5 && key.charCodeAt(0) === 106 ? 'kh' + key.slice(1) : null;
}

/**
 * A written word that ends in an accented "lá" as the -llah Spanish writes so ("Hezbolá", "Hizbulá", "Nasralá":
 * Hizballah, Nasrallah), folded, with -llah for the -la; or null. Spanish marks the stress of such a last syllable,
 * its own words with "-la" do not (Ávila, Tesla, Zavala), so the accent is the test. Five letters or more.
 */
export function spanishFinalLa(written: string, key: string): string | null {
  const n = written.length;
  return key.length >= 5 && written.charCodeAt(n - 1) === 0xe1 && (written.charCodeAt(n - 2) | 0x20) === 108 && key.endsWith('la') ? key + 'h' : null;
}

// "Mahomed" too: the older English spelling, still in news ("Ahmad Mahomed Yazbeck" for YAZBECK, Ahmad Mohamad);
// and kh, as Cyrillic х is spelled ("Мохаммад", "Мухаммед", "Махаммад": mokhammad, mukhammed, makhammad).
const MUHAMMAD = /^m[aou]k?h+[aeo]m+[ae]d$/;

const VOWELISH = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'j', 'h', 'w']);

/**
 * A consonant skeleton that different romanisations of one name share: "kiriyenko" and "kirienko" give "krnk",
 * "lukashenka" and "lukashenko" "lksnk", "aleksandr" and "alexander" "alksndr". Vowels, y, j, h and w carry most
 * transliteration noise and are dropped after the first letter; c/k/q, s/z, v/w and doubled letters are merged.
 * Search only: there a person picks from ranked hits, so joining more spellings costs little; on a page it would
 * mark names nobody listed (it joins Maria and Mario, which `skeleton` keeps apart).
 */
export function consonantSkeleton(folded: string): string {
  const w = folded
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/w/g, 'v');
  if (!w) return '';
  let out = VOWELISH.has(w[0]) ? '*' : w[0];
  let last = out;
  for (let i = 1; i < w.length; i++) {
    const c = w[i];
    if (VOWELISH.has(c)) {
      last = '';
      continue;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
