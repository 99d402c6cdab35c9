// POST /api/analyze: analyse one article at once and answer with the contract document; nothing is stored.
import type { FastifyInstance } from 'fastify';
import { analyze } from '../analyze/analyze.js';
import { toContract } from '../analyze/to-contract.js';
import { articleInputOf } from './article-input-of.js';

export function registerAnalyze(app: FastifyInstance): void {
  app.post('/api/analyze', async (req) => {
    const input = articleInputOf(req.body, req.headers['content-type']);
    return toContract(analyze(input));
  });
}
