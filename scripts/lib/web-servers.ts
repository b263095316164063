/**
 * Debian's nginx and Apache on loopback ports for npm run test:server, each serving built sites
 * with the settings the build wrote into them (.nginx.conf, .htaccess) the way an office would:
 * nginx includes the file in a server block whose root holds the site at its base path; Apache
 * reads the .htaccess of the site's folder (AllowOverride FileInfo). Started and stopped here;
 * nothing listens beyond 127.0.0.1.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { NGINX_FILE } from '../../src/lib/server-config/nginx.ts';
import { APACHE_FILE } from '../../src/lib/server-config/apache.ts';

export interface Site {
  /** The built site's folder (dist/, dist-base/). */
  dir: string;
  /** The path it was built for: "/" or "/handbook/". */
  base: string;
}

export interface Running {
  name: string;
  /** http://127.0.0.1:<port> for each site, in the order given. */
  origins: string[];
  stop(): Promise<void>;
}

/** The first of the paths that exists, for binaries outside a non-root user's PATH. */
export function findBinary(...paths: string[]): string | undefined {
  return paths.find((p) => existsSync(p));
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/**
 * The document root for a site: its own folder at "/", else a folder holding a link named after
 * the base path (/var/www/html/handbook/ on an office's server).
 */
function documentRoot(work: string, site: Site, index: number): string {
  const dir = resolve(site.dir);
  if (site.base === '/') return dir;
  const root = join(work, `root-${index}`);
  const link = join(root, site.base.slice(1, -1));
  mkdirSync(join(link, '..'), { recursive: true, mode: 0o755 });
  symlinkSync(dir, link);
  return root;
}

const isRoot = () => process.getuid?.() === 0;

export function nginxConfig(work: string, servers: { port: number; root: string; include: string }[]): string {
  return `# The test's own nginx: like Debian's nginx.conf (mime.types, gzip), without its logs and pid.
${isRoot() ? 'user nobody nogroup;' : ''}
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    gzip on;
    access_log off;
    client_body_temp_path ${work}/nginx-body;
    proxy_temp_path ${work}/nginx-proxy;
    fastcgi_temp_path ${work}/nginx-fastcgi;
    uwsgi_temp_path ${work}/nginx-uwsgi;
    scgi_temp_path ${work}/nginx-scgi;
${servers
  .map(
    (s) => `    server {
        listen 127.0.0.1:${s.port};
        server_name localhost;
        root ${s.root};
        include ${s.include};
    }`,
  )
  .join('\n')}
}
`;
}

export function apacheConfig(work: string, servers: { port: number; root: string; siteDir: string }[], mode: 'serve' | 'check'): string {
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'alias'];
  return `# The test's own Apache: the modules Debian enables by default that a static site uses, and mod_headers.
ServerRoot /etc/apache2
ServerName 127.0.0.1
PidFile ${work}/apache.pid
ErrorLog ${work}/apache-error.log
DefaultRuntimeDir ${work}
Mutex file:${work} default
${isRoot() ? 'User nobody\nGroup nogroup' : ''}
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
TypesConfig /etc/mime.types
DirectoryIndex index.html
<Directory />
    AllowOverride None
    Require all denied
</Directory>
# As Debian's apache2.conf does.
<FilesMatch "^\\.ht">
    Require all denied
</FilesMatch>
${servers
  .map(
    (s) => `Listen 127.0.0.1:${s.port}
<VirtualHost 127.0.0.1:${s.port}>
    DocumentRoot ${s.root}
</VirtualHost>
<Directory ${s.root}>
    Options FollowSymLinks
    Require all granted
    AllowOverride ${mode === 'serve' ? 'FileInfo' : 'None'}
</Directory>
${
  // apachectl -t does not read .htaccess files: the check reads the same file as server settings.
  mode === 'check' ? `<Directory ${s.siteDir}>\n    Include ${join(s.siteDir, APACHE_FILE)}\n</Directory>` : ''
}`,
  )
  .join('\n')}
`;
}

/** Waits until every origin answers, or the server exits, or 10 s pass. */
async function ready(name: string, child: ChildProcess, origins: string[], log: string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && !exited;) {
    const up = await Promise.all(
      origins.map((o) =>
        fetch(o, { method: 'HEAD' }).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (up.every(Boolean)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  const errors = existsSync(log) ? readFileSync(log, 'utf8') : '';
  child.kill('SIGKILL');
  throw new Error(`${name} did not start on ${origins.join(', ')}.\n${errors}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((ok) => {
      if (child.exitCode !== null || child.signalCode !== null) return ok();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        ok();
      });
      // nginx: fast shutdown; Apache in the foreground: stop.
      child.kill('SIGTERM');
    });
}

/** nginx -t on the settings, then nginx in the foreground serving each site on a port of its own. */
export async function startNginx(binary: string, work: string, sites: Site[]): Promise<Running> {
  const servers = await Promise.all(
    sites.map(async (site, i) => ({
      port: await freePort(),
      root: documentRoot(work, site, i),
      include: join(resolve(site.dir), NGINX_FILE),
    })),
  );
  const config = join(work, 'nginx.conf');
  writeFileSync(config, nginxConfig(work, servers));
  const args = ['-p', `${work}/`, '-e', join(work, 'nginx-error.log'), '-c', config];
  execFileSync(binary, [...args, '-t'], { stdio: 'pipe' });
  const child = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const origins = servers.map((s) => `http://127.0.0.1:${s.port}`);
  await ready('nginx', child, origins, join(work, 'nginx-error.log'));
  return { name: 'nginx', origins, stop: stopper(child) };
}

/** apachectl -t with the sites' .htaccess read as settings; then Apache serving them. */
export async function startApache(apachectl: string, binary: string, work: string, sites: Site[]): Promise<Running> {
  const servers = await Promise.all(
    sites.map(async (site, i) => ({
      port: await freePort(),
      root: documentRoot(join(work, 'apache'), site, i),
      siteDir: resolve(site.dir),
    })),
  );
  const check = join(work, 'apache-check.conf');
  writeFileSync(check, apacheConfig(work, servers, 'check'));
  execFileSync(apachectl, ['-t', '-f', check], { stdio: 'pipe' });
  const config = join(work, 'apache.conf');
  writeFileSync(config, apacheConfig(work, servers, 'serve'));
  const child = spawn(binary, ['-f', config, '-DFOREGROUND'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const origins = servers.map((s) => `http://127.0.0.1:${s.port}`);
  await ready('Apache', child, origins, join(work, 'apache-error.log'));
  return { name: 'Apache', origins, stop: stopper(child) };
}
