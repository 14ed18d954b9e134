// The words Spanish news translates bodies' and firms' names with ("Universidad de Automatización de Piongyang" for
// PYONGYANG UNIVERSITY OF AUTOMATION, "Oficina de Reconocimiento Técnico" for TECHNICAL RECONNAISSANCE BUREAU), each
// read as its English word: the words of kind and of trade that the listed organizations' names use most (counted
// over the dataset's organizations, as lib/names/org-glossary.ts was for Russian), no brands and no places.
// lib/match/translated-names.ts reads a name made of them whatever its order; a name of words of kind only stays
// out (its guard). Words are held accent-folded and in lower case, in the singular (an adjective in the masculine).
// A country's adjective is a word of kind (IRANIAN of NATIONAL IRANIAN OIL COMPANY, "Petrolera Iraní"), and an
// ordinal an adjective that goes before its noun ("Segunda Academia de Ciencias Naturales"), so it may begin a name.
// "Militar" is the lists' MUNITIONS too: Spanish says "industria militar" for a munitions industry (North Korea's
// MUNITIONS INDUSTRY DEPARTMENT, "Departamento de Industria Militar").

type Kind = 'adj' | 'noun' | 'ordinal';

/** [English word(s), Spanish words, adjective or noun, a mere word of kind]. The first English word is the one read. */
const ENTRIES: readonly [string, string, Kind, boolean][] = [
  ['bank', 'banco', 'noun', true],
  ['company', 'compania empresa', 'noun', true],
  ['corporation', 'corporacion', 'noun', true],
  ['group', 'grupo', 'noun', true],
  ['holding', 'holding', 'noun', true],
  ['association', 'asociacion', 'noun', true],
  ['plant', 'planta', 'noun', true],
  ['factory', 'fabrica', 'noun', true],
  ['institute', 'instituto', 'noun', true],
  ['center centre', 'centro', 'noun', true],
  ['bureau office', 'oficina buro', 'noun', true],
  ['academy', 'academia', 'noun', true],
  ['fund foundation', 'fondo fundacion', 'noun', true],
  ['system', 'sistema', 'noun', true],
  ['union', 'union', 'noun', true],
  ['commission', 'comision', 'noun', true],
  ['committee', 'comite', 'noun', true],
  ['council', 'consejo', 'noun', true],
  ['republic', 'republica', 'noun', true],
  ['house', 'casa', 'noun', true],
  ['university', 'universidad', 'noun', true],
  ['agency', 'agencia', 'noun', true],
  ['ministry', 'ministerio', 'noun', true],
  ['directorate department administration', 'direccion departamento administracion', 'noun', true],
  ['service', 'servicio', 'noun', true],
  ['unit', 'unidad', 'noun', true],
  ['army', 'ejercito', 'noun', false],
  ['brigade brigades', 'brigada', 'noun', false],
  ['force forces', 'fuerza', 'noun', false],
  ['police', 'policia', 'noun', false],
  ['movement', 'movimiento', 'noun', false],
  ['development', 'desarrollo', 'noun', false],
  ['research', 'investigacion investigaciones', 'noun', false],
  ['reconnaissance intelligence', 'reconocimiento inteligencia', 'noun', false],
  ['automation', 'automatizacion', 'noun', false],
  ['security', 'seguridad', 'noun', false],
  ['cooperation', 'cooperacion', 'noun', false],
  ['technology', 'tecnologia', 'noun', false],
  ['science sciences', 'ciencia', 'noun', false],
  ['engineering', 'ingenieria', 'noun', false],
  ['construction', 'construccion', 'noun', false],
  ['investment investments', 'inversion', 'noun', false],
  ['trade trading', 'comercio', 'noun', false],
  ['energy', 'energia', 'noun', false],
  ['oil', 'petroleo', 'noun', false],
  ['gas', 'gas', 'noun', false],
  ['mining', 'mineria', 'noun', false],
  ['export', 'exportacion', 'noun', false],
  ['import', 'importacion', 'noun', false],
  ['production', 'produccion', 'noun', false],
  ['shipping', 'naviera', 'noun', false],
  ['transportation transport', 'transporte', 'noun', false],
  ['aviation', 'aviacion', 'noun', false],
  // The arms the lists' makers and units are named for (MINISTRY OF ROCKET INDUSTRY, TACTICAL MISSILES CORPORATION,
  // STRATEGIC ROCKET FORCE): "Ministerio de Industria de Cohetes", "Corporación de Misiles Tácticos".
  ['rocket rockets', 'cohete', 'noun', false],
  ['missile missiles', 'misil', 'noun', false],
  ['insurance', 'seguro', 'noun', false],
  ['vehicle vehicles', 'vehiculo', 'noun', false],
  ['guard guards guardians', 'guardia guardian', 'noun', false],
  ['corps', 'cuerpo', 'noun', true],
  ['revolution revolutionary', 'revolucion', 'noun', false],
  ['industry industries industrial', 'industria', 'noun', false],
  ['affairs', 'asuntos', 'noun', false],
  ['youth', 'juventud', 'noun', false],
  // Estado is a noun, which may begin a name ("Estado Islámico": ISLAMIC STATE); estatal its adjective.
  ['state', 'estatal', 'adj', true],
  ['state', 'estado', 'noun', true],
  ['federal', 'federal', 'adj', true],
  ['national', 'nacional', 'adj', true],
  ['international', 'internacional', 'adj', true],
  ['central', 'central', 'adj', true],
  ['main general', 'general principal', 'adj', true],
  ['special', 'especial', 'adj', true],
  ['public social', 'publico social', 'adj', true],
  ['peoples', 'popular', 'adj', true],
  ['united', 'unido', 'adj', true],
  ['internal', 'interior interno', 'adj', false],
  ['technical', 'tecnico', 'adj', false],
  ['technology technological', 'tecnologico', 'adj', false],
  ['scientific', 'cientifico', 'adj', false],
  ['military munitions', 'militar', 'adj', false],
  ['commercial', 'comercial', 'adj', false],
  ['industry industries industrial', 'industrial', 'adj', false],
  ['agricultural agriculture', 'agricola agropecuario', 'adj', false],
  ['rural', 'rural', 'adj', false],
  ['urban', 'urbano', 'adj', false],
  ['islamic', 'islamico', 'adj', false],
  ['revolution revolutionary', 'revolucionario', 'adj', false],
  ['electronic electronics', 'electronico', 'adj', false],
  ['financial', 'financiero', 'adj', false],
  ['naval marine maritime', 'naval maritimo', 'adj', false],
  ['nuclear', 'nuclear', 'adj', false],
  ['petrochemical', 'petroquimico', 'adj', false],
  ['oil', 'petrolero', 'adj', false],
  ['administrative', 'administrativo', 'adj', false],
  ['tactical', 'tactico', 'adj', false],
  ['strategic', 'estrategico', 'adj', false],
  ['natural', 'natural', 'adj', false],
  ['private', 'privado', 'adj', false],
  ['iranian', 'irani', 'adj', true],
  ['russian', 'ruso', 'adj', true],
  ['syrian', 'sirio', 'adj', true],
  ['korean', 'coreano norcoreano', 'adj', true],
  ['iraqi', 'iraqui', 'adj', true],
  ['cuban', 'cubano', 'adj', true],
  ['venezuelan', 'venezolano', 'adj', true],
  ['first', 'primero primer', 'ordinal', false],
  ['second', 'segundo', 'ordinal', false],
  ['third', 'tercero tercer', 'ordinal', false],
  ['fourth', 'cuarto', 'ordinal', false],
  ['fifth', 'quinto', 'ordinal', false],
];

