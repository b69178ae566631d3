/**
 * Every language of every set of UI strings at once, for code that has no render to wait in:
 * the command line and Node scripts. Importing this module gives them Swedish and English
 * synchronously; the browser bundles do not import it.
 */
import type { Lang } from '../lang.js';
import type { Translations } from '../translations.js';
import { commonMessages } from './common.js';
import { contactListMessages } from './contact-list.js';
import { eventCalendarMessages } from './event-calendar.js';
import { projectMessages } from './project.js';
import { serviceFinderMessages } from './service-finder.js';
import { commonWithVocabulary, vocabularyMessages, type CommonWithVocabulary } from './vocabulary.js';
import enCommon from './en/common.js';
import enContactList from './en/contact-list.js';
import enEventCalendar from './en/event-calendar.js';
import enProject from './en/project.js';
import enServiceFinder from './en/service-finder.js';
import enVocabulary from './en/vocabulary.js';
import svCommon from './sv/common.js';
import svContactList from './sv/contact-list.js';
import svEventCalendar from './sv/event-calendar.js';
import svProject from './sv/project.js';
import svServiceFinder from './sv/service-finder.js';
import svVocabulary from './sv/vocabulary.js';

function give<T>(set: Translations<T>, sv: T, en: T): void {
  set.add('sv', sv);
  set.add('en', en);
}

give(commonMessages, svCommon, enCommon);
give(contactListMessages, svContactList, enContactList);
give(eventCalendarMessages, svEventCalendar, enEventCalendar);
give(projectMessages, svProject, enProject);
give(serviceFinderMessages, svServiceFinder, enServiceFinder);
give(vocabularyMessages, svVocabulary, enVocabulary);

/** The common strings and the vocabulary's labels in each language. */
export const commonWithVocabularyByLang: Readonly<Record<Lang, CommonWithVocabulary>> = {
  fi: commonWithVocabulary('fi'),
  sv: commonWithVocabulary('sv'),
  en: commonWithVocabulary('en'),
};
