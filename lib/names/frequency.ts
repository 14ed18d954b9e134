// How common a name part is. A listed person whose every name part is common (Mohamed Ibrahim, Ali Hassan,
// David Smith) shares the name with thousands of people, so the page must give evidence before we say
// "sanctioned". Two sources: how often a part occurs among the dataset's persons, and the world's most
// frequent given names and surnames below, with the common first names of English-speaking countries
// (the dataset alone misses David Smith: few Smiths are listed) and those of the Arab countries, Iran, Pakistan,
// Bangladesh, Azerbaijan and Central Asia (few of the lists' Iranians are called Shams, but many Iranians are).
import { daleChall } from 'dale-chall';
import { commonArabicNames, isArabicKey, isCommonArabicName } from './arabic';
import { latinSpellings } from './cyrillic';
import { buildLexicon, lookupRange, type Lexicon } from './lexicon';
import { GIVEN_NAMES_EN } from './given-names';
import { GIVEN_NAMES_MUSLIM_WORLD } from './given-names-muslim-world';
import { foldWord, isCyrillicKey } from './normalize';
import { skeleton } from './transliterate';

// Among the most frequent given names and surnames worldwide, by region, folded. Spelling variants that the
// skeleton does not join are listed apart (mohamed, muhammad).
const COMMON_NAME_PARTS = `
mohamed mohammed muhammad mohammad mohamad muhamad mohamud ahmed ahmad ali hassan hasan hussein husain hussain
ibrahim abdullah abdallah abdul abd omar umar youssef yusuf yousef mustafa mahmoud mahmud khalid khaled said saeed
salem saleh hamid rahman karim reza hossein hosseini mehdi amir ismail ismael osman othman nasser jamal fatima
aisha mariam khan malik shah singh kumar sharma patel gupta ram raj devi
das dutta datta banerjee chatterjee mukherjee ghosh bose sen roy dey reddy rao iyer nair mehta joshi verma
mishra pandey yadav jain agarwal chopra kapoor malhotra bhat pillai menon naidu
ravi rahul amit anil sunil vijay sanjay surya arjun priya anita sunita deepak ashok rajesh suresh ramesh
mahesh ganesh krishna lakshmi
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang song
kim lee park choi jung kang cho yoon jang lim nguyen tran le pham hoang phan vu dang bui do ho ngo duong
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond peter patrick
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra
smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson thompson white
harris clark lewis robinson walker young allen king wright hill scott green adams baker nelson carter
mitchell roberts turner phillips campbell parker evans edwards collins stewart morris murphy cook rogers
jose juan luis carlos jesus manuel antonio francisco pedro miguel jorge alejandro fernando ricardo rafael
alberto alfonso alfredo andres angel armando arturo cesar diego eduardo enrique ernesto felipe gabriel
gerardo guillermo gustavo hector hugo ignacio jaime javier joaquin julio marco mario martin nicolas oscar
pablo ramon raul roberto rodrigo ruben salvador santiago sergio victor vicente
maria ana carmen rosa isabel laura lucia luz marta patricia teresa
garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz
reyes morales cruz ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez moreno romero herrera
medina aguilar vargas castro guzman fernandez rojas munoz mendez salazar soto delgado pena rios alvarado
sandoval contreras valdez guerrero ortega estrada nunez maldonado vega vasquez velasquez dominguez espinoza
padilla marquez cortes rosales juarez luna cabrera campos molina acosta avila cardenas ibarra mejia navarro
fuentes lara miranda ochoa sierra solis trujillo zamora barrera suarez blanco serrano vazquez
silva santos oliveira souza lima pereira ferreira costa rodrigues almeida carvalho gomes martins araujo
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti
muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann
martin bernard dubois durand leroy moreau simon laurent lefebvre michel
alexander aleksandr sergei sergey andrei andrey dmitry dmitri vladimir ivan nikolai nikolay mikhail alexei
aleksey igor oleg yuri pavel viktor ivanov smirnov kuznetsov popov petrov sokolov volkov novikov morozov
yilmaz kaya demir sahin celik yildiz ozturk aydin mehmet mustafa
`;

