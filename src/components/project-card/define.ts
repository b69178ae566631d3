/** Registers <ero-project-card>; safe to load more than once. */
import { defineElement } from '../../internal/define.js';
import { ProjectCard } from './project-card.js';

defineElement('ero-project-card', ProjectCard);

export { ProjectCard };
export type { ProjectSelectDetail } from './events.js';
export type { ProjectStatus } from './status.js';
