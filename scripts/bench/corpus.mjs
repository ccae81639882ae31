// A synthetic, deterministic corpus of Swedish articles for the benchmark: same seed and count,
// byte-identical files, so two runs (or two machines) build exactly the same site. The articles
// use everything CONTENT.md lets editors write (subheadings, both kinds of lists, bold lead-ins,
// links in and out, <LasMer>, <Faktaruta>, <Citat>) and must pass `npm run check:content`.
import fs from 'node:fs';
import path from 'node:path';
// The app's own rules, not copies: the benchmark runs under tsx (package.json's `bench`) to import them.
import { stockholmIsoDateTime, stockholmWallTime } from '../../lib/dates.ts';
import { slugify } from '../../lib/routing/slug.ts';

/** The seed `npm run bench` uses; the unit test passes others. */
export const DEFAULT_SEED = 20180308;

/** The only author: content/skribenter/johan-genneby.mdx, copied next to the articles. */
export const AUTHOR = 'johan-genneby';

// Dates spread over ten whole years, all in the past, so every article is published whenever
// the benchmark runs (a future date would schedule it and shrink the site).
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY_MS = 86_400_000;

// Word count of a body: uneven like real writing, 250 to about 1,200, about 600 on average.
const MIN_WORDS = 250;
const MODE_WORDS = 300;
const MAX_WORDS = 1150; // plus the last block's overshoot: about 1,200 at most

/** Mulberry32: tiny, fast and good enough to vary text; Math.random cannot be seeded. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    /** @template T @param {readonly T[]} list @returns {T} */
    pick: (list) => list[Math.floor(next() * list.length)],
    /** `count` different items, in random order. @template T @param {readonly T[]} list @returns {T[]} */
    sample: (list, count) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
    /** Triangular distribution: a simple skewed spread with a hard minimum and maximum. */
    triangular: (min, mode, max) => {
      const u = next();
      const split = (mode - min) / (max - min);
      return u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    },
  };
}

/** lib/routing/slug.ts's rule itself: run.mjs makes the same addresses the site does. */
export { slugify };

// Word lists. Every title template holds å, ä or ö, so every title does too.
const TITLE_TEMPLATES = [
  'Ökad satsning på {subject} i {place}',
  'Så växer {subject} i {place}',
  'Nya möjligheter för {subject} i {place}',
  'Därför satsar {place} på {subject}',
  '{Place} får nytt stöd för {subject}',
  'Så kan {subject} stärka {place}',
  'Rekordår för {subject} i {place}',
  'Fler företag satsar på {subject} i {place}',
  'Vad betyder {subject} för {place}?',
  'Tio år med {subject} i {place}',
  'Nytt nätverk för {subject} i {place}',
  'EU-stöd till {subject} i {place}',
  'Utmaningar och möjligheter för {subject} i {place}',
  'Hur går det för {subject} i {place}?',
  'Länets satsning på {subject} ger resultat i {place}',
  'Mötesplats för {subject} öppnar i {place}',
  'Kartläggning visar stark tillväxt för {subject} i {place}',
  'Rapport om {subject} i {place} väcker debatt',
  'Nästa steg för {subject} i {place}',
  'Ny strategi för {subject} i {place}',
  'Stort intresse för {subject} i {place}',
  'Små företag och {subject} i {place}',
  'Högre tempo för {subject} i {place}',
  'Forskare söker svar om {subject} i {place}',
];

const SUBJECTS = [
  'smart industri', 'vätgas', 'batteriteknik', 'livsmedelsinnovation', 'kompetensförsörjning',
  'life science', 'fossilfria transporter', 'digital infrastruktur', 'cirkulär ekonomi', 'testbäddar',
  'exportföretag', 'besöksnäringen', 'kreativa näringar', 'klimatomställning', 'AI i vården',
  'grön logistik', 'forskningssamarbeten', 'nystartade företag', 'energieffektivisering', 'elektrifiering',
  'hållbart byggande', 'smart specialisering', 'kollektivtrafik', 'bredband på landsbygden', 'yrkesutbildning',
  'trähusbyggande', 'återvinning', 'solenergi', 'sjöfart', 'innovationsupphandling',
  'platsutveckling', 'sociala företag', 'turism', 'matproduktion', 'datacenter',
  'cybersäkerhet', 'fintech', 'medicinteknik', 'spelbranschen', 'rymdteknik',
];