// The most common surnames and given names of Russia, Ukraine and Belarus, in their romanised forms, from
// ../shared/data/names/common-{surnames,forenames}-by-country.csv (Wikipedia's lists, CC0): Cyrillic pages name
// Ivan Ivanov and Andriy Shevchenko as often as English ones name John Smith. A Cyrillic page word meets them
// through its transliteration (isCommonNamePart).
const COMMON_EAST_SLAVIC = `
smirnov ivanov kuznetsov popov sokolov lebedev kozlov novikov morozov petrov volkov solovyov vasilyev zaytsev
pavlov semyonov golubev vinogradov bogdanov vorobyov ivanow kazlow kavaliow kazlowski novik melnyk shevchenko
boyko kovalenko bondarenko tkachenko kovalchuk kravchenko yakovenko shevchuk koval polishchuk bondar tkachuk moroz
marchenko lysenko rudenko savchenko petrenko
aleksandr alexander alexandra alexey andrei andriy anna artem artyom daniil danylo dmitry dmytro elizaveta evgeny
hanna irina ivan maksim maksym maria mariya matvey maxim mikhail mykhaylo natalia oleksandr oleksandra olga polina
sergei sofiya tatiana timofey varvara vasilisa viktoriya vladyslav yekaterina yelena yulia
`;

// The short forms East Slavic families and the news call people by ("Kolya Lukashenko", the president's unlisted
// son; Коля, Дима, Маша): given names too, so that one before a listed person's surname names someone else.
const EAST_SLAVIC_DIMINUTIVES = `
kolya sashko dima vitya volodya vova seryozha serezha kostya tolya tolik lyosha alyosha petya vanya zhenya yura
yurko styopa fedya grisha borya lyova gena vasya mitya natasha masha dasha olya sveta katya nadya lyuba nastya
galya valya lyuda yulya ksyusha anya lida zina tonya
`;

const COMMON = new Set(
  `${COMMON_NAME_PARTS} ${COMMON_EAST_SLAVIC} ${EAST_SLAVIC_DIMINUTIVES} ${GIVEN_NAMES_EN} ${GIVEN_NAMES_MUSLIM_WORLD}`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => skeleton(foldWord(w))),
);

// The scan asks this of each capitalised Cyrillic word no name has (isNameWord), page after page, and spelling the
// word in Latin letters costs several times a lookup: the answers are kept, up to a bound (page words are unbounded).
const cyrillicCommon = new Map<string, boolean>();
const CYRILLIC_MEMO_LIMIT = 20000;

/** True for a name part (folded; Cyrillic in its usual Latin spelling) that the world shares widely, whatever the dataset says. */
export function isCommonNamePart(key: string): boolean {
  if (isArabicKey(key)) return isCommonNamePartWith(key, '');
  if (!isCyrillicKey(key)) return isCommonNamePartWith(key, skeleton(key));
  let common = cyrillicCommon.get(key);
  if (common === undefined) {
    if (cyrillicCommon.size >= CYRILLIC_MEMO_LIMIT) cyrillicCommon.clear();
    common = isCommonNamePartWith(key, skeleton(latinSpellings(key)[0]));
    cyrillicCommon.set(key, common);
  }
  return common;
}

/**
 * isCommonNamePart for a key whose skeleton, made as above, the caller has already: the index build has every
 * word's, and making them again (a Cyrillic word's Latin spellings first) showed in its profile.
 */
export function isCommonNamePartWith(key: string, keySkeleton: string): boolean {
  if (isArabicKey(key)) return isCommonArabicName(key);
  return COMMON.has(keySkeleton);
}

let commonLexicon: Lexicon | undefined;

/**
 * isCommonNamePart of a page word text[start, end) that is its own skeleton, by the hash and folded length the page
 * lexer made (lexicon.ts): the scan asks it of capitalised words no listed name has, and spelling each one out and
 * then its skeleton showed in the scan's profile.
 */
export function isCommonNamePartRange(text: string, start: number, end: number, hash: number, length: number): boolean {
  commonLexicon ??= buildLexicon([...COMMON]);
  return lookupRange(commonLexicon, hash, text, start, end, length) >= 0;
}

let commonArabicLexicon: Lexicon | undefined;

/**
 * isCommonNamePart of a page word text[start, end) folded unit by unit into an Arabic key (isCommonArabicName), by
 * the lexer's hash and folded length: the scan asks it of Arabic words no listed name has.
 */
export function isCommonArabicNameRange(text: string, start: number, end: number, hash: number, length: number): boolean {
  commonArabicLexicon ??= buildLexicon(commonArabicNames());
  return lookupRange(commonArabicLexicon, hash, text, start, end, length) >= 0;
}

/**
 * A name part is common in the dataset when at least this many of its persons carry it: about 0.3% of
 * them, and never fewer than 8 (Ali, Muhammad, Ahmad, Jose, Ivanovich in the OFAC list).
 */
export function datasetCommonThreshold(persons: number): number {
  return Math.max(8, Math.round(persons * 0.003));
}

const WORDS = new Set(daleChall);

/** An everyday English word ("freedom", "star", "golden"): never a name on its own. */
export function isCommonWord(key: string): boolean {
  return WORDS.has(key);
}
