import { foldForSearch } from '../domain/journal-filter';
import type { ActivityId, BodyRegionId, SensationId } from '../domain/vocabulary';
import { ARTICLE_LANGUAGES, type ArticleLanguage, type FactorTag, type SectionKind } from './types';

/**
 * The words the guidance is tagged by, per language. Each entry is one concept ("numb", "calf",
 * "held position") with the tags it carries and the words that name it in English and Indonesian.
 *
 * How terms are written:
 * - lower case, without accents: they are compared with `foldForSearch`'d text;
 * - a term is one word or a phrase; it matches whole words only, and hyphens and spaces are the
 *   same ("warm-up" = "warm up");
 * - a word ending in `*` matches any ending ("twitch*": twitch, twitches, twitching). Used only where
 *   every ending means the same thing; otherwise the inflections are listed.
 * - the longest phrase wins where phrases overlap, and it alone decides the tags: "rumah sakit"
 *   (hospital) is not "sakit" (pain), "telapak kaki" (sole) is not "kaki" (leg), "on the other hand"
 *   is not a hand. Entries with no tags exist only to claim such phrases.
 */

export type GuidanceTag =
  | { readonly axis: 'sensations'; readonly id: SensationId }
  | { readonly axis: 'regions'; readonly id: BodyRegionId }
  | { readonly axis: 'activities'; readonly id: ActivityId }
  | { readonly axis: 'factors'; readonly id: FactorTag }
  | { readonly axis: 'kinds'; readonly id: SectionKind };
export type TagAxis = GuidanceTag['axis'];

export interface LexiconEntry {
  /** Names the concept; the same in both languages, so a term can be carried across. */
  readonly concept: string;
  readonly tags: readonly GuidanceTag[];
  readonly terms: Readonly<Record<ArticleLanguage, readonly string[]>>;
}

interface TagSpec {
  readonly sensations?: readonly SensationId[];
  readonly regions?: readonly BodyRegionId[];
  readonly activities?: readonly ActivityId[];
  readonly factors?: readonly FactorTag[];
  readonly kinds?: readonly SectionKind[];
}

/** "numb, numbness, numbed": a list of terms, as written in the lexicon below. */
function list(terms: string): readonly string[] {
  return terms
    .split(',')
    .map((term) => term.trim())
    .filter((term) => term !== '');
}

function entry(concept: string, spec: TagSpec, en: string, id: string): LexiconEntry {
  const tags: GuidanceTag[] = [
    ...(spec.sensations ?? []).map((tagId) => ({ axis: 'sensations' as const, id: tagId })),
    ...(spec.regions ?? []).map((tagId) => ({ axis: 'regions' as const, id: tagId })),
    ...(spec.activities ?? []).map((tagId) => ({ axis: 'activities' as const, id: tagId })),
    ...(spec.factors ?? []).map((tagId) => ({ axis: 'factors' as const, id: tagId })),
    ...(spec.kinds ?? []).map((tagId) => ({ axis: 'kinds' as const, id: tagId })),
  ];
  return { concept, tags, terms: { en: list(en), id: list(id) } };
}

/**
 * "Leg" is not a place on the body map: it is everything from the hip to the ankle, so a section about
 * numb legs is relevant to a numb calf, thigh or shin. The foot is not part of it in English; the
 * Indonesian "kaki" names both leg and foot, so it carries the foot too.
 */
export const LEG_REGIONS = [
  'outer-thigh',
  'thigh',
  'hamstring',
  'knee',
  'below-knee',
  'calf',
] as const satisfies readonly BodyRegionId[];

const CONDITION = { kinds: ['conditions'] } as const satisfies TagSpec;

