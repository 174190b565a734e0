/**
 * Stylesheets of their own for styles that only one or two pages use. Every page loads the shared
 * sheet (global.css and the scoped styles of components, one file); a page links these beside it
 * through its layout's `head` slot, so the shared sheet stays small for every other page.
 * `?url` makes Vite emit each as a hashed file instead of merging it into the shared one.
 */
import coverageMap from './coverage-map.css?url';
import home from './home.css?url';
import outcomeList from './outcome-list.css?url';
import searchPage from './search-page.css?url';
import yearIndex from './year-index.css?url';

export const sheets = { coverageMap, home, outcomeList, searchPage, yearIndex };
