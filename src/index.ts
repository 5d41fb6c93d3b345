#!/usr/bin/env node
// Thin entry: all logic lives in main.ts (tested without a process).
import module from 'node:module';
import { compileCacheDir } from './compile-cache.js';

// Enabled before main.js loads, so that it and the project's wrangler (which preflight loads in
// this process) start from compiled code in every step after the first. Node < 22.1 has none.
module.enableCompileCache?.(compileCacheDir(process.env));
const { run } = await import('./main.js');

process.exitCode = await run();