const PLACES = [
  'Stockholm', 'Södertälje', 'Norrtälje', 'Nynäshamn', 'Solna', 'Sundbyberg', 'Järfälla', 'Täby',
  'Huddinge', 'Botkyrka', 'Haninge', 'Nacka', 'Värmdö', 'Sigtuna', 'Upplands Väsby', 'Vallentuna',
  'Österåker', 'Lidingö', 'Danderyd', 'Tyresö', 'Ekerö', 'Salem', 'Sollentuna', 'Nykvarn', 'Kista',
  'Flemingsberg', 'Hagastaden', 'Barkarby', 'Stockholmsregionen', 'Mälardalen', 'Roslagen', 'Södertörn',
  'skärgården', 'länet',
];

/** About forty topics; their slugs are all different (the unit test checks). */
export const TOPICS = [
  'Tillväxt', 'Innovation', 'Industri', 'Smart industri', 'Export', 'EU-fonder', 'Forskning och utveckling',
  'Kompetensförsörjning', 'Digitalisering', 'Artificiell intelligens', 'Livsmedel', 'Testmiljöer',
  'Europeiskt samarbete', 'Smart specialisering', 'Hållbarhet', 'Klimat', 'Energi', 'Vätgas', 'Transporter',
  'Infrastruktur', 'Bostäder', 'Landsbygd', 'Skärgården', 'Besöksnäring', 'Kultur', 'Life science',
  'Hälsa och vård', 'Utbildning', 'Arbetsmarknad', 'Företagande', 'Småföretag', 'Entreprenörskap',
  'Investeringar', 'Offentlig upphandling', 'Regionplanering', 'Cirkulär ekonomi', 'Bredband', 'Näringsliv',
  'Samverkan', 'Statistik',
];

const ACTORS = [
  'Tillväxtverket', 'Vinnova', 'Region Stockholm', 'länsstyrelsen', 'kommunen', 'KTH', 'Stockholms universitet',
  'Karolinska Institutet', 'Södertörns högskola', 'Handelskammaren', 'Almi', 'RISE', 'Energimyndigheten',
  'regeringen', 'EU-kommissionen', 'näringslivet', 'de lokala företagarna', 'forskarna', 'projektledningen',
];

const EXTERNAL = [
  ['Tillväxtverket', 'https://tillvaxtverket.se/'],
  ['Vinnova', 'https://www.vinnova.se/'],
  ['Region Stockholm', 'https://www.regionstockholm.se/'],
  ['SCB', 'https://www.scb.se/'],
  ['Energimyndigheten', 'https://www.energimyndigheten.se/'],
  ['EU-kommissionen', 'https://commission.europa.eu/'],
  ['Regeringen', 'https://www.regeringen.se/'],
  ['Almi', 'https://www.almi.se/'],
  ['RISE', 'https://www.ri.se/'],
  ['Länsstyrelsen', 'https://www.lansstyrelsen.se/stockholm'],
];

const PEOPLE = [
  'Anna Lindqvist, näringslivschef', 'Erik Sjöberg, forskare', 'Maria Åkesson, vd', 'Jonas Öberg, projektledare',
  'Sara Nyström, regionråd', 'Karin Bäckström, analytiker', 'Mikael Ström, företagare', 'Lena Håkansson, rektor',
];

const HEADINGS = [
  'Bakgrund', 'Vad händer nu?', 'Så fungerar satsningen', 'Företagen ser möjligheter', 'Utmaningar på vägen',
  'Ett regionalt perspektiv', 'Kompetens är nyckeln', 'Pengar från EU', 'Samverkan över gränserna',
  'Siffrorna bakom', 'Nästa steg', 'Lärdomar från andra regioner', 'Vad säger forskningen?',
  'Röster från näringslivet', 'Ett län i förändring', 'Därför spelar det roll',
];

