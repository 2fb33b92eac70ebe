import { spawn } from "node:child_process";
import { chmod, chown, cp, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where scripts/fetch-mtas.sh unpacked the Debian packages. */
export const cacheRoot = fileURLToPath(new URL("../.cache/root/", import.meta.url));
/** The unpacked libraries, inside a root. */
export const librariesPath = "usr/lib/x86_64-linux-gnu";
/** nss_wrapper: passwd, group, hosts and the host name of the MTA's own, for an unprivileged process. */
export const nssWrapperPath = `${librariesPath}/libnss_wrapper.so`;

const asRoot = process.getuid?.() === 0;
/**
 * Who the MTAs run as: run by root (CI), as `nobody`; run by anyone else, as that user. Never
 * as root: the point is an MTA that needs no privilege, with nothing of the system's own mail
 * setup touched.
 */
export const mtaUser = {
  uid: asRoot ? 65534 : (process.getuid?.() ?? 0),
  gid: asRoot ? 65534 : (process.getgid?.() ?? 0),
  name: asRoot ? "nobody" : userInfo().username,
};

let reachable: Promise<string> | undefined;
const copies: string[] = [];

/** Removes the copy `reachableRoot` made, if any (a spec's afterAll). */
export async function removeCopies(): Promise<void> {
  for (const copy of copies.splice(0)) await rm(copy, { recursive: true, force: true });
  reachable = undefined;
}

/**
 * The unpacked root as the MTA's user can reach it: the cache itself, or, when the test runs as
 * root in a checkout that `nobody` cannot enter (under /root), a copy in the temporary folder.
 */
export function reachableRoot(): Promise<string> {
  reachable ??= (async () => {
    if (!asRoot) return cacheRoot;
    let folder = dirname(cacheRoot.replace(/\/$/, ""));
    let open = true;
    for (;;) {
      if (((await stat(folder)).mode & 0o001) === 0) open = false;
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
    if (open) return cacheRoot;
    const copy = await mkdtemp(join(tmpdir(), "smtp-codes-mtas-"));
    await chmod(copy, 0o755);
    copies.push(copy);
    await cp(cacheRoot, copy, { recursive: true, verbatimSymlinks: true });
    return copy;
  })();
  return reachable;
}

/** Gives the MTA's user the paths the test made (when the test runs as root). */
export async function handOver(paths: readonly string[]): Promise<void> {
  if (!asRoot) return;
  for (const path of paths) await chown(path, mtaUser.uid, mtaUser.gid);
}

/** Runs an MTA's binary as `mtaUser`, with `input` on its standard input; rejects on a non-zero exit. */
export function runProgram(
  binary: string,
  args: readonly string[],
  environment: Record<string, string>,
  input = "",
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      env: environment,
      ...(asRoot ? { uid: mtaUser.uid, gid: mtaUser.gid } : {}),
      stdio: ["pipe", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (errors.length < 65_536) errors += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${binary} ${args.join(" ")} exited with ${code}: ${errors}`));
    });
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}

/** The files of a folder, read, in the order of their names' leading delivery times. */
export async function readDelivered(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  names.sort((a, b) => deliveryTime(a) - deliveryTime(b) || a.localeCompare(b));
  return Promise.all(names.map((name) => readFile(join(folder, name), "utf8")));
}

/** `<seconds>.M<microseconds>` (Maildir) or `<nanoseconds>.<pid>` (the tests' own delivery script). */
function deliveryTime(name: string): number {
  const maildir = /^(\d+)\.M(\d+)/.exec(name);
  if (maildir) return Number(maildir[1]) * 1e6 + Number(maildir[2]);
  const plain = /^(\d+)\./.exec(name);
  return plain ? Number(BigInt(plain[1] ?? "0") / 1000n) : 0;
}
