// Loaded with `node --import` into the measured process, the gate's or a bench's baseline (its
// children never load it): at exit, writes the process's own CPU time (user + system, children
// excluded) to the file named by the `out` parameter of this module's URL. The benches' measure
// that the machine's load barely moves.
import { writeFileSync } from 'node:fs';

const out = new URL(import.meta.url).searchParams.get('out');
if (out) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(out, JSON.stringify({ userMs: user / 1000, systemMs: system / 1000 }));
  });
}
