// A throwaway PostgreSQL cluster for the shared-library tests: Debian's
// postgresql binaries, a temporary folder, a free port on 127.0.0.1, trust
// login as `postgres`. initdb and pg_ctl refuse root, so as root they run as
// the `postgres` user (the same set-up as crates/sync/tests/common/pg.rs).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

function pgBin() {
  if (process.env.QUOTEBOOK_PG_BIN) return process.env.QUOTEBOOK_PG_BIN;
  const found = readdirSync("/usr/lib/postgresql")
    .map((v) => join("/usr/lib/postgresql", v, "bin"))
    .filter((d) => existsSync(join(d, "initdb")))
    .sort();
  if (!found.length) throw new Error("no initdb under /usr/lib/postgresql (scripts/setup installs postgresql)");
  return found.at(-1);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster() {
  const dir = mkdtempSync(join(tmpdir(), "quotebook-e2e-pg-"));
  const root = process.getuid?.() === 0;
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const bin = pgBin();
  const run = (program, args) => {
    const [cmd, full] = root ? ["runuser", ["-u", "postgres", "--", join(bin, program), ...args]] : [join(bin, program), args];
    return execFileSync(cmd, full, { encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "pipe"] });
  };
  const data = join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-N", "-E", "UTF8", "--locale=C"]);
  const start = () =>
    run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "-w", "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    /** Stops the server (if running) and removes its folder. */
    remove() {
      try {
        stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