export const LEXICON: readonly LexiconEntry[] = [
  // Sensations
  entry(
    'numb',
    { sensations: ['numbness'] },
    'numb, numbness, numbed, numbing, numbs, loss of feeling, lose feeling, lost feeling',
    'mati rasa, mati rasanya, kebas, baal, kehilangan rasa',
  ),
  entry(
    'tingle',
    { sensations: ['tingling'] },
    'tingle, tingles, tingling, tingled, tingly, pins and needles, paresthesia*, paraesthesia*',
    'kesemutan, semutan, parestesia',
  ),
  entry(
    'burning',
    { sensations: ['burning'] },
    'burning, burning sensation, burning feeling, burning pain',
    'terbakar, rasa terbakar, sensasi terbakar',
  ),
  entry('twitch', { sensations: ['twitching'] }, 'twitch*, fasciculation*', 'kedut*, berkedut, otot berkedut'),
  entry(
    'cramp',
    { sensations: ['cramp'] },
    'cramp, cramps, cramping, spasm, spasms, charley horse',
    'kram, keram, kejang, kejang otot',
  ),
  entry(
    'sore',
    { sensations: ['soreness'] },
    'sore, soreness, ache, aches, aching, achy, muscle ache*',
    'pegal, pegal pegal, pegel, linu, nyeri otot',
  ),
  entry(
    'pain',
    { sensations: ['pain'] },
    'pain, pains, painful, hurt, hurts, hurting',
    'nyeri, sakit, rasa sakit, sakit parah, sakit kepala',
  ),
  entry(
    'weak',
    { sensations: ['weakness'] },
    'weak, weakness, weakened, loss of strength',
    'lemah, kelemahan, lemas, melemah',
  ),
  entry('stiff', { sensations: ['stiffness'] }, 'stiff, stiffness, stiffened', 'kaku, kekakuan'),
  entry(
    'pale-cold',
    { sensations: ['pallor-coldness'] },
    'pale, pallor, paleness, pale and cold, cold to the touch',
    'pucat, pucat dan dingin',
  ),
  entry(
    'limited-range',
    { sensations: ['limited-range'] },
    'range of motion, range of movement, limited mobility, immobility, restricted movement',
    'rentang gerak, gerak terbatas, imobilitas, menghambat mobilitas',
  ),
  entry(
    'fine-movement',
    { sensations: ['loss-fine-movement'] },
    'small movements, fine movements, fine motor, clumsiness, clumsy',
    'gerakan kecil, gerakan halus, kikuk, canggung',
  ),

  // Places on the body
  entry(
    'hand',
    { regions: ['hand'] },
    'hand, hands, palm, palms, wrist, wrists',
    'tangan, telapak tangan, pergelangan tangan',
  ),
  entry(
    'finger',
    { regions: ['fingers'] },
    'finger, fingers, fingertip*, thumb, thumbs',
    'jari, jari jari, jari tangan, ibu jari, ujung jari',
  ),
  entry(
    'arm',
    { regions: ['forearm'] },
    'forearm, forearms, arm, arms, upper arm',
    'lengan, lengan bawah, lengan atas',
  ),
  entry('neck', { regions: ['neck'] }, 'neck, cervical', 'leher, tulang leher, serviks'),
  entry(
    'lower-back',
    { regions: ['lower-back'] },
    'lower back, low back, lumbar, waist, small of the back, back injury, back muscles',
    'punggung bawah, punggung bagian bawah, pinggang, punggung',
  ),
  entry(
    'back-pain',
    { regions: ['lower-back'], sensations: ['pain'] },
    'back pain, backache, backaches',
    'sakit pinggang, sakit punggung, nyeri punggung, nyeri pinggang',
  ),
  entry('hip', { regions: ['hip'] }, 'hip, hips, pelvis, buttock, buttocks, glute*', 'pinggul, panggul, bokong'),
  entry(
    'outer-thigh',
    { regions: ['outer-thigh'] },
    'outer thigh, outer thighs, outside of the thigh, lateral thigh',
    'paha luar, paha bagian luar, sisi luar paha',
  ),
  entry('thigh', { regions: ['thigh'] }, 'thigh, thighs, quadriceps, quads', 'paha'),
  entry(
    'hamstring',
    { regions: ['hamstring'] },
    'hamstring, hamstrings, back of the thigh',
    'hamstring, paha belakang, paha bagian belakang',
  ),
  entry('knee', { regions: ['knee'] }, 'knee, knees, kneecap*', 'lutut'),
  entry(
    'below-knee',
    { regions: ['below-knee'] },
    'below the knee, below the knees, lower leg, lower legs, shin, shins',
    'di bawah lutut, bawah lutut, tulang kering, tungkai bawah',
  ),
  entry('calf', { regions: ['calf'] }, 'calf, calves, calf muscle*', 'betis'),
  entry('foot', { regions: ['foot'] }, 'foot, feet, ankle, ankles, heel, heels', 'pergelangan kaki, tumit'),
  entry(
    'sole',
    { regions: ['sole'] },
    'soles, sole of the foot, sole of your foot, soles of the feet, soles of your feet, plantar',
    'telapak kaki, telapak, sol',
  ),
  entry('toe', { regions: ['toes'] }, 'toe, toes, big toe', 'jari kaki, ujung jari kaki, jempol kaki'),
  entry(
    'leg',
    { regions: LEG_REGIONS },
    'leg, legs, lower limb, lower limbs, lower extremities',
    'tungkai, anggota gerak bawah',
  ),
  entry('kaki', { regions: [...LEG_REGIONS, 'foot'] }, '', 'kaki'),

  // Exercise
  entry(
    'running',
    { activities: ['running'] },
    'run, runs, running, ran, runner, runners, jog, jogs, jogging, jogger*, sprint*',
    'lari, berlari, pelari, jogging, joging',
  ),
  entry(
    'walking',
    { activities: ['walking'] },
    'walk, walks, walking, brisk walk*',
    'jalan kaki, berjalan, jalan cepat',
  ),
  entry(
    'trail-running',
    { activities: ['trail-running'] },
    'trail running, trail run, trail runs, trail runner*',
    'lari lintas alam, lari trail, trail running',
  ),
  entry(
    'power-hiking',
    { activities: ['power-hiking'] },
    'power hiking, power hike, hiking, hike, hikes',
    'power hiking, mendaki, pendakian, hiking',
  ),
  entry('aerobics', { activities: ['aerobics'] }, 'aerobics, aerobic', 'aerobik, senam aerobik'),
  entry('yoga', { activities: ['yoga'] }, 'yoga, asana, asanas', 'yoga'),
  entry(
    'squat',
    { activities: ['squats-holds'] },
    'squat, squats, squatting, plank, planks, wall sit*',
    'squat, jongkok, berjongkok, plank',
  ),
  entry(
    'held-squat',
    { activities: ['squats-holds'], factors: ['held-positions'] },
    'hold a squat, holding a squat, squat hold*',
    'menahan posisi jongkok, menahan squat',
  ),
  entry(
    'weight-lifting',
    { activities: ['weight-lifting'] },
    'weight lifting, weightlifting, lifting weights, lift weights, heavy weights, weight training, strength training, deadlift*',
    'angkat beban, mengangkat beban, latihan beban',
  ),
  entry(
    'stepper',
    { activities: ['stair-stepper'] },
    'stepper, stair stepper, stair climber, stairmaster, stair walking, stair machine, step machine',
    'stepper, mesin langkah, mesin latihan langkah, mesin tangga',
  ),
  entry(
    'cycling',
    { activities: ['cycling'] },
    'cycling, bike, bikes, biking, bicycle, cyclist, cyclists',
    'bersepeda, sepeda',
  ),
  entry('swimming', { activities: ['swimming'] }, 'swim, swims, swimming, swimmer, swimmers', 'berenang, renang'),

  // Factors the articles name as causes or remedies
  entry(
    'held-position',
    { factors: ['held-positions'] },
    'same position, one position, certain position, uncomfortable position, static position, held position*, long hold*, hold a pose, holding a pose, hold the pose, held pose*',
    'mempertahankan posisi, menahan posisi, posisi yang sama, satu posisi, posisi statis',
  ),
  entry(
    'repeated-movement',
    { factors: ['repeated-movements'] },
    'repeated movement*, repetitive movement*, repetitive motion*, repeated motion*, repetitive',
    'gerakan berulang, gerakan yang berulang, berulang ulang, gerakan repetitif',
  ),
  entry('warm-up', { factors: ['warm-up'] }, 'warm up, warm ups, warming up, warmed up, warmup, warmups', 'pemanasan'),
  entry(
    'stretching',
    { factors: ['stretching'] },
    'stretch, stretches, stretching, stretched',
    'peregangan, perenggangan, meregangkan, regangkan',
  ),
  entry(
    'water',
    { factors: ['water'] },
    'water, hydration, hydrated, dehydration, dehydrated, fluids',
    'minum, minum air, air putih, air minum, dehidrasi, hidrasi, cairan tubuh',
  ),
  entry(
    'electrolytes',
    { factors: ['electrolytes'] },
    'electrolyte, electrolytes, potassium, calcium, sodium, magnesium, sports drink*',
    'elektrolit, kalium, kalsium, natrium, magnesium, minuman isotonik',
  ),
  entry(
    'tight-clothing',
    { factors: ['tight-clothing'] },
    'tight clothing, tight clothes, tight pants, tight trousers, tight pajamas, tight sleeves, tight shoes, tight socks, tight leggings, rings, bracelets',
    'pakaian ketat, celana ketat, baju ketat, sepatu ketat, cincin, gelang',
  ),
  entry(
    'cold',
    { factors: ['cold'] },
    'cold, freeze, freezing, hypothermia, chill, chilly, dress too lightly, dressed too lightly',
    'dingin, kedinginan, hipotermia, cuaca dingin',
  ),
  entry(
    'grip-trainer',
    { factors: ['grip-trainer'] },
    'expander, expanders, grip trainer*, hand gripper*, grip strengthener*',
    'ekspander, alat genggam, handgrip, hand grip',
  ),
  entry(
    'hand-grip-trainer',
    { factors: ['grip-trainer'], regions: ['hand'] },
    'hand expander*, carpal expander*, hand grip, hand grips',
    'ekspander tangan',
  ),
  entry(
    'sitting',
    { factors: ['sitting'] },
    'sedentary, sit for long, sit for a long, sitting for long, sitting for a long, sit a lot, sits a lot, constant sitting, prolonged sitting, long sitting, sitting all day, computer, computers, desk work, desk job, office work, physical inactivity',
    'duduk lama, duduk terlalu lama, terlalu lama duduk, duduk berjam jam, komputer, kurang gerak',
  ),
  entry(
    'sleep-posture',
    { factors: ['sleep-posture'] },
    'pillow, pillows, mattress, sleep posture, sleeping posture, sleep position, sleeping position, posture while sleeping, while sleeping',
    'bantal, kasur, posisi tidur, postur tidur',
  ),
  entry(
    'rest-days',
    { factors: ['rest-days'] },
    'rest day, rest days, day off, days off, recovery day, recovery days, recuperate, time off',
    'hari istirahat, hari pemulihan, libur latihan',
  ),
  entry(
    'massage',
    { factors: ['massage'] },
    'massage, massages, massaged, massaging, masseur, masseuse',
    'pijat, pijatan, dipijat, memijat, urut, diurut',
  ),

  // Conditions the articles name (for reading; the app never diagnoses)
  entry(
    'pinched-nerve',
    CONDITION,
    'pinched nerve, pinched nerves, pinched nerve endings, pinching of the nerve, nerve compression, compressed nerve, compression of the nerve*',
    'saraf terjepit, saraf kejepit, jepitan saraf, saraf dikompresi',
  ),
  entry(
    'herniated-disc',
    CONDITION,
    'herniated disc*, herniated disk*, disc herniation, disk herniation, slipped disc, bulging disc, intervertebral disc*',
    'disk herniasi, diskus herniasi, hernia diskus, herniasi diskus, hernia nukleus pulposus',
  ),
  entry(
    'lumbar-disc',
    { ...CONDITION, regions: ['lower-back'] },
    'lumbar disc*, lumbar disk*, lumbar disc herniation',
    'hernia lumbal, diskus lumbal',
  ),
  entry(
    'meralgia-paresthetica',
    { ...CONDITION, regions: ['outer-thigh'] },
    'meralgia paresthetica, meralgia, bernhardt roth, bernhardt roth syndrome',
    'meralgia paresthetica, meralgia, sindrom bernhardt roth, bernhardt roth',
  ),
  entry(
    'tarsal-tunnel',
    { ...CONDITION, regions: ['sole'] },
    'tarsal tunnel, tarsal tunnel syndrome',
    'terowongan tarsal, sindrom terowongan tarsal',
  ),
  entry(
    'stepper-feet',
    { ...CONDITION, regions: ['foot'], activities: ['stair-stepper'] },
    'stepper feet, stepper foot',
    'kaki stepper',
  ),
  entry(
    'peripheral-artery-disease',
    CONDITION,
    'peripheral artery disease, peripheral arterial disease, pad',
    'penyakit arteri perifer, pad',
  ),
  entry(
    'carpal-tunnel',
    { ...CONDITION, regions: ['hand'] },
    'carpal tunnel, carpal tunnel syndrome, tunnel carpal syndrome',
    'terowongan karpal, sindrom terowongan karpal, carpal tunnel',
  ),
  entry('osteochondrosis', CONDITION, 'osteochondrosis, osteophytes', 'osteokondrosis, osteofit'),
  entry(
    'cervical-osteochondrosis',
    { ...CONDITION, regions: ['neck'] },
    'cervical osteochondrosis',
    'osteokondrosis serviks',
  ),
  entry('diabetes', CONDITION, 'diabetes, diabetic', 'diabetes, kencing manis'),
  entry('anemia', CONDITION, 'anemia, anaemia, anemic', 'anemia, kurang darah'),
  entry('thyroid', CONDITION, 'thyroid', 'tiroid'),
  entry(
    'vitamin-deficiency',
    CONDITION,
    'vitamin b, vitamin b12, lack of vitamins, vitamin deficiency, nutrient deficienc*',
    'vitamin b, vitamin b12, kekurangan vitamin, defisiensi vitamin, kekurangan nutrisi',
  ),
  entry(
    'medication-effects',
    CONDITION,
    'certain medications, side effect*, medication side effect*',
    'efek samping obat, obat obatan tertentu',
  ),
  entry(
    'stroke',
    CONDITION,
    'stroke, strokes, micro stroke, mini stroke, ministroke, circulation of the brain, blood flow to the brain, circulatory disorders of the brain',
    'stroke, stroke ringan, gangguan peredaran darah otak',
  ),
  entry(
    'heart-disease',
    CONDITION,
    'myocardial ischemia, ischemia, ischaemia, heart disease, heart attack, cardiovascular disease, disease of the cardiovascular system',
    'iskemia miokard, penyakit jantung, serangan jantung, penyakit kardiovaskular',
  ),
  entry(
    'als',
    CONDITION,
    'als, amyotrophic lateral sclerosis, motor neuron disease',
    'als, sklerosis lateral amiotrofik',
  ),
  entry('sciatica', CONDITION, 'sciatica', 'skiatika, linu panggul'),
  entry('neuropathy', CONDITION, 'neuropathy, peripheral neuropathy, neuritis', 'neuropati, neuritis'),

  // Phrases that contain a tagged word but mean something else
  entry(
    'not-a-tag',
    {},
    'on the other hand, on one hand, hand in hand, at hand, first hand, second hand, in the long run, sore throat, burn calories, burning calories, burn fat, burning fat, cold sweat, common cold',
    'rumah sakit, membakar kalori, membakar lemak, diet ketat',
  ),
];

