/** Registers <ero-quick-exit>; safe to load more than once. */
import { defineElement } from '../../internal/define.js';
import { QuickExit } from './quick-exit.js';

defineElement('ero-quick-exit', QuickExit);

export { QuickExit };