const SENTENCES = [
  '{Actor} har under året arbetat för att stärka {subject} i {place}.',
  'Satsningen omfattar {number} miljoner kronor fördelade över {small} år.',
  'Många företag i {place} ser stora möjligheter, men efterfrågar tydligare besked om finansieringen.',
  'Enligt {actor} är det avgörande att kommuner, lärosäten och näringsliv drar åt samma håll.',
  'Intresset för {subject} har ökat markant sedan {year}, inte minst bland mindre företag.',
  'Det handlar både om att skapa nya jobb och om att behålla den kompetens som redan finns i regionen.',
  'Flera av de medverkande beskriver samarbetet som ett lyft för hela {place}.',
  'Samtidigt pekar en ny rapport på att tillgången till rätt kompetens fortfarande är en flaskhals.',
  'Under hösten samlades omkring {number} aktörer för att diskutera hur arbetet ska gå vidare.',
  'Resultaten hittills är lovande, även om det är för tidigt att dra några säkra slutsatser.',
  'För de små företagen är det ofta tiden, snarare än pengarna, som sätter gränsen.',
  'Målet är att {place} ska bli en föregångare när det gäller {subject} till år {future}.',
  'Projektet har finansierats med stöd från Europeiska regionala utvecklingsfonden.',
  'Det är ett långsiktigt arbete där varje steg bygger på det föregående.',
  'Både offentliga och privata aktörer har visat stort engagemang under förstudien.',
  'Statistiken visar att antalet sysselsatta inom området har vuxit med {small} procent per år.',
  'Erfarenheterna från {place} kan nu spridas till fler kommuner i länet.',
  'En viktig fråga är hur forskningens resultat snabbare ska komma till nytta i företagen.',
  'Många efterlyser enklare regler och kortare handläggningstider för tillstånd.',
  'Det regionala perspektivet blir allt viktigare när konkurrensen om investeringar hårdnar.',
  'Bakom satsningen står ett brett partnerskap med {actor} i spetsen.',
  'Den nya testmiljön gör det möjligt att pröva idéer i full skala innan de når marknaden.',
  'Under de senaste åren har {number} nya arbetstillfällen skapats i närområdet.',
  'Utvärderingen som presenterades i våras visar på både styrkor och svagheter.',
  'Fler unga behöver få upp ögonen för de yrken som efterfrågas i regionen.',
  'Arbetet följs noga av {actor}, som ser det som ett pilotprojekt för hela landet.',
  'Det finns också en tydlig koppling till de nationella målen för klimat och tillväxt.',
  'Trots osäkerheten i omvärlden fortsätter företagen att investera i ny teknik.',
  'En förklaring är den höga utbildningsnivån och närheten till flera universitet.',
  'Nu väntar en period av uppföljning innan nästa etapp kan inledas.',
];

const LIST_ITEMS = [
  'bättre tillgång till riskkapital', 'fler platser på yrkeshögskolan', 'enklare vägar in på arbetsmarknaden',
  'gemensamma testmiljöer för små företag', 'snabbare tillståndsprocesser', 'starkare kopplingar till forskningen',
  'fler mötesplatser mellan företag och lärosäten', 'en tydligare regional strategi', 'stöd till export på nya marknader',
  'satsningar på digital kompetens', 'fossilfria transporter i hela länet', 'en långsiktig finansiering',
  'fler kvinnor i tekniska yrken', 'ökad samverkan över kommungränserna',
];

const EXPLANATIONS = [
  'ett område där regionen redan är stark', 'något som efterfrågas av många företag', 'en förutsättning för fortsatt tillväxt',
  'ett av de viktigaste målen i strategin', 'en fråga som kräver samverkan', 'ett område med stor potential',
  'något som tar tid att bygga upp', 'en lärdom från tidigare projekt',
];

const LEAD_INS = [
  'Kompetenslyftet', 'Testbädden', 'Exportprogrammet', 'Innovationsslussen', 'Klimatklivet', 'Förstudien',
  'Nätverket', 'Mentorprogrammet', 'Investeringsstödet', 'Pilotprojektet', 'Utbildningssatsningen', 'Färdplanen',
];

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Fills `{slot}` and `{Slot}` (capitalized) from a set of values. */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    const value = values[name.toLowerCase()];
    return name[0] === name[0].toUpperCase() ? capitalize(value) : value;
  });
}

/** Words a reader sees in a body, counted roughly as lib/mdx/text.ts does (no markup, no URLs). */
export function countBodyWords(body) {
  const text = body
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:-|–)\s+/gm, '')
    .replace(/\*\*/g, '')
    .trim();
  return text ? text.split(/\s+/).length : 0;
}

const pad = (value) => String(value).padStart(2, '0');

/**
 * One date per article, unique as written and spread evenly over ten years: date-only when no
 * other article falls on the same day, else (and for about half the others) a time with an offset.
 */