/** The Spanish words of each entry, by every form: a noun singular and plural, an adjective in each gender and number. */
interface SpanishWord {
  english: string;
  /** Every English word of the entry: its renderings. */
  englishWords: readonly string[];
  generic: boolean;
  /** A noun, or an ordinal before one: a word that may begin a name. */
  noun: boolean;
}

let forms: Map<string, SpanishWord> | undefined;
function formTable(): Map<string, SpanishWord> {
  if (!forms) {
    forms = new Map();
    for (const [english, spanish, kind, generic] of ENTRIES) {
      const value = { english: english.split(' ')[0], englishWords: english.split(' '), generic, noun: kind !== 'adj' };
      for (const w of spanish.split(' ')) {
        const all = kind !== 'noun' && w.endsWith('o') ? ['o', 'a', 'os', 'as'].map((e) => w.slice(0, -1) + e) : [w, w + (/[aeou]$/.test(w) ? 's' : 'es')];
        for (const f of all) if (!forms.has(f)) forms.set(f, value);
      }
    }
  }
  return forms;
}

/**
 * The English word a Spanish word of a body's name stands for (lower case, accents folded), whether it is a mere
 * word of kind, and whether a noun (a Spanish name begins with its noun: "Oficina de Reconocimiento Técnico").
 */
export function spanishGlossaryWord(folded: string): SpanishWord | undefined {
  return formTable().get(folded);
}

/** The English words of the table, each with its entry's first. */
export function spanishGlossaryEnglish(): [string, string][] {
  return ENTRIES.flatMap(([english]) => english.split(' ').map((w): [string, string] => [w, english.split(' ')[0]]));
}

/** The table's nouns and ordinals, as held (a Spanish name begins with one): for the scan's first test of a word. */
export function spanishGlossaryNouns(): string[] {
  return ENTRIES.filter(([, , kind]) => kind !== 'adj').flatMap(([, spanish]) => spanish.split(' '));
}
