#!/usr/bin/env node
// Thin entry: all logic lives in main.ts (tested without a process).
import { run } from './main.js';

process.exitCode = await run();
