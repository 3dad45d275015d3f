// A self-signed certificate for the fake hosts, made once with Debian's openssl and cached
// in the temp dir, renewed when it is about to expire.

import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CERT_NAMES = [
  'signin.aliyun.com',
  'signin.alibabacloud.com',
  '*.console.aliyun.com',
  'console.aliyun.com',
  '*.console.alibabacloud.com',
  'console.alibabacloud.com',
  'lists.example-team.com',
];

const DAY_MS = 86_400_000;

export interface CertPair {
  key: string;
  cert: string;
}

function usable(dir: string): CertPair | null {
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  if (!existsSync(certPath) || !existsSync(keyPath)) return null;
  try {
    const cert = readFileSync(certPath, 'utf8');
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - Date.now() < DAY_MS) return null;
    return { cert, key: readFileSync(keyPath, 'utf8') };
  } catch {
    return null; // unreadable or corrupt: make a new one
  }
}

export function fakeConsoleCert(): CertPair {
  const tag = createHash('sha256').update(CERT_NAMES.join(',')).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `fake-console-cert-${tag}`);
  const cached = usable(dir);
  if (cached) return cached;

  // Made in a private directory, then renamed into place whole: cert and key always match.
  const work = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(work, { recursive: true });
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes',
        '-keyout', join(work, 'key.pem'), '-out', join(work, 'cert.pem'),
        '-days', '365', '-subj', '/CN=fake-console.test',
        '-addext', `subjectAltName=${CERT_NAMES.map((n) => `DNS:${n}`).join(',')}`,
        '-addext', 'extendedKeyUsage=serverAuth',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const made = usable(work);
    if (!made) throw new Error('fake console: openssl made no usable certificate');
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true }); // expired or corrupt
    try {
      renameSync(work, dir);
    } catch {
      // Another process put its pair in place first; ours is just as good for this run.
    }
    return made;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
