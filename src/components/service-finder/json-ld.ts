/**
 * A service as a schema.org Service: provider, area served, target groups as audiences, its
 * channels as ServiceChannels (phones, place, web address, languages, regular and exceptional
 * hours), and the service's own regular hours.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { ExceptionalHours, OpeningHours, Service, ServiceChannel } from '../../feed/types.js';
import type { Lang } from '../../i18n/lang.js';
import { vocabularyMessages } from '../../i18n/messages/vocabulary.js';
import { areaServed, audience, DAY_NAMES, localized, organization, place, type Thing } from '../../internal/json-ld.js';
import { safeUrl } from '../../internal/safe-url.js';
import { rankServices, type FilterOptions, type FinderFilters } from './filter.js';
import { serviceIndex } from './finder-data.js';
import { WEEKDAYS } from './opening-hours.js';

const regular = (hours: readonly OpeningHours[] | undefined): Thing[] | undefined =>
  hours?.length
    ? hours.map((spec) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: spec.days.map((day) => DAY_NAMES[WEEKDAYS.indexOf(day)]),
        opens: spec.opens,
        closes: spec.closes,
        validFrom: spec.validFrom,
        validThrough: spec.validThrough,
      }))
    : undefined;

/** Exceptional hours as schema.org writes them; a closed day opens and closes at 00:00. */
const special = (exceptions: readonly ExceptionalHours[] | undefined): Thing[] | undefined =>
  exceptions?.length
    ? exceptions.map((e) => ({
        '@type': 'OpeningHoursSpecification',
        validFrom: e.from,
        validThrough: e.through ?? e.from,
        opens: e.closed ? '00:00' : e.opens,
        closes: e.closed ? '00:00' : e.closes,
      }))
    : undefined;

const either = <T>(list: T[]): T | T[] | undefined => (list.length > 1 ? list : list[0]);

function channelJsonLd(channel: ServiceChannel, service: Service, lang: Lang): Thing {
  const hours = [...(regular(channel.hours) ?? []), ...(special(channel.exceptionalHours) ?? [])];
  const location = place(channel.address, lang);
  const urls = (channel.urls ?? []).flatMap((address) => safeUrl(address.url) ?? []);
  return {
    '@type': 'ServiceChannel',
    name: localized(channel.name, lang),
    description: localized(channel.description, lang),
    servicePhone: channel.phones?.map((phone) => ({
      '@type': 'ContactPoint',
      telephone: phone.number,
      name: localized(phone.label, lang),
      hoursAvailable: phone.hours?.length ? regular(phone.hours) : hours.length ? hours : undefined,
    })),
    serviceUrl: either(urls),
    serviceLocation: location && {
      ...location,
      openingHoursSpecification: regular(channel.hours),
      specialOpeningHoursSpecification: special(channel.exceptionalHours),
    },
    availableLanguage: channel.languages ?? service.languages ?? ['fi'],
  };
}

/** The 1.0 way: one channel made of the service's own phone, address and web address. */
function ownChannel(service: Service, lang: Lang): Thing {
  return {
    '@type': 'ServiceChannel',
    servicePhone: service.phone && { '@type': 'ContactPoint', telephone: service.phone, email: service.email },
    serviceUrl: safeUrl(service.url ?? service.chatUrl ?? service.videoUrl),
    serviceLocation: place(service.address, lang),
    availableLanguage: service.languages ?? ['fi'],
  };
}

function availableChannel(service: Service, lang: Lang): Thing | Thing[] {
  if (!service.serviceChannels?.length) return ownChannel(service, lang);
  const channels = service.serviceChannels.map((channel) => channelJsonLd(channel, service, lang));
  return service.phone || service.url || service.address ? [ownChannel(service, lang), ...channels] : channels;
}

export function serviceJsonLd(service: Service, data: FeedData, lang: Lang): Thing {
  const types = vocabularyMessages.in(lang).serviceTypes;
  return {
    '@type': 'Service',
    name: localized(service.name, lang),
    alternateName: localized(service.alternateName, lang),
    description: localized(service.description, lang),
    serviceType: service.types.map((type) => types[type]),
    provider: organization(data.organization(service.organization), lang),
    areaServed: areaServed(service.area, lang),
    audience: audience(service.targetGroups, lang),
    availableChannel: availableChannel(service, lang),
    hoursAvailable: regular(service.hours),
    offers: service.free ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } : undefined,
  };
}

/**
 * The services that `filters` select as schema.org Services, made one at a time as the writer
 * asks for them, in the feed's order: search engines read a set, so nothing is sorted.
 */
export function* servicesJsonLd(data: FeedData, filters: FinderFilters, options: FilterOptions): Generator<Thing> {
  for (const service of rankServices(serviceIndex(data), filters, options).inFeedOrder()) yield serviceJsonLd(service, data, options.lang);
}
