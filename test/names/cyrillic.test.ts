import { describe, expect, it } from 'vitest';
import { latinNameKeys, latinSpellings } from '../../lib/names/cyrillic';
import { nominatives } from '../../lib/names/declension';
import { skeleton } from '../../lib/names/transliterate';

// What the matcher meets a list's name by: the skeleton of some spelling.
const meets = (cyrillic: string, listed: string) => latinNameKeys(cyrillic).some((k) => skeleton(k) === skeleton(listed));

describe('Cyrillic names in the lists\' Latin spellings', () => {
  it('spells Russian, Ukrainian and Belarusian words as the lists do', () => {
    expect(latinSpellings('путин')).toEqual(['putin']);
    expect(latinSpellings('дерипаска')).toEqual(['deripaska']);
    expect(latinSpellings('аляксандр')).toContain('alyaksandr');
    expect(meets('лукашэнка', 'lukashenka')).toBe(true);
    expect(meets('лукашенко', 'lukashenka')).toBe(true);
  });

  it('gives the spellings the systems disagree on: Yevgeny and Evgeny, Semyonov and Semenov, Hryhoriy and Grigoriy, Alexander', () => {
    expect(meets('евгений', 'yevgeniy')).toBe(true);
    expect(meets('евгений', 'evgeny')).toBe(true);
    expect(meets('семёнов', 'semyonov')).toBe(true);
    expect(meets('семёнов', 'semenov')).toBe(true);
    expect(meets('григорій', 'hryhoriy')).toBe(true);
    expect(meets('александр', 'alexander')).toBe(true);
    expect(meets('дмитрий', 'dmitriy')).toBe(true);
    expect(meets('дмитрий', 'dmitry')).toBe(true);
  });

  it('gives a given name in the other East Slavic languages: Олександр is Aleksandr and Alyaksandr, Сергій Sergei', () => {
    expect(meets('олександр', 'alyaksandr')).toBe(true);
    expect(meets('олександр', 'aleksandr')).toBe(true);
    expect(meets('сергій', 'sergei')).toBe(true);
    expect(meets('володимир', 'vladimir')).toBe(true);
    expect(meets('владимир', 'volodymyr')).toBe(true);
    expect(meets('олег', 'aleksandr')).toBe(false);
  });

  it('reads Ukrainian є after a vowel as the Russian е it stands for: Катаєв is Kataev as well as Katayev', () => {
    expect(meets('катаєв', 'kataev')).toBe(true);
    expect(meets('катаєв', 'katayev')).toBe(true);
    expect(meets('катаєва', 'kataev')).toBe(true);
  });

  it('reads Ukrainian іє as the Russian ее of the same surname: Алексієнко is Alekseenko, Сергієнко Sergeyenka', () => {
    expect(meets('алексієнка', 'alekseenko')).toBe(true);
    expect(meets('сергієнка', 'sergeyenka')).toBe(true);
    expect(meets('алексієнко', 'aleksienko')).toBe(true);
  });

  it('reads an Arabic name\'s ай before a consonant also with the vowel the lists write after the y: Абузайд is Abuzayed', () => {
    expect(meets('абузайд', 'abuzayed')).toBe(true);
    expect(meets('абузайд', 'abuzayd')).toBe(true);
    expect(meets('зайд', 'zayed')).toBe(true);
    expect(latinSpellings('андрей')).toEqual(['andrey']);
  });

  it('keeps a word wholly in Cyrillic apart from Latin look-alikes: СОВА is sova, not coba', () => {
    expect(latinSpellings('сова')).toEqual(['sova']);
    expect(meets('сова', 'coba')).toBe(false);
  });
});