function makeDates(count, random) {
  const span = LAST_DAY - FIRST_DAY;
  const days = Array.from({ length: count }, (_, index) => Math.floor((FIRST_DAY + ((index + 0.1 + 0.8 * random.next()) * span) / count) / DAY_MS));
  const perDay = new Map();
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  const used = new Set();
  return days.map((day) => {
    const wantsDateOnly = random.chance(0.5);
    let hour = random.int(6, 18);
    let minute = random.int(0, 11) * 5;
    const date = new Date(day * DAY_MS);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
    const isoDay = `${y}-${pad(m + 1)}-${pad(d)}`;
    if (wantsDateOnly && perDay.get(day) === 1) return isoDay;
    let written;
    do {
      written = stockholmIsoDateTime(stockholmWallTime(y, m + 1, d, hour, minute));
      minute += 1;
      if (minute === 60) [hour, minute] = [hour + 1, 0];
    } while (used.has(written));
    used.add(written);
    return written;
  });
}

/**
 * Unique titles (so unique slugs), each with the subject and place it is about: retries a new
 * combination, and numbers the rare leftover once the combinations run thin.
 */
function makeTitles(count, random) {
  const slugs = new Set();
  const titles = [];
  for (let index = 0; index < count; index += 1) {
    let choice = { title: '', subject: '', place: '' };
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const subject = random.pick(SUBJECTS);
      const place = random.pick(PLACES);
      choice = { title: fill(random.pick(TITLE_TEMPLATES), { subject, place }), subject, place };
      if (!slugs.has(slugify(choice.title))) break;
    }
    const base = choice.title;
    for (let part = 2; slugs.has(slugify(choice.title)); part += 1) choice.title = `${base} (del ${part})`;
    slugs.add(slugify(choice.title));
    titles.push(choice);
  }
  return titles;
}

/**
 * @typedef {{ slug: string; title: string }} LinkTarget
 * @typedef {{ random: ReturnType<typeof createRandom>; subject: string; place: string; tags: string[]; pickOther: () => LinkTarget | undefined }} BodyContext
 */

/** @param {BodyContext} context */
function sentence({ random, subject, place }) {
  return fill(random.pick(SENTENCES), {
    actor: random.pick(ACTORS),
    subject,
    place,
    number: String(random.int(12, 480)),
    small: String(random.int(2, 9)),
    year: String(random.int(2010, 2016)),
    future: String(random.int(2026, 2035)),
  });
}

/** @param {BodyContext} context */
function paragraph(context, sentences = context.random.int(3, 5)) {
  const { random, pickOther, tags } = context;
  const parts = Array.from({ length: sentences }, () => sentence(context));
  // Links sit inside sentences, as editors write them: out to an authority, in to another article or a topic.
  if (random.chance(0.25)) {
    const [name, url] = random.pick(EXTERNAL);
    parts.push(`Mer information finns hos [${name}](${url}).`);
  }
  const other = random.chance(0.2) ? pickOther() : undefined;
  if (other) {
    parts.push(`Läs också [${other.title}](/artiklar/${other.slug}).`);
  }
  if (random.chance(0.06)) {
    const tag = random.pick(tags);
    parts.push(`Fler artiklar finns under ämnet [${tag}](/amnen/${slugify(tag)}).`);
  }
  return parts.join(' ');
}

/** @param {BodyContext} context */
function block(context) {
  const { random } = context;
  const roll = random.next();
  if (roll < 0.1) {
    const items = random.sample(LIST_ITEMS, random.int(3, 5));
    return `${capitalize(random.pick(ACTORS))} lyfter särskilt fram:\n\n${items.map((item) => `- ${capitalize(item)}`).join('\n')}`;
  }
  if (roll < 0.2) {
    // Two or more en-dash lines in a row become a list (lib/mdx/remark-en-dash-lists.ts).
    const items = random.sample(LIST_ITEMS, random.int(2, 4));
    return `Arbetet vilar på några områden:\n\n${items.map((item) => `– ${capitalize(item)} – ${random.pick(EXPLANATIONS)}`).join('\n')}`;
  }
  if (roll < 0.3) {
    return random
      .sample(LEAD_INS, random.int(2, 3))
      .map((lead) => `**${lead}** ${sentence(context)} ${sentence(context)}`)
      .join('\n\n');
  }
  if (roll < 0.34) {
    return `<Citat source="${random.pick(PEOPLE)}">\n${sentence(context)}\n</Citat>`;
  }
  return paragraph(context);
}

