/** The events of <ero-project-card> and <ero-project-list>, added to the kit's EroEventMap. */
import type { Project } from '../../feed/types.js';
import type { ProjectLayout } from './project-view.js';

export interface ProjectSelectDetail {
  /** The project's id in the feed. */
  readonly id: string;
  readonly project: Project;
  /** The layout the project was shown in when a person opened it. */
  readonly layout: ProjectLayout;
}

declare module '../../events.js' {
  interface EroEventMap {
    /**
     * A person opened a project ("Show details"). Cancelable: call preventDefault() to take over,
     * e.g. to go to the association's own project page instead of opening the card in place.
     */
    'ero-project-select': CustomEvent<ProjectSelectDetail>;
  }
}
