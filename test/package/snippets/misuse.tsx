// What the typings must refuse. Each line below is a mistake a developer could make; tsc fails
// the snippet test if any of them compiles (an unused @ts-expect-error is an error), so this
// proves that the tags, properties, events and details are typed, not `any`. (A misspelt
// `onero-…` prop cannot be caught: TypeScript accepts any JSX attribute with a hyphen.)
import type {} from 'eroauttaminen-widgets/react';
import type {} from 'eroauttaminen-widgets/vue';
import type { GlobalComponents } from 'vue';
import { defineFeed, type Feed } from 'eroauttaminen-widgets/feed';

export const mistakes = (feed: Feed) => (
  <>
    {/* @ts-expect-error a misspelt property */}
    <ero-service-finder municipalty="491" />
    {/* @ts-expect-error open-now is a boolean property */}
    <ero-service-finder openNow="yes" />
    {/* @ts-expect-error the detail of ero-filter-change has no id */}
    <ero-service-finder onero-filter-change={(event) => event.detail.id} />
    {/* @ts-expect-error feed takes a Feed, not its URL */}
    <ero-contact-list feed="/feed.json" />
    <ero-contact-list feed={feed} />
  </>
);

type Finder = InstanceType<GlobalComponents['ero-service-finder']>;
export const vueProps: Finder['$props'] = { municipality: '491', openNow: true };
// @ts-expect-error a misspelt Vue prop
export const vueMisspelt: Finder['$props'] = { municipalty: '491' };
declare const emit: Finder['$emit'];
export const emitFilterChange = (event: HTMLElementEventMap['ero-filter-change']) => emit('ero-filter-change', event);
// @ts-expect-error an event the finder does not fire
export const emitWrong = (event: HTMLElementEventMap['ero-filter-change']) => emit('ero-project-select', event);

// @ts-expect-error defineFeed's result is a Feed: a service has no "nimi"
export const wrongField = defineFeed({}).services?.[0]?.nimi;
