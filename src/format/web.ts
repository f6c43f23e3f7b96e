/** What a person reads about adding an article by its URL (CLI `add` and Discord `/learn`). */
import type { AddedArticle } from '../web/add-article.js';
import { countOf } from './text.js';
import type { WebPageError } from '../web/fetch-page.js';

const megabytes = (bytes: string) => `${Number(bytes) / (1024 * 1024)} MB`;

/** Why the page was not added; nothing was written. */
export function webFailureMessage(error: WebPageError): string {
  const d = error.detail;
  switch (error.reason) {
    case 'bad-url':
      return 'That is not a valid URL. Give the full address, starting with https://';
    case 'not-http':
      return `Only http and https addresses can be added (not ${d}).`;
    case 'private-address':
      return `That address leads to ${d}, a private or local network address, which the bot does not fetch (ALLOW_PRIVATE_URLS=true allows it, for a server of your own).`;
    case 'unreachable':
      return `The page could not be reached (${d}).`;
    case 'http-status':
      return `The site answered with HTTP ${d}${Number(d) >= 500 ? ' (a server error)' : ''}: no page to add.`;
    case 'timeout':
      return 'The site took too long to answer.';
    case 'too-large':
      return `The page is larger than ${megabytes(d)}.`;
    case 'redirect-loop':
      return 'The address redirects in a loop.';
    case 'too-many-redirects':
      return `The address redirects more than ${d} times.`;
    case 'not-html':
      return `That is not a web page (${d}).`;
    case 'no-article':
      return 'No article was found on that page.';
  }
}

/** What was added; `show` renders the page's title (Discord escapes its markdown). */
export function addedMessage(added: AddedArticle, show: (title: string) => string = (t) => t): string {
  const verb = added.replaced ? 'Updated' : 'Added';
  return `${verb} “${show(added.title)}” (${countOf(added.sentences, 'sentence')}) as ${added.file}.`;
}
