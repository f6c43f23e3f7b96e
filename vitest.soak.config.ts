import { defineConfig } from 'vitest/config';
import { SOAK, globalSetup, timeouts } from './vitest.config.js';

/** `npm run test:soak`: only the soak runs, with the same timeouts and build as `npm test`. */
export default defineConfig({ test: { ...timeouts, globalSetup, include: [SOAK] } });