/**
 * Words that say what a section is for. Headings are strong evidence ("Causes", "Pencegahan");
 * body text only decides where the heading says nothing, and needs several cues (see tagging.ts).
 */
export interface KindCues {
  readonly heading: Readonly<Record<SectionKind, readonly string[]>>;
  /** Cues counted in body text for the two kinds a heading usually names. */
  readonly body: Readonly<Record<'causes' | 'self-care', readonly string[]>>;
  /** Verbs that, opening a sentence, make it an instruction ("Check your pillow…"): self-care cues. */
  readonly imperatives: readonly string[];
  /** One of these in the body is enough for a warning sign: it sends the reader to a doctor. */
  readonly seekCare: readonly string[];
  /** A sentence naming a doctor together with a condition ("if it persists") is a warning too. */
  readonly medical: readonly string[];
  readonly conditional: readonly string[];
}

export const KIND_CUES: Readonly<Record<ArticleLanguage, KindCues>> = {
  en: {
    heading: {
      causes: list('cause, causes, caused, causing, why, reason, reasons, trigger*, culprit*, risk factors'),
      'self-care': list(
        'treatment*, treat, treating, prevent, preventing, prevention, avoid, avoiding, solving, solve, solution*, deal with, cope, coping, relief, relieve*, remed*, what to do, tips, self care, home care, manage, managing, management, get rid, help, helps, what helps',
      ),
      'warning-signs': list(
        'doctor, when to call, when to see, is this a problem, is it dangerous, is it serious, dangerous, danger, warning*, signs, red flags, emergency, risk, risks',
      ),
      conditions: list('condition, conditions, underlying, diagnosis, diseases, disorders'),
    },
    body: {
      causes: list(
        'cause, causes, caused, causing, due to, because, results in, resulting in, leads to, lead to, leading to, provoke*, trigger*, contribute to, contributes to, responsible for, reason, reasons, culprit*',
      ),
      'self-care': list(
        'you can, you need to, you should, make sure, avoid, prevent, take breaks, taking breaks, take a break, it is worth, will help, helps, try, reduce, reducing, loosen, relax',
      ),
    },
    imperatives: list(
      "avoid, check, drink, stretch, take, try, stop, rest, lie, loosen, remove, massage, warm up, include, limit, tilt, use, wear, keep, make sure, change, replace, reduce, perform, eat, move, raise, never neglect, do not, don't, remember",
    ),
    seekCare: list(
      'seek medical, medical attention, medical care, medical help, see a doctor, see your doctor, call your doctor, call the doctor, visit a doctor, consult a doctor, go to the doctor, going to the doctor, examined by a doctor, contact a specialist, emergency',
    ),
    medical: list('doctor, doctors, physician, medical, hospital, specialist, neurologist, clinic'),
    conditional: list('if, unless, persist*, worse, worsen*, immediately, right away, seek'),
  },
  id: {
    heading: {
      causes: list('penyebab, sebab, disebabkan, mengapa, kenapa, pemicu, faktor risiko'),
      'self-care': list(
        'hentikan, berhenti, pengobatan, perawatan, mengobati, obati, mengatasi, atasi, cegah, mencegah, pencegahan, hindari, menghindari, tips, cara, solusi, penanganan, pertolongan pertama, meredakan, membantu',
      ),
      'warning-signs': list(
        'dokter, peringatan, risiko, bahaya, berbahaya, tanda bahaya, kapan harus, waspada, darurat',
      ),
      conditions: list('kondisi, mendasari, penyakit, diagnosis, gangguan'),
    },
    body: {
      causes: list('sebab, penyebab, disebabkan, menyebabkan, karena, akibat, mengakibatkan, memicu, dipicu'),
      'self-care': list(
        'hindari, hentikan, longgarkan, lepaskan, cobalah, sebaiknya, lakukan, pastikan, membantu, istirahat, berbaringlah',
      ),
    },
    imperatives: list(
      'hindari, hentikan, longgarkan, lepaskan, berbaringlah, cobalah, minumlah, lakukan, gunakan, kurangi, istirahatlah, pastikan, kenakan, jangan',
    ),
    seekCare: list(
      'pertolongan medis, perhatian medis, bantuan medis, kunjungi dokter, ke dokter, periksakan, gawat darurat, igd, konsultasikan',
    ),
    medical: list('dokter, medis, rumah sakit, spesialis'),
    conditional: list('jika, bila, apabila, segera, menetap, memburuk, lebih buruk, lebih serius'),
  },
};

