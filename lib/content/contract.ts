// The content contract, declared once: the fields an editor writes at the top of an article or an
// author file, and the components an article's body may use, with their props. Everything else is
// made from this module: Contentlayer's document types (contentlayer.config.ts), the editors'
// check (lib/content-check/fields.ts and mdx-body.ts), the props the components read
// (components/article/mdx-components.tsx) and the field table in CONTENT.md
// (scripts/content-md.ts writes it; lib/content/contract.test.ts fails when it is out of date).
// Plain data with no imports, so every reader can import it: Contentlayer's own esbuild bundle of
// contentlayer.config.ts, the check under tsx, the server's components and the tests.

/**
 * What a field holds. `date` is text to Contentlayer (its own 'date' type reads a date-time without
 * an offset in the zone of the machine that builds): lib/dates.ts reads it as Stockholm time.
 */
export type FieldType = 'text' | 'date' | 'boolean' | 'text-list' | 'image';

export type SubField = {
  required: boolean;
  /** What the sub-field is, in Swedish, for CONTENT.md. */
  description: string;
  /** A line as an editor writes it, for CONTENT.md. */
  example: string;
  /** Words an editor may write instead of the name, which the check suggests the name for. */
  synonyms?: readonly string[];
};

export type Field = {
  type: FieldType;
  /** Whether a document without the field is wrong (Contentlayer and the check both stop). */
  required: boolean;
  /** CONTENT.md's "Måste finnas?" where it says more than ja or nej. */
  presence?: string;
  /** What the field is, in Swedish, for CONTENT.md. */
  description: string;
  /** The field as an editor writes it (Markdown), for CONTENT.md. */
  example: string;
  synonyms?: readonly string[];
  /** An `image` field's sub-fields. */
  fields?: Readonly<Record<string, SubField>>;
};

/** A lead image (articles) or a portrait (authors): the picture's file and its alt text. */
const imageSource = (description: string, example: string): SubField => ({
  required: true,
  description,
  example: `\`  src: ${example}\``,
  synonyms: ['fil', 'sökväg', 'url', 'källa'],
});
const altText: SubField = {
  required: true,
  description: 'Alt-texten: vad bilden visar, för den som inte kan se den.',
  example: '`  alt: Två personer tar emot ett pris`',
  synonyms: ['alttext', 'alt-text', 'beskrivning'],
};

/** An article: content/artiklar/*.mdx, English translations in content/artiklar/en/. */
export const ARTICLE = {
  title: {
    type: 'text',
    required: true,
    description: 'Rubriken, som läsarna ser den.',
    example: '`title: Nya satsningar på Smart industri`',
    synonyms: ['titel', 'rubrik'],
  },
  date: {
    type: 'date',
    required: true,
    description: 'När artikeln publiceras, i svensk tid. Ett datum eller ett datum med klockslag.',
    example: '`date: 2018-03-08` eller `date: 2018-03-08T09:30:00+01:00`',
    synonyms: ['datum', 'publicerad'],
  },
  author: {
    type: 'text',
    required: true,
    description: 'Skribentens filnamn i `content/skribenter/`, utan `.mdx`.',
    example: '`author: johan-genneby`',
    synonyms: ['författare', 'forfattare', 'skribent'],
  },
  summary: {
    type: 'text',
    required: false,
    description: 'En mening eller två om artikeln, för listor, sökresultat och delningar. Utan den används artikelns första cirka 30 ord.',
    example: '`summary: Stockholm har mycket att vinna.`',
    synonyms: ['sammanfattning', 'ingress', 'beskrivning'],
  },
  tags: {
    type: 'text-list',
    required: false,
    description: 'Ämnen, skrivna som läsarna ska se dem, inom hakparenteser och med kommatecken emellan. Varje ämne får en egen sida.',
    example: '`tags: [Smart industri, Tillväxt]`',
    synonyms: ['taggar', 'tagg', 'ämnen', 'amnen', 'ämne'],
  },
  image: {
    type: 'image',
    required: false,
    description: 'Huvudbild överst i artikeln, med tre indragna underfält (se [Bilder](#bilder)).',
    example: 'se ovan',
    synonyms: ['bild'],
    fields: {
      src: imageSource('Bildfilen, räknat från artikelfilen.', './bilder/prisutdelning.jpg'),
      alt: altText,
      caption: {
        required: false,
        description: 'Bildtexten under bilden.',
        example: '`  caption: Samuel Holmström och Jens Lundqvist.`',
        synonyms: ['bildtext', 'text'],
      },
    },
  },
  updated: {
    type: 'date',
    required: false,
    description: 'När artikeln senast ändrades i sak. Skrivs som `date` och får inte vara före `date`.',
    example: '`updated: 2018-03-09`',
    synonyms: ['uppdaterad'],
  },
  draft: {
    type: 'boolean',
    required: false,
    description: '`true` gör artikeln till ett [utkast](#utkast). Ta bort raden (eller skriv `false`) för att publicera.',
    example: '`draft: true`',
    synonyms: ['utkast'],
  },
  slug: {
    type: 'text',
    required: false,
    presence: 'skrivs av `npm run new`',
    description: 'Artikelns permanenta adress: små bokstäver a–z, siffror och bindestreck. Saknas den görs adressen av rubriken.',
    example: '`slug: nya-satsningar-pa-smart-industri`',
    synonyms: ['adress', 'url'],
  },
  redirectFrom: {
    type: 'text-list',
    required: false,
    description: 'Tidigare adresser till en artikel som har bytt adress. Var och en leder hit (se [Att byta adress](#att-byta-adress)).',
    example: '`redirectFrom: [smart-industri]`',
    synonyms: ['redirect', 'redirects', 'omdirigering', 'tidigare'],
  },
  // Required of English translations only: the check asks for it there (Contentlayer cannot say so).
  translationOf: {
    type: 'text',
    required: false,
    presence: 'bara i engelska översättningar',
    description: 'Adressen (slug) till den svenska artikeln som översätts.',
    example: '`translationOf: nya-satsningar-pa-smart-industri`',
    synonyms: ['översättning', 'oversattning'],
  },
} as const satisfies Record<string, Field>;

