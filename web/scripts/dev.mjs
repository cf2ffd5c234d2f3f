// `npm run dev`: the service in watch mode and Vite's dev server (live reload, API proxied to the
// service) side by side; Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['nest', 'start', '--watch'], { stdio: 'inherit' }),
  spawn('npx', ['vite', 'web'], { stdio: 'inherit' }),
];

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}

for (const child of children) child.on('exit', stopAll);
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
