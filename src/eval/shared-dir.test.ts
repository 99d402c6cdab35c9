import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './shared-dir.js';

describe('PROJECT_ROOT', () => {
  it('is the folder holding package.json', () => {
    expect(existsSync(resolve(PROJECT_ROOT, 'package.json'))).toBe(true);
  });
});
