/**
 * A service as a schema.org Service: provider, area served, target groups as audiences, one
 * ServiceChannel with its phone, address, web address and languages, and the regular hours.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { Service } from '../../feed/types.js';
import type { Lang } from '../../i18n/lang.js';
import { vocabularyMessages } from '../../i18n/messages/vocabulary.js';
import { areaServed, audience, DAY_NAMES, localized, organization, place, type Thing } from '../../internal/json-ld.js';
import { safeUrl } from '../../internal/safe-url.js';

export function serviceJsonLd(service: Service, data: FeedData, lang: Lang): Thing {
  const types = vocabularyMessages[lang].serviceTypes;
  return {
    '@type': 'Service',
    name: localized(service.name, lang),
    alternateName: localized(service.alternateName, lang),
    description: localized(service.description, lang),
    serviceType: service.types.map((type) => types[type]),
    provider: organization(data.organization(service.organization), lang),
    areaServed: areaServed(service.area, lang),
    audience: audience(service.targetGroups, lang),
    availableChannel: {
      '@type': 'ServiceChannel',
      servicePhone: service.phone && { '@type': 'ContactPoint', telephone: service.phone, email: service.email },
      serviceUrl: safeUrl(service.url ?? service.chatUrl ?? service.videoUrl),
      serviceLocation: place(service.address, lang),
      availableLanguage: service.languages ?? ['fi'],
    },
    hoursAvailable: service.hours?.map((hours) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: hours.days.map((day) => DAY_NAMES['motuwethfrsasu'.indexOf(day) / 2]),
      opens: hours.opens,
      closes: hours.closes,
      validFrom: hours.validFrom,
      validThrough: hours.validThrough,
    })),
    offers: service.free ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } : undefined,
  };
}
