// One person's given name in the three East Slavic languages: Ukrainian news writes Lukashenka as "Олександр
// Лукашенко", Russian news Zelensky as "Владимир"; the lists write each person in one of them (Belarusians mostly in
// Belarusian, Ukrainians in Ukrainian, Russians in Russian). A Cyrillic word's Latin keys (cyrillic.ts) get the
// other languages' forms of the same name. Russian, Ukrainian, Belarusian in each group, in the lists' spellings.

const GROUPS = `
aleksandr aleksander oleksandr alyaksandr aliaksandr
aleksandra oleksandra aliaksandra
vladimir volodymyr uladzimir
sergei serhii siarhei
dmitry dmytro dzmitry
mikhail mykhailo mikhail
aleksei oleksii aliaksei
yuri yurii yury
nikolai mykola mikalai
pyotr petr petro piotr
pavel pavlo paval
andrei andrii andrei
yevgeny yevhen yauhen
grigory hryhorii ryhor
igor ihor ihar
anatoly anatolii anatol
viktor viktor viktar
vasily vasyl vasil
fyodor fedir fiodar
konstantin kostiantyn kanstantsin
leonid leonid leanid
boris borys barys
gennady hennadii henadz
valery valerii valery
vitaly vitalii vitali
yakov yakiv yakau
stepan stepan stsiapan
semyon semen siamion
elena olena alena
olga olha volha
natalia nataliia natallia
tatiana tetiana tatsiana
yekaterina kateryna katsiaryna
maria mariia maryia
irina iryna iryna
lyudmila liudmyla liudmila
anna hanna hanna
yulia yuliia yuliya
svetlana svitlana sviatlana
galina halyna halina
valentina valentyna valiantsina
nadezhda nadiia nadzeya
marina maryna maryna
kirill kyrylo kiryl
maksim maksym maksim
artem artem artsiom
vladislav vladyslav uladzislau
vyacheslav viacheslav viachaslau
gleb hlib hleb
nikita mykyta mikita
georgy heorhii heorhi
yegor yehor yahor
denis denys dzianis
oleg oleh aleh
roman roman raman
`;

// One given name of the Muslim world in its Persian form, which Russian news writes ("Али Реза", "Мортеза"), and the
// Arabic forms the lists romanise for Arab bearers (LARI, 'Ali Ridha Qasabi): Persian reads ض and ذ as z and writes e
// where Arabic romanisation has i or a. The Cyrillic reading only; Latin pages keep the name as written.
const PERSIAN_ARABIC = `
reza ridha rida reda redha
morteza murtada murtadha murtaza
ramazan ramadan
kazem kadhim kazim
ebrahim ibrahim ibragim
`;

/** Each spelling's group, by the key a caller gives it (a skeleton, so that Sergey and Sergei are one). */
export function givenNameEquivalents(keyOf: (spelling: string) => string, persianArabic = false): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const line of (persianArabic ? GROUPS + PERSIAN_ARABIC : GROUPS).trim().split(/\n+/)) {
    const group = line.split(' ');
    for (const spelling of group) map.set(keyOf(spelling), group);
  }
  return map;
}
