import { defineConfig } from 'vitest/config';
import base, { SOAK } from './vitest.config.js';

/** `npm run test:soak`: only the soak runs, with the same timeouts as `npm test`. */
export default defineConfig({ test: { ...base.test, include: [SOAK], exclude: ['**/node_modules/**'] } });