/** An author: content/skribenter/*.mdx, the file name is the author's address. */
export const AUTHOR = {
  name: { type: 'text', required: true, description: 'Skribentens namn.', example: '`name: Johan Genneby`', synonyms: ['namn'] },
  role: { type: 'text', required: false, description: 'Vad skribenten arbetar med.', example: '`role: Regional utveckling`', synonyms: ['roll'] },
  image: {
    type: 'image',
    required: true,
    description: 'Skribentens porträtt, bredvid skribentfilen.',
    example: 'se ovan',
    synonyms: ['portrait', 'porträtt'],
    fields: { src: imageSource('Porträttets bildfil, räknat från skribentfilen.', './johan-genneby.jpg'), alt: altText },
  },
} as const satisfies Record<string, Field>;

export type ArticleField = keyof typeof ARTICLE;
export type AuthorField = keyof typeof AUTHOR;

export type Prop = { required: boolean; description: string };

export type Component = {
  props: Readonly<Record<string, Prop>>;
  /** Whether the component wraps text (`<LasMer …>ämnet</LasMer>`) or stands alone (`<Bild … />`). */
  children: 'required' | 'none';
  /** The component as an editor writes it, quoted in the check's messages. */
  example: string;
};

/** The components an editor may write in an article's body, by the names they write. */
export const COMPONENTS = {
  LasMer: {
    props: { href: { required: true, description: 'Adressen som länken leder till.' } },
    children: 'required',
    example: '<LasMer href="https://www.regeringen.se/">Smart industri</LasMer>',
  },
  Faktaruta: {
    props: { title: { required: false, description: 'Rutans rubrik.' } },
    children: 'required',
    example: '<Faktaruta title="Smart industri">Text i rutan.</Faktaruta>',
  },
  Bild: {
    props: {
      src: { required: true, description: 'Bildfilen, räknat från artikelfilen.' },
      alt: { required: true, description: 'Vad bilden visar, för den som inte kan se den.' },
      caption: { required: false, description: 'Bildtexten under bilden.' },
    },
    children: 'none',
    example: '<Bild src="./bilder/foto.jpg" alt="Vad bilden visar" caption="Bildtext" />',
  },
  Citat: {
    props: { source: { required: false, description: 'Vem som sa det.' } },
    children: 'required',
    example: '<Citat source="Namn Namnsson">Det som sades.</Citat>',
  },
} as const satisfies Record<string, Component>;

export type ComponentName = keyof typeof COMPONENTS;

/** The props a component receives, as the contract declares them: text, and children if it wraps text. */
export type ComponentProps<Name extends ComponentName, Children> = {
  -readonly [P in keyof (typeof COMPONENTS)[Name]['props'] as (typeof COMPONENTS)[Name]['props'][P] extends { required: true } ? P : never]: string;
} & {
  -readonly [P in keyof (typeof COMPONENTS)[Name]['props'] as (typeof COMPONENTS)[Name]['props'][P] extends { required: true } ? never : P]?: string;
} & ((typeof COMPONENTS)[Name]['children'] extends 'required' ? { children: Children } : unknown);

/** The names a field table lists: each field, and an image's sub-fields after it (`image.src`). */
export function fieldRows(fields: Readonly<Record<string, Field>>): { name: string; parent?: string; presence: string; description: string; example: string }[] {
  return Object.entries(fields).flatMap(([name, field]) => [
    { name, presence: field.presence ?? (field.required ? 'ja' : 'nej'), description: field.description, example: field.example },
    ...Object.entries(field.fields ?? {}).map(([sub, subField]) => ({
      name: sub,
      parent: name,
      presence: subField.required ? `ja, om \`${name}\` finns` : 'nej',
      description: subField.description,
      example: subField.example,
    })),
  ]);
}

/** CONTENT.md's table of an article's fields, as Markdown. */
export function fieldTable(fields: Readonly<Record<string, Field>>): string {
  const rows = fieldRows(fields).map((row) => `| ${row.parent ? `\`${row.parent}\` → \`${row.name}\`` : `\`${row.name}\``} | ${row.presence} | ${row.description} | ${row.example} |`);
  return ['| Fält | Måste finnas? | Vad det är | Exempel |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
