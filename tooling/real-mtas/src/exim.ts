import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { refusingHost } from "./fake-mx.js";
import {
  cacheRoot,
  handOver,
  librariesPath,
  mtaUser,
  nssWrapperPath,
  reachableRoot,
  readDelivered,
  runProgram,
} from "./unprivileged.js";

/**
 * Debian's Exim 4, unpacked by scripts/fetch-mtas.sh (never installed), run unprivileged with a
 * configuration of its own: spool, log and the sender's Maildir in a temporary directory, no
 * daemon (messages go in on standard input, `-odi` delivers them at once, `-qff` is a queue run).
 *
 * Exim resolves the user name compiled into it (Debian-exim) when it starts: nss_wrapper gives
 * it passwd and group files where that name is the user Exim runs as (`mtaUser`).
 */
const binaryPath = "usr/sbin/exim4";

/** Whether fetch-mtas.sh has unpacked Exim. */
export const eximAvailable = [binaryPath, nssWrapperPath].every((path) => existsSync(join(cacheRoot, path)));

/** The domains of the configuration: where Exim sends each. */
export const domains = {
  /** The sender's own domain: delivered into the Maildir the tests read. */
  local: "sender.test",
  /** Relayed to the fake MX. */
  fakeMx: "bounce-test.example",
  /** Relayed to a loopback address nothing listens on (`refusingHost`). */
  refused: "refused-test.example",
  /** No router takes it: Exim's own "Unrouteable address". */
  unroutable: "unroutable-test.example",
} as const;

export const sender = `sender@${domains.local}`;

export interface EximOptions {
  /** The fake MX's port. */
  readonly fakeMxPort: number;
  /** Exim's `delay_warning`: how long a message waits before the first delay warning. */
  readonly delayWarningSeconds: number;
  /** The retry rule's cutoff: after this long of temporary failures, the address bounces. */
  readonly giveUpSeconds: number;
}

export interface Exim {
  readonly directory: string;
  /** Submits a message (`-odi`: delivered before the call returns). */
  submit(message: string, from: string, recipients: readonly string[]): Promise<void>;
  /**
   * Submits a message over SMTP on standard input (`-bs`) with `NOTIFY=SUCCESS,FAILURE` for
   * each recipient: Exim mails a success notification when it has relayed it.
   */
  submitWithReceipt(message: string, from: string, recipients: readonly string[]): Promise<void>;
  /** A forced queue run: every queued message is tried again, delay warnings are sent. */
  runQueue(): Promise<void>;
  /** The messages delivered to the sender's Maildir, oldest first. */
  mailbox(): Promise<string[]>;
  /** Exim's main log, to show when a test fails. */
  log(): Promise<string>;
  remove(): Promise<void>;
}

function configuration(directory: string, options: EximOptions, binary: string): string {
  return `# Written by tooling/real-mtas/src/exim.ts for one test run.
primary_hostname = mta.exim.test
qualify_domain = ${domains.local}
exim_user = Debian-exim
exim_group = Debian-exim
never_users = root
exim_path = ${binary}
spool_directory = ${directory}/spool
log_file_path = ${directory}/log/%slog
pid_file_path = ${directory}/exim.pid
# the dynamic loader's and nss_wrapper's variables, for the Exim processes Exim starts itself
keep_environment = LD_PRELOAD : LD_LIBRARY_PATH : NSS_WRAPPER_PASSWD : NSS_WRAPPER_GROUP
host_lookup =
rfc1413_hosts =
acl_not_smtp = accept
# SMTP on standard input (-bs) for the return receipt: DSN offered, every recipient accepted
acl_smtp_rcpt = accept
dsn_advertise_hosts = *
domainlist local_domains = ${domains.local}
delay_warning = ${options.delayWarningSeconds}s
ignore_bounce_errors_after = 0s
timeout_frozen_after = 1h

begin routers
sender_mailbox:
  driver = accept
  domains = +local_domains
  transport = maildir_delivery
fake_mx:
  driver = manualroute
  domains = ${domains.fakeMx}
  route_list = * 127.0.0.1::${options.fakeMxPort} byname
  self = send
  transport = remote_smtp
refused:
  driver = manualroute
  domains = ${domains.refused}
  route_list = * ${refusingHost}::${options.fakeMxPort} byname
  self = send
  transport = remote_smtp

begin transports
remote_smtp:
  driver = smtp
  allow_localhost
  hosts_avoid_tls = *
maildir_delivery:
  driver = appendfile
  directory = ${directory}/maildir
  maildir_format
  user = Debian-exim
  group = Debian-exim

begin retry
* * F,${options.giveUpSeconds}s,1s
`;
}

/** Writes the configuration and the directories; Exim does not run until a message is submitted. */
export async function createExim(options: EximOptions): Promise<Exim> {
  const root = await reachableRoot();
  const binary = join(root, binaryPath);
  const directory = await mkdtemp(join(tmpdir(), "smtp-codes-exim-"));
  const { uid, gid } = mtaUser;
  const folders = ["spool", "log", "maildir"].map((name) => join(directory, name));
  for (const folder of folders) await mkdir(folder);
  const config = join(directory, "exim.conf");
  await writeFile(config, configuration(directory, options, binary));
  await writeFile(
    join(directory, "passwd"),
    `root:x:0:0:root:/root:/bin/false\nDebian-exim:x:${uid}:${gid}:Exim:${directory}:/bin/false\n`,
  );
  await writeFile(join(directory, "group"), `root:x:0:\nDebian-exim:x:${gid}:\n`);
  // Exim checks that its configuration belongs to it and that nobody else may change it
  await chmod(config, 0o644);
  await handOver([directory, config, ...folders]);
  const environment = {
    PATH: "/usr/bin:/bin",
    LD_PRELOAD: join(root, nssWrapperPath),
    LD_LIBRARY_PATH: join(root, librariesPath),
    NSS_WRAPPER_PASSWD: join(directory, "passwd"),
    NSS_WRAPPER_GROUP: join(directory, "group"),
  };
  const run = (args: readonly string[], input?: string) =>
    runProgram(binary, ["-C", config, ...args], environment, input);

  return {
    directory,
    submit: (message, from, recipients) => run(["-odi", "-f", from, "--", ...recipients], message),
    submitWithReceipt: (message, from, recipients) =>
      run(
        ["-bs", "-odi"],
        [
          "EHLO client.test",
          `MAIL FROM:<${from}>`,
          ...recipients.map((recipient) => `RCPT TO:<${recipient}> NOTIFY=SUCCESS,FAILURE`),
          "DATA",
          // the message's own lines, dot-stuffed, then the end of data
          ...message.split("\n").map((line) => (line.startsWith(".") ? `.${line}` : line)),
          ".",
          "QUIT",
          "",
        ].join("\r\n"),
      ),
    runQueue: () => run(["-qff"]),
    mailbox: () => readDelivered(join(directory, "maildir", "new")),
    log: () => readFile(join(directory, "log", "mainlog"), "utf8").catch(() => ""),
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}