/**
 * One article's MDX: frontmatter and a body of about `targetWords` words.
 * @param {{ title: string; date: string; tags: string[]; targetWords: number; summary: boolean } & BodyContext} article
 */
function articleSource({ title, date, tags, subject, place, targetWords, summary, pickOther, random }) {
  const context = { random, subject, place, tags, pickOther };
  // The closing components are chosen first, so their words count towards the target.
  const endings = [];
  if (random.chance(0.1)) {
    const facts = random.sample(LIST_ITEMS, random.int(2, 4)).map((item) => `– ${capitalize(item)}`);
    endings.push(`<Faktaruta title="${capitalize(subject)} i ${place}">\n${facts.join('\n')}\n</Faktaruta>`);
  }
  if (random.chance(0.4)) {
    const [, url] = random.pick(EXTERNAL);
    endings.push(`<LasMer href="${url}">${random.pick(tags)}</LasMer>`);
  }
  const blocks = [paragraph(context, 3)];
  // Counted block by block: recounting the whole body each time is quadratic in its length.
  let words = countBodyWords(blocks[0]) + endings.reduce((sum, ending) => sum + countBodyWords(ending), 0);
  const headings = random.sample(HEADINGS, HEADINGS.length);
  let sinceHeading = 1;
  while (words < targetWords) {
    if (sinceHeading >= random.int(2, 4) && headings.length > 0) {
      const heading = `## ${headings.pop()}`;
      blocks.push(heading);
      words += countBodyWords(heading);
      sinceHeading = 0;
    }
    const next = block(context);
    blocks.push(next);
    words += countBodyWords(next);
    sinceHeading += 1;
  }
  blocks.push(...endings);
  const lines = ['---', `title: ${title}`, `date: ${date}`, `author: ${AUTHOR}`];
  if (summary) lines.push(`summary: ${sentence(context)}`);
  lines.push(`tags: [${tags.join(', ')}]`, '---');
  return `${lines.join('\n')}\n${blocks.join('\n\n')}\n`;
}

/**
 * @typedef {{ file: string; slug: string; title: string; date: string; tags: string[]; words: number; source: string }} CorpusArticle
 */

/**
 * Generates `count` articles, deterministically from `seed`. Nothing here reads the clock or the disk.
 * @param {{ count: number; seed?: number }} options
 * @returns {CorpusArticle[]}
 */
export function generateCorpus({ count, seed = DEFAULT_SEED }) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`corpus: count must be a positive integer, not ${count}`);
  const random = createRandom(seed);
  const titles = makeTitles(count, random);
  const dates = makeDates(count, random);
  const targets = titles.map(({ title }) => ({ title, slug: slugify(title) }));
  return titles.map(({ title, subject, place }, index) => {
    const tags = random.sample(TOPICS, random.int(1, 4));
    const targetWords = Math.round(random.triangular(MIN_WORDS, MODE_WORDS, MAX_WORDS));
    // Any other article, never this one: internal links always lead somewhere that exists.
    const pickOther = () => (count > 1 ? targets[(index + random.int(1, count - 1)) % count] : undefined);
    const source = articleSource({ title, date: dates[index] ?? '', tags, subject, place, targetWords, summary: random.chance(0.7), pickOther, random });
    const slug = slugify(title);
    const body = source.slice(source.indexOf('\n---\n') + 5);
    return { file: `artiklar/${slug}.mdx`, slug, title, date: dates[index] ?? '', tags, words: countBodyWords(body), source };
  });
}

/**
 * Writes a corpus laid out like content/: artiklar/*.mdx, and skribenter/ copied from the real one
 * (the author file and portrait the articles name).
 * @param {string} dir an empty or missing folder
 * @param {CorpusArticle[]} articles
 * @param {string} authorsDir the real content/skribenter
 */
export function writeCorpus(dir, articles, authorsDir) {
  fs.mkdirSync(path.join(dir, 'artiklar'), { recursive: true });
  for (const article of articles) fs.writeFileSync(path.join(dir, article.file), article.source);
  fs.cpSync(authorsDir, path.join(dir, 'skribenter'), { recursive: true });
}
