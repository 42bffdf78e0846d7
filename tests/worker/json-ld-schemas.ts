/**
 * JSON Schemas of the schema.org shapes our pages rely on: what Google's rich results read of a
 * `NewsArticle` (its authors as `Person`s, its `NewsMediaOrganization` publisher), a
 * `BreadcrumbList`, a `CollectionPage`, a `ProfilePage` with its `Person`, a `WebPage` and the
 * home page's `WebSite`. Each is keyed by the `@type` it checks.
 */
const text = { type: 'string', minLength: 1 }
const absoluteUrl = { type: 'string', pattern: '^https?://[^\\s]+$' }
const isoDate = {
  type: 'string',
  pattern: '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)$',
}
const typed = (type: string) => ({ const: type })

const imageObject = {
  type: 'object',
  required: ['@type', 'url', 'width', 'height'],
  properties: {
    '@type': typed('ImageObject'),
    url: absoluteUrl,
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
  },
}

const webSiteRef = {
  type: 'object',
  required: ['@type', 'name', 'url'],
  properties: { '@type': typed('WebSite'), name: text, url: absoluteUrl },
  additionalProperties: false,
}

const organization = {
  type: 'object',
  required: ['@type', 'name', 'url'],
  properties: {
    '@type': typed('NewsMediaOrganization'),
    name: text,
    url: absoluteUrl,
    logo: imageObject,
    publishingPrinciples: absoluteUrl,
    correctionsPolicy: absoluteUrl,
  },
  additionalProperties: false,
}

/** A byline's author: a name and the URL of their page. */
const bylinePerson = {
  type: 'object',
  required: ['@type', 'name', 'url'],
  properties: { '@type': typed('Person'), name: text, url: absoluteUrl },
  additionalProperties: false,
}

/** The author a profile page is about. */
const profilePerson = {
  type: 'object',
  required: ['@type', 'name', 'url'],
  properties: {
    '@type': typed('Person'),
    name: text,
    url: absoluteUrl,
    jobTitle: text,
    image: imageObject,
    sameAs: { type: 'array', items: absoluteUrl, minItems: 1 },
    description: text,
  },
  additionalProperties: false,
}

const page = (type: string, extra: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  required: ['@context', '@type', 'name', 'url', 'inLanguage', 'isPartOf', ...required],
  properties: {
    '@context': typed('https://schema.org'),
    '@type': typed(type),
    name: text,
    url: absoluteUrl,
    inLanguage: typed('ar'),
    isPartOf: webSiteRef,
    ...extra,
  },
  additionalProperties: false,
})

export const JSON_LD_SCHEMAS: Record<string, object> = {
  NewsArticle: {
    type: 'object',
    required: [
      '@context',
      '@type',
      'headline',
      'datePublished',
      'dateModified',
      'author',
      'publisher',
      'mainEntityOfPage',
      'inLanguage',
      'url',
    ],
    properties: {
      '@context': typed('https://schema.org'),
      '@type': typed('NewsArticle'),
      headline: { type: 'string', minLength: 1, maxLength: 300 },
      description: text,
      datePublished: isoDate,
      dateModified: isoDate,
      inLanguage: typed('ar'),
      url: absoluteUrl,
      mainEntityOfPage: {
        type: 'object',
        required: ['@type', '@id'],
        properties: { '@type': typed('WebPage'), '@id': absoluteUrl },
      },
      author: { oneOf: [{ type: 'array', items: bylinePerson, minItems: 1 }, organization] },
      publisher: organization,
      articleSection: text,
      keywords: { type: 'array', items: text },
      image: { type: 'array', items: imageObject },
    },
  },
  BreadcrumbList: {
    type: 'object',
    required: ['@context', '@type', 'itemListElement'],
    properties: {
      '@context': typed('https://schema.org'),
      '@type': typed('BreadcrumbList'),
      itemListElement: {
        type: 'array',
        minItems: 2,
        items: {
          type: 'object',
          required: ['@type', 'position', 'name', 'item'],
          properties: {
            '@type': typed('ListItem'),
            position: { type: 'integer', minimum: 1 },
            name: text,
            item: absoluteUrl,
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  CollectionPage: page('CollectionPage', { description: text }, ['description']),
  ProfilePage: page('ProfilePage', { mainEntity: profilePerson }, ['mainEntity']),
  WebPage: page('WebPage', { description: text, publisher: organization }, [
    'description',
    'publisher',
  ]),
  WebSite: {
    type: 'object',
    required: ['@context', '@type', 'name', 'url', 'inLanguage', 'publisher'],
    properties: {
      '@context': typed('https://schema.org'),
      '@type': typed('WebSite'),
      name: text,
      url: absoluteUrl,
      inLanguage: typed('ar'),
      description: text,
      publisher: organization,
    },
    additionalProperties: false,
  },
}
