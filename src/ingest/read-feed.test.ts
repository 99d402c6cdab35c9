import { expect, it } from 'vitest';
import { isFeed, readFeed } from './read-feed.js';

const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>World</title>
<item><title>Johnson warns Russia &amp; Iran</title><link>https://example.com/world/1</link>
<pubDate>Tue, 04 Apr 2017 10:00:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Talks end</title><link>https://example.com/world/2</link><content:encoded><![CDATA[<p>${'The talks ended without agreement. '.repeat(20)}</p>]]></content:encoded></item>
</channel></rss>`;

const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Summit opens</title>
<link href="https://wire.example.org/a/9"/><id>tag:wire,2017:9</id><published>2017-04-05T08:00:00Z</published>
<updated>2017-04-05T09:30:00Z</updated><content type="html">&lt;p&gt;Leaders met.&lt;/p&gt;</content></entry></feed>`;

it('reads RSS items: link as id, teasers marked for fetching, full content kept', () => {
  expect(isFeed(rss)).toBe(true);
  const items = readFeed(rss, 'example');
  expect(items.map((i) => [i.id, i.headline, i.needsFetch])).toEqual([
    ['https://example.com/world/1', 'Johnson warns Russia & Iran', true],
    ['https://example.com/world/2', 'Talks end', false],
  ]);
  expect(items[0].published).toBe('2017-04-04T10:00:00.000Z');
});

it('reads Atom entries with their updated time (a later update is a revision)', () => {
  const [e] = readFeed(atom);
  expect(e).toMatchObject({ id: 'https://wire.example.org/a/9', headline: 'Summit opens', html: '<html><body><p>Leaders met.</p></body></html>', updated: '2017-04-05T09:30:00.000Z' });
});

it('never throws on junk', () => {
  for (const x of ['', '<rss>', '<feed><entry></entry>', 'not xml at all <<<']) expect(() => readFeed(x)).not.toThrow();
  expect(isFeed('<html><body>hi</body></html>')).toBe(false);
});
