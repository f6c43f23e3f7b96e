/**
 * A page pasted whole into a .txt file with its consent banner ("We value your privacy. We and our 212
 * partners use cookies…", "Accept all") and its headline printed twice, above and below the breadcrumb
 * (test/fixtures/pasted-pages/consent-banner.txt, written for these tests).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import type { Article } from '../../src/knowledge/types.js';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const pasted = () => parseArticle('consent-banner.txt', read('../fixtures/pasted-pages/consent-banner.txt'));
const all = (a: Article) => a.sentences.map((s) => s.text).join('\n');
const HEADLINE = "Fishermen's cottages saved from demolition after campaign";

describe('a consent banner pasted with the story', () => {
  it('drops its sentences however long, and its buttons', () => {
    const article = pasted();
    for (const debris of ['We value your privacy', 'partners use cookies', 'Accept all', 'Reject all', 'Manage preferences'])
      expect(all(article)).not.toContain(debris);
  });

  it('starts the story at its first sentence, with the byline and date above it read as such', () => {
    const article = pasted();
    const body = article.sentences.filter((s) => s.role === 'body').map((s) => s.text);
    expect(body[0]).toMatch(/^A row of 19th Century fishermen's cottages/);
    expect(article.date).toBe('9 June 2026');
  });

  it('drops the banners that never say "you", and those quoting their own buttons', () => {
    const page = [
      'Lakeside ferry returns after winter repairs',
      'We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content, ad and content measurement and audience insights.',
      'By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyse site usage and assist in our marketing efforts.',
      'Cookie Settings',
      'Learn more',
      'The Lakeside ferry returned to service on Saturday after three months of repairs to its hull and engines.',
      'About 300 passengers made the first crossing, the operator said.',
    ].join('\n');
    const text = all(parseArticle('ferry.txt', page));
    expect(text).not.toMatch(/partners|Accept All Cookies|Cookie Settings|Learn more/);
    expect(text).toContain('The Lakeside ferry returned to service');
  });

  it('keeps a story that speaks to its reader about privacy, and what a firm said', () => {
    const story = [
      'How to keep your phone private',
      '',
      'If you are worried about your privacy, we recommend turning off location tracking in your settings.',
      '',
      'We all tap Accept without reading, but your privacy is worth more than a free game.',
      '',
      'The firm said it would never sell your data to advertising partners, and that cookies on its website could be turned off.',
    ].join('\n');
    const text = all(parseArticle('phone.txt', story));
    expect(text).toContain('If you are worried about your privacy');
    expect(text).toContain('We all tap Accept without reading');
    expect(text).toContain('The firm said it would never sell your data');
  });

  it('drops a banner that asks in plain words, and the footer naming its notices', () => {
    const page = [
      'Cliff path reopens after landslip',
      'We use cookies to give you the best online experience.',
      'Please let us know if you agree to all of these cookies.',
      'The coast path between Bude and Widemouth has reopened after a landslip closed it for four months.',
      'Walkers had been sent inland along the main road while engineers made the cliff safe.',
      'Terms of Use | About Us | Privacy Policy | Cookies | Accessibility Help',
    ].join('\n');
    const text = all(parseArticle('cliff.txt', page));
    expect(text).not.toMatch(/cookies|Privacy Policy/i);
    expect(text).toContain('Walkers had been sent inland');
  });

  it("keeps a story's short sentences about cookies, and a quoted paragraph", () => {
    const story = [
      'Council website tracked visitors without consent',
      '',
      'The council has removed tracking tools from its website after a complaint to the regulator.',
      '',
      'Visitors can now reject tracking cookies.',
      '',
      '“Your privacy matters, but this site was sharing your location with advertising partners every five minutes.”',
      '',
      'She baked 200 cookies for the fete.',
    ].join('\n');
    const text = all(parseArticle('council.txt', story));
    expect(text).toContain('Visitors can now reject tracking cookies.');
    expect(text).toContain('Your privacy matters');
    expect(text).toContain('She baked 200 cookies');
  });

  it('keeps a lead naming the US, a quotation after "added:", and takes no slogan printed twice for the headline', () => {
    const story = [
      'Social network fined over privacy failures',
      '',
      'US regulators have fined the social network $500m over privacy failures in its advertising business.',
      '',
      'Its chief executive added: "We have never sold location data to our partners and we take privacy seriously."',
    ].join('\n');
    const text = all(parseArticle('fine.txt', story));
    expect(text).toContain('US regulators have fined');
    expect(text).toContain('We have never sold location data');
    const page = [
      'Local News From Around The Region',
      'Home | News | Sport | Business',
      'Local News From Around The Region',
      'Bridge repairs to close town centre road for six weeks',
      'The road over Abbey Bridge in the town centre will close for six weeks from Monday while the bridge is repaired.',
      'Buses will be diverted along the ring road, the council said.',
    ].join('\n');
    expect(parseArticle('bridge.txt', page).title).toBe('Bridge repairs to close town centre road for six weeks');
  });

  it("drops a cookie notice's short lines", () => {
    const story = [
      'Harbour wall repairs to start in autumn',
      'This website uses cookies',
      'Cookie settings',
      'Repairs to the harbour wall in Porthleven will begin in September and take about six months to finish.',
      'The work will cost £1.2m, the council said.',
    ].join('\n');
    const text = all(parseArticle('harbour.txt', story));
    expect(text).not.toMatch(/cookie/i);
    expect(text).toContain('Repairs to the harbour wall');
  });

  it('takes a line printed twice above the story for its headline, over a menu without bars', () => {
    const page = [
      'News Politics Business Planning Opinion',
      'Councillors back new cycle bridge over the Avon',
      'Planning > Local',
      'Councillors back new cycle bridge over the Avon',
      'A new cycle and foot bridge over the River Avon at Saltford has been approved by councillors.',
      'The £3.4m bridge will link the village to the Bristol and Bath Railway Path, the council said.',
    ].join('\n');
    const article = parseArticle('bridge.txt', page);
    expect(article.title).toBe('Councillors back new cycle bridge over the Avon');
    expect(all(article).match(/Councillors back new cycle bridge/g)).toHaveLength(1);
  });

  it('reads the headline printed twice once, as the headline', () => {
    const article = pasted();
    expect(article.title).toBe(HEADLINE);
    expect(article.sentences.filter((s) => s.text === HEADLINE).map((s) => s.role)).toEqual(['title']);
  });

  it('keeps a story\'s own sentences about cookies and privacy', () => {
    const story = [
      'Bakery fined over cookie allergy labels',
      '',
      'A bakery in Leeds has been fined £4,000 after cookies sold as nut-free were found to contain almonds.',
      '',
      'The regulator said websites must ask users for consent before storing cookies on their devices.',
      '',
      '"We take your safety seriously and we have changed our labels," the bakery said.',
    ].join('\n');
    const text = all(parseArticle('bakery.txt', story));
    expect(text).toContain('cookies sold as nut-free');
    expect(text).toContain('ask users for consent before storing cookies');
    expect(text).toContain('We take your safety seriously');
  });
});
