// Places and institutions named after famous historical and religious figures, for the namesake stress test
// (eval.ts): mosques, schools, streets, hospitals, squares, quarters and brigades carry the names of the Prophet's
// companions, conquerors and scholars across the Arab and Muslim world ("مسجد خالد بن الوليد", "the Khalid bin Walid
// mosque"), and so do many living men, some of them listed ("WALEED, Khalid"; "AYUBI, Salahuddin"; "KHATTAB, Omar").
// A mosque or a street is nobody on a list. The figures' Arabic names are as Arabic writes them; the Latin forms are
// those English- and Spanish-language news use (Wikipedia's article titles and the spellings of places named after
// them: "Salahuddin Ayubi Road", "mezquita Omar Ibn al Jattab").

interface Figure {
  arabic: string;
  latin: string[];
  /** A brigade or army of this name is itself a listed group (AMMAR IBN YASIR BRIGADE of HARAKAT AL-NUJABA;
   * KHALID IBN AL-WALID ARMY; the Qassam Brigades of HAMAS): no brigade sentence, which would name the group. */
  listedBrigade?: boolean;
}

const FIGURES: readonly Figure[] = [
  { arabic: 'خالد بن الوليد', latin: ['Khalid bin Walid', 'Khalid ibn al-Walid', 'Jalid ibn al Walid'], listedBrigade: true },
  { arabic: 'صلاح الدين الأيوبي', latin: ['Salahuddin Ayubi', 'Salah al-Din al-Ayyubi', 'Saladino'] },
  { arabic: 'عمر بن الخطاب', latin: ['Omar bin Khattab', 'Umar ibn al-Khattab', 'Omar Ibn al Jattab'] },
  { arabic: 'علي بن أبي طالب', latin: ['Ali ibn Abi Talib', 'Ali bin Abi Talib'] },
  { arabic: 'حمزة بن عبد المطلب', latin: ['Hamza ibn Abd al-Muttalib', 'Hamza bin Abdul Muttalib'] },
  { arabic: 'عقبة بن نافع', latin: ['Uqba ibn Nafi', 'Oqba Ibn Nafaa'] },
  { arabic: 'طارق بن زياد', latin: ['Tariq ibn Ziyad', 'Tarik Ben Ziyad', 'Tariq bin Ziad'] },
  { arabic: 'أبو بكر الصديق', latin: ['Abu Bakr al-Siddiq', 'Abu Bakr Siddique'] },
  { arabic: 'عثمان بن عفان', latin: ['Uthman ibn Affan', 'Osman bin Affan'] },
  { arabic: 'سعد بن أبي وقاص', latin: ["Sa'ad ibn Abi Waqqas", 'Saad bin Abi Waqas'] },
  { arabic: 'أبو عبيدة بن الجراح', latin: ['Abu Ubayda ibn al-Jarrah', 'Abu Obaida'] },
  { arabic: 'مصعب بن عمير', latin: ["Mus'ab ibn Umayr", 'Musab bin Umair'] },
  { arabic: 'ابن تيمية', latin: ['Ibn Taymiyya', 'Ibn Taymiyyah'] },
  { arabic: 'ابن خلدون', latin: ['Ibn Khaldun', 'Ibn Jaldún'] },
  { arabic: 'ابن سينا', latin: ['Ibn Sina', 'Avicena'] },
  { arabic: 'الفارابي', latin: ['al-Farabi'] },
  { arabic: 'ابن رشد', latin: ['Ibn Rushd', 'Averroes'] },
  { arabic: 'الحسين بن علي', latin: ['Hussein ibn Ali', 'Imam Hussein'] },
  { arabic: 'الحسن بن علي', latin: ['Hasan ibn Ali', 'Imam Hassan'] },
  { arabic: 'بلال بن رباح', latin: ['Bilal ibn Rabah', 'Bilal bin Rabah'] },
  { arabic: 'معاذ بن جبل', latin: ["Mu'adh ibn Jabal", 'Muaz bin Jabal'] },
  { arabic: 'أسامة بن زيد', latin: ['Usama ibn Zayd', 'Osama bin Zaid'] },
  { arabic: 'زيد بن حارثة', latin: ['Zayd ibn Haritha', 'Zaid bin Haris'] },
  { arabic: 'جعفر الطيار', latin: ['Jafar al-Tayyar', "Ja'far ibn Abi Talib"] },
  { arabic: 'عبد الله بن عباس', latin: ['Abdullah ibn Abbas', 'Ibn Abbas'] },
  { arabic: 'عمار بن ياسر', latin: ['Ammar ibn Yasir', 'Ammar bin Yasser'], listedBrigade: true },
  { arabic: 'الزبير بن العوام', latin: ['al-Zubayr ibn al-Awwam', 'Zubair bin Awwam'] },
  { arabic: 'عبد الرحمن بن عوف', latin: ['Abd al-Rahman ibn Awf', 'Abdul Rahman bin Auf'] },
  { arabic: 'أبو ذر الغفاري', latin: ['Abu Dharr al-Ghifari', 'Abu Zar Ghaffari'] },
  { arabic: 'سلمان الفارسي', latin: ['Salman al-Farsi', 'Salman Farsi'] },
  { arabic: 'عمر المختار', latin: ['Omar al-Mukhtar', 'Omar Mukhtar'] },
  { arabic: 'عبد القادر الجزائري', latin: ['Emir Abdelkader', 'Abd al-Qadir al-Jazairi'] },
  { arabic: 'عبد الرحمن الداخل', latin: ['Abd al-Rahman al-Dakhil', 'Abderramán I'] },
  { arabic: 'هارون الرشيد', latin: ['Harun al-Rashid', 'Haroun al-Rashid'] },
  { arabic: 'الإمام الشافعي', latin: ['Imam al-Shafi’i', 'Imam Shafi'] },
  { arabic: 'أبو حنيفة النعمان', latin: ['Abu Hanifa', 'Abu Hanifa al-Numan'] },
  { arabic: 'أحمد بن حنبل', latin: ['Ahmad ibn Hanbal', 'Ahmed bin Hanbal'] },
  { arabic: 'الإمام البخاري', latin: ['Imam Bukhari', 'al-Bukhari'] },
  { arabic: 'محمد الفاتح', latin: ['Muhammad al-Fatih', 'Mehmed the Conqueror'] },
  { arabic: 'يوسف بن تاشفين', latin: ['Yusuf ibn Tashfin', 'Youssef Ben Tachfine'] },
  { arabic: 'نور الدين زنكي', latin: ['Nur al-Din Zangi', 'Nureddin Zengi'] },
  { arabic: 'عز الدين القسام', latin: ['Izz ad-Din al-Qassam', 'Ezzedine al-Qassam'], listedBrigade: true },
  { arabic: 'جمال عبد الناصر', latin: ['Gamal Abdel Nasser', 'Gamal Abdel Naser'] },
  { arabic: 'الملك فيصل', latin: ['King Faisal', 'rey Faisal'] },
  { arabic: 'زايد بن سلطان', latin: ['Zayed bin Sultan', 'Sheikh Zayed'] },
];

