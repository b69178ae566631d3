/** English UI strings of the strings every feed component shares, loaded when a page first shows English. */
import type { CommonMessages } from '../common.js';

const en: CommonMessages = {
  loading: 'Loading…',
  errorTitle: 'The information could not be shown',
  errorBody: 'Loading the information failed. Please try again in a moment.',
  errorVersion: 'The data source uses a newer format than this page can read.',
  errorConfig: 'No data source has been set.',
  retry: 'Try again',
  stale: (updated) => `The connection is not working right now. Showing saved information (updated ${updated}).`,
  updated: (updated) => `Information updated ${updated}`,
  itemsHidden: (count) =>
    count === 1 ? 'One item could not be shown because its information is faulty.' : `${count} items were left out because their information is faulty.`,
  exampleData: 'Example',
  exampleDataHint: 'This item is an invented example, not a real event or service.',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  opensInNewWindow: '(opens in a new window)',
  wholeCountry: 'All of Finland',
  targetGroups: {
    child: 'Children whose parents are separating',
    parent: 'Separating parents',
    'close-ones': 'People close to the child',
    professional: 'Professionals',
  },
  targetGroupsShort: {
    child: 'Children',
    parent: 'Parents',
    'close-ones': 'Close ones',
    professional: 'Professionals',
  },
};

export default en;