describe('names in every grammatical case', () => {
  it('finds Путин in Путина, Путину, Путиным, Путине', () => {
    for (const w of ['путина', 'путину', 'путиным', 'путине']) expect(nominatives(w)).toContain('путин');
  });

  it('finds -ов/-ев/-ин surnames, their feminine forms, adjectival -ский/-цкий and Ukrainian -ський', () => {
    expect(nominatives('лаврова')).toEqual(['лаврова', 'лавров']);
    expect(nominatives('лавровой')).toContain('лаврова');
    expect(nominatives('медведевым')).toContain('медведев');
    expect(nominatives('жириновского')).toContain('жириновский');
    expect(nominatives('вишневецкому')).toContain('вишневецкий');
    expect(nominatives('зеленського')).toContain('зеленський');
    expect(nominatives('асланової')).toContain('асланова');
    expect(nominatives('лавровим')).toContain('лавров');
  });

  it('finds given names and -а surnames: Владимира, Олегу, Сергея, Дмитрия, Игоря, Павла, Дерипаски, Дерипаской', () => {
    expect(nominatives('владимира')).toContain('владимир');
    expect(nominatives('олегу')).toContain('олег');
    expect(nominatives('сергея')).toContain('сергей');
    expect(nominatives('дмитрия')).toContain('дмитрий');
    expect(nominatives('игоря')).toContain('игорь');
    expect(nominatives('павла')).toContain('павел');
    expect(nominatives('дерипаски')).toContain('дерипаска');
    expect(nominatives('дерипаской')).toContain('дерипаска');
    expect(nominatives('транснефти')).toContain('транснефть');
  });

  it('finds Ukrainian -а names in the genitive in -и and Ukrainian -ін surnames: Миколи, Валентини, Набіулліної, Путіним', () => {
    expect(nominatives('миколи')).toContain('микола');
    expect(nominatives('валентини')).toContain('валентина');
    expect(nominatives('олени')).toContain('олена');
    expect(nominatives('набіулліної')).toContain('набіулліна');
    expect(nominatives('путіним')).toContain('путін');
  });

  it('finds adjectival surnames in -ой: Толстого, Толстому', () => {
    expect(nominatives('толстого')).toContain('толстой');
    expect(nominatives('толстому')).toContain('толстой');
  });

  it('finds adjectival surnames in -ый and -ий: Чалого, Чалому, Чалым for CHALIY', () => {
    expect(meets('чалого', 'chaliy')).toBe(true);
    expect(meets('чалому', 'chaliy')).toBe(true);
    expect(meets('чалым', 'chaliy')).toBe(true);
    expect(nominatives('чалого')).toContain('чалий');
  });

  it('reads the Ukrainian spelling of the Russian ё and є: Дегтярьов is DEGTYAREV, Соловйов SOLOVYEV, Євген Evgeniy', () => {
    expect(meets('дегтярьов', 'degtyarev')).toBe(true);
    expect(meets('дегтярьова', 'degtyarev')).toBe(true);
    expect(meets('корольов', 'korolev')).toBe(true);
    expect(meets('соловйов', 'solovyev')).toBe(true);
    expect(meets('євген', 'evgeniy')).toBe(true);
    expect(meets('євген', 'yevgeny')).toBe(true);
    // A "йо" after a vowel is its own sound: Майоров is no Mayerov.
    expect(meets('майоров', 'mayerov')).toBe(false);
  });

  it('reads the Ukrainian -ов after ж, ч, ш, щ as the Russian -ёв: Кузьмічов is KUZMICHEV, Горбачов GORBACHEV', () => {
    expect(meets('кузьмічов', 'kuzmichev')).toBe(true);
    expect(meets('кузьмічова', 'kuzmichev')).toBe(true);
    expect(meets('горбачов', 'gorbachev')).toBe(true);
    expect(meets('хрущов', 'khrushchev')).toBe(true);
    // Only in the surname's ending: Шовкун is no Shevkun.
    expect(meets('шовкун', 'shevkun')).toBe(false);
  });

  it('spells лю also lu: Мамлюк is MAMLUK, Людмила Ludmila', () => {
    expect(meets('мамлюк', 'mamluk')).toBe(true);
    expect(meets('людмила', 'ludmila')).toBe(true);
    expect(meets('людмила', 'lyudmila')).toBe(true);
  });

  it('reads a declined Korean syllable of two letters: Ына, Ыну, Ыном are Un', () => {
    for (const w of ['ына', 'ыну', 'ыном']) expect(meets(w, 'un')).toBe(true);
    expect(meets('нама', 'nam')).toBe(true);
  });

  it('reads the Ukrainian dative in -ові of the -о names, -ієві and -ієм of the -ій names, and ц, з for к, г before і', () => {
    expect(nominatives('дмитрові')).toContain('дмитро');
    expect(nominatives('сергієві')).toContain('сергій');
    expect(nominatives('юрієві')).toContain('юрій');
    expect(nominatives('юрієм')).toContain('юрій');
    expect(nominatives('дерипасці')).toContain('дерипаска');
    expect(nominatives('ользі')).toContain('ольга');
    expect(meets('олегові', 'oleg')).toBe(true);
  });

  it("reads Ukrainian Білорус- inside a firm's one-word name as the Russian Белорус-, Беларус-: BELARUSKALI, BELARUSBANK", () => {
    expect(meets('білоруськалій', 'belaruskali')).toBe(true);
    expect(meets('білоруськалієм', 'belaruskali')).toBe(true);
    expect(meets('білорусбанк', 'belarusbank')).toBe(true);
    expect(meets('білоруснафта', 'belorusnafta')).toBe(true);
    // Only at the word's start: a name that has the letters inside is left as it is.
    expect(latinSpellings('кабілорус')).toEqual(['kabilorus']);
  });

  it("reads a Ukrainian stem of a Russian firm's compound name as the Russian one: VNESHEKONOMBANK, SIBUGLEMET", () => {
    expect(meets('зовнішекономбанку', 'vneshekonombank')).toBe(true);
    expect(meets('сібвуглемет', 'sibuglemet')).toBe(true);
    expect(latinSpellings('зовнішній')).toContain('vneshniy');
  });

  it('leaves indeclinable surnames as they are, first', () => {
    for (const w of ['лукашенко', 'медведчук', 'черных', 'шойгу']) expect(nominatives(w)[0]).toBe(w);
    expect(nominatives('лукашенко')).toEqual(['лукашенко']);
  });
});