// ---------------------------------------------------------------------------------------------
// Matching

/** Words of folded text: letters and digits; everything else (spaces, hyphens, apostrophes) splits. */
export function wordsOf(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

interface CompiledTerm<T> {
  readonly words: readonly string[];
  readonly value: T;
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

export interface PhraseMatch<T> {
  readonly value: T;
  /** Index of the first word in the text's words. */
  readonly start: number;
  readonly length: number;
}

function fitsAt<T>(term: CompiledTerm<T>, words: readonly string[], index: number): boolean {
  for (let offset = 0; offset < term.words.length; offset += 1) {
    const word = words[index + offset];
    if (word === undefined || !wordMatches(term.words[offset] as string, word)) return false;
  }
  return true;
}

/** The longest of `candidates` that fits the words at `index`, if longer than `best`. */
function longestAt<T>(
  candidates: readonly CompiledTerm<T>[] | undefined,
  words: readonly string[],
  index: number,
  best: CompiledTerm<T> | undefined,
): CompiledTerm<T> | undefined {
  let longest = best;
  for (const candidate of candidates ?? []) {
    if ((longest === undefined || candidate.words.length > longest.words.length) && fitsAt(candidate, words, index)) {
      longest = candidate;
    }
  }
  return longest;
}

/** Stems are indexed by this many leading letters; every stem in the lexicon is at least this long. */
const STEM_KEY_LENGTH = 3;

/**
 * Finds phrases in text, longest first, each word of the text used at most once. Phrases are indexed
 * by their first word, or by its first letters when that word is a stem.
 */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, CompiledTerm<T>[]>();
  private readonly byStemStart = new Map<string, CompiledTerm<T>[]>();

  constructor(terms: Iterable<readonly [term: string, value: T]>) {
    for (const [term, value] of terms) {
      const words = term.split(/[\s-]+/).flatMap((piece) => {
        const stem = piece.endsWith('*');
        const pieceWords = wordsOf(stem ? piece.slice(0, -1) : piece);
        return stem
          ? pieceWords.map((word, index) => (index === pieceWords.length - 1 ? `${word}*` : word))
          : pieceWords;
      });
      const first = words[0];
      if (first === undefined) continue;
      const stem = first.endsWith('*');
      if (stem && first.length - 1 < STEM_KEY_LENGTH) throw new Error(`Stem too short to index: ${term}`);
      const index = stem ? this.byStemStart : this.byFirstWord;
      const key = stem ? first.slice(0, STEM_KEY_LENGTH) : first;
      index.set(key, [...(index.get(key) ?? []), { words, value }]);
    }
  }

  /** Matches in the order they occur. */
  matchWords(words: readonly string[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let index = 0;
    while (index < words.length) {
      const word = words[index] as string;
      let best = longestAt(this.byFirstWord.get(word), words, index, undefined);
      if (word.length >= STEM_KEY_LENGTH) {
        best = longestAt(this.byStemStart.get(word.slice(0, STEM_KEY_LENGTH)), words, index, best);
      }
      if (best === undefined) {
        index += 1;
      } else {
        matches.push({ value: best.value, start: index, length: best.words.length });
        index += best.words.length;
      }
    }
    return matches;
  }

  match(text: string): PhraseMatch<T>[] {
    return this.matchWords(wordsOf(text));
  }
}

const lexiconMatchers = new Map<ArticleLanguage, PhraseMatcher<LexiconEntry>>();

/** The lexicon of one language as a matcher; built once, on first use. */
export function lexiconMatcher(language: ArticleLanguage): PhraseMatcher<LexiconEntry> {
  let matcher = lexiconMatchers.get(language);
  if (matcher === undefined) {
    matcher = new PhraseMatcher(LEXICON.flatMap((item) => item.terms[language].map((term) => [term, item] as const)));
    lexiconMatchers.set(language, matcher);
  }
  return matcher;
}

// ---------------------------------------------------------------------------------------------
// Lookups for search and linking

export function sameTag(a: GuidanceTag, b: GuidanceTag): boolean {
  return a.axis === b.axis && a.id === b.id;
}

/** "regions:calf": a tag as one string, for maps and sets. */
export function tagKey(tag: GuidanceTag): string {
  return `${tag.axis}:${tag.id}`;
}

function uniqueTags(tags: Iterable<GuidanceTag>): GuidanceTag[] {
  const byKey = new Map<string, GuidanceTag>();
  for (const tag of tags) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag);
  return [...byKey.values()];
}

/** The tags the words of `term` carry in `language` ("betis" → calf; "numb calves" → numbness, calf). */
export function tagsForTerm(term: string, language: ArticleLanguage): GuidanceTag[] {
  return uniqueTags(
    lexiconMatcher(language)
      .match(term)
      .flatMap((found) => found.value.tags),
  );
}

/**
 * Every term that carries `tag`, in one language or both. Stems are given without their `*`, which
 * suits a search engine's prefix matching.
 */
export function termsForTag(tag: GuidanceTag, language?: ArticleLanguage): string[] {
  const languages = language === undefined ? ARTICLE_LANGUAGES : [language];
  const terms = LEXICON.filter((item) => item.tags.some((other) => sameTag(other, tag))).flatMap((item) =>
    languages.flatMap((lang) => item.terms[lang]),
  );
  return [...new Set(terms.map((term) => term.replace(/\*$/, '')))];
}

/**
 * The other language's words for what `term` means, to widen a search: the same concept's words where
 * the lexicon has them ("mati rasa" → numb, numbness, …), otherwise the words for the same tags
 * ("kaki" → leg, calf, foot, …). Section kinds are left out: "diabetes" should not find every condition.
 */
export function crossLanguageTerms(term: string, from: ArticleLanguage): string[] {
  const to: ArticleLanguage = from === 'en' ? 'id' : 'en';
  // Phrases claimed only to keep them untagged ("on the other hand") mean nothing to carry across.
  const found = lexiconMatcher(from)
    .match(term)
    .map((match) => match.value)
    .filter((item) => item.tags.length > 0);
  const terms = found.flatMap((item) => {
    if (item.terms[to].length > 0) return item.terms[to];
    return item.tags.filter((tag) => tag.axis !== 'kinds').flatMap((tag) => termsForTag(tag, to));
  });
  return [...new Set(terms.map((t) => t.replace(/\*$/, '')))];
}
