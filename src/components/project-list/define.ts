/**
 * Registers <ero-project-list> and <ero-project-card>, safe to load more than once. One script
 * for both: they share nearly all their code, and a site's projects page often shows both.
 */
import { defineElement } from '../../internal/define.js';
import { ProjectCard } from '../project-card/define.js';
import { ProjectList } from './project-list.js';

defineElement('ero-project-list', ProjectList);

export { ProjectCard, ProjectList };
export type { ProjectSelectDetail, ProjectStatus } from '../project-card/define.js';