const CITIES_AR = ['حمص', 'دمشق', 'الموصل', 'بغداد', 'القاهرة', 'عمان', 'طرابلس', 'الرياض', 'صنعاء', 'الخرطوم', 'تونس', 'الدار البيضاء', 'كراتشي', 'لاهور'];
const CITIES_LATIN = ['Homs', 'Damascus', 'Mosul', 'Baghdad', 'Cairo', 'Amman', 'Tripoli', 'Riyadh', 'Sanaa', 'Khartoum', 'Tunis', 'Casablanca', 'Karachi', 'Lahore'];

/** Arabic sentences: the place's word of kind right before the figure's name (as Arabic writes "the mosque of X"). */
type Frame = (name: string, city: string) => string;
const BRIGADE_AR: Frame = (n, c) => `شارك لواء ${n} في العرض العسكري في ${c}.`;
const BRIGADE_LATIN: Frame = (n, c) => `The ${n} Brigade paraded through ${c} on the anniversary.`;
const ARABIC: readonly Frame[] = [
  (n, c) => `صلى المصلون الجمعة في مسجد ${n} في ${c}.`,
  (n, c) => `أدى آلاف المصلين صلاة العيد في جامع ${n} وسط ${c}.`,
  (n, c) => `افتتحت مدرسة ${n} الابتدائية في ${c} أبوابها للطلاب.`,
  (n, c) => `قال مدير مدرسة ${n} في ${c} إن العام الدراسي بدأ بشكل طبيعي.`,
  (n, c) => `أغلقت البلدية شارع ${n} في ${c} لأعمال الصيانة.`,
  (n, c) => `استقبل مستشفى ${n} في ${c} عشرات المرضى أمس.`,
  (n, c) => `تجمع الأهالي في ساحة ${n} في ${c} للاحتفال بالعيد.`,
  (n, c) => `يشكو سكان حي ${n} في ${c} من انقطاع المياه.`,
  (n, c) => `نظمت جامعة ${n} في ${c} معرضا للكتاب.`,
  BRIGADE_AR,
  (n, c) => `يقع ميدان ${n} قرب السوق القديم في ${c}.`,
  (n, c) => `وصل الوفد إلى ${c} وزار مسجد ${n} ومدرسة ${n}.`,
];

/** English and Spanish sentences, the word of kind before or after the name as each language writes it. */
const LATIN: readonly Frame[] = [
  (n, c) => `Worshippers filled the ${n} Mosque in ${c} for Friday prayers.`,
  (n, c) => `Students at the ${n} school in ${c} celebrated their results.`,
  (n, c) => `Traffic was diverted from ${n} Street in ${c} on Sunday.`,
  (n, c) => `Doctors at ${n} Hospital in ${c} said the wards were full.`,
  (n, c) => `Crowds gathered in ${n} Square in ${c} after the match.`,
  BRIGADE_LATIN,
  (n, c) => `Los fieles llenaron la mezquita ${n} de ${c} el viernes.`,
  (n, c) => `El tráfico se cortó en la calle ${n} de ${c} por obras.`,
  (n, c) => `El hospital ${n} de ${c} amplió su servicio de urgencias.`,
  (n, c) => `Los alumnos del colegio ${n} de ${c} visitaron el museo.`,
];

/** One sentence a block: each figure's Arabic name in every Arabic frame, and each Latin form in every Latin frame. */
export function namedAfterFigureBlocks(): { blocks: string[]; figures: number } {
  const blocks: string[] = [];
  let k = 0;
  for (const f of FIGURES) {
    const brigade = (frame: Frame) => !f.listedBrigade || (frame !== BRIGADE_AR && frame !== BRIGADE_LATIN);
    for (const frame of ARABIC.filter(brigade)) blocks.push(frame(f.arabic, CITIES_AR[k++ % CITIES_AR.length]));
    for (const name of f.latin) for (const frame of LATIN.filter(brigade)) blocks.push(frame(name, CITIES_LATIN[k++ % CITIES_LATIN.length]));
  }
  return { blocks, figures: FIGURES.length };
}
