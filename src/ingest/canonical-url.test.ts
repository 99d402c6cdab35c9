import { expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url.js';

it.each([
  // og:url first, as the reader takes it
  ['<html><head><meta property="og:url" content="https://paper.example/talks"><link rel="canonical" href="https://paper.example/other"></head>', 'https://paper.example/talks'],
  ['<head><link href=\'https://paper.example/a?x=1&amp;y=2\' rel="canonical"/></head>', 'https://paper.example/a?x=1&y=2'],
  // attributes in any order, upper case tags
  ['<HEAD><LINK HREF="http://paper.example/b" REL="Canonical"></HEAD>', 'http://paper.example/b'],
  // a relative canonical names no page
  ['<head><link rel="canonical" href="/story/1"></head>', undefined],
  // a canonical link inside the body is not the page's own
  ['<head></head><body><link rel="canonical" href="https://paper.example/c"></body>', undefined],
  ['<p>The minister said the talks were over.</p>', undefined],
])('%s', (html, url) => expect(canonicalUrl(html)).toBe(url));
