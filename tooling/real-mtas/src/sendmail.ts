import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { EximOptions } from "./exim.js";
import { domains } from "./exim.js";
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
 * Debian's Sendmail 8, unpacked by scripts/fetch-mtas.sh (never installed), run unprivileged
 * as `mtaUser` with a sendmail.cf built by m4 from Sendmail's own configuration kit: queue in a
 * temporary directory, mail for the fake MX's domain sent to it by a mailertable, local mail
 * (the bounces) handed to a script that writes each message to a file.
 *
 * Sendmail waits a minute and retries when it cannot qualify the machine's host name, and it
 * clears its environment early: nss_wrapper (loaded before that) gives it a host name and a
 * hosts file of its own; users are the system's, so the sender is `mtaUser`'s name.
 */
const binaryPath = "usr/libexec/sendmail/sendmail";
const m4Path = "usr/bin/m4";
const kitPath = "usr/share/sendmail/cf/m4/cf.m4";

/** Whether fetch-mtas.sh has unpacked Sendmail and what builds its configuration. */
export const sendmailAvailable = [binaryPath, m4Path, kitPath, nssWrapperPath].every((path) =>
  existsSync(join(cacheRoot, path)),
);

export const hostname = "mta.sendmail.test";
/** The sender: a local user of the system, so that Sendmail can deliver the bounces to it. */
export const sendmailSender = `${mtaUser.name}@${domains.local}`;

export type SendmailOptions = EximOptions;

export interface Sendmail {
  readonly directory: string;
  /** `notify`: the DSN NOTIFY conditions (`-N`), e.g. `success` for a return receipt. */
  submit(message: string, from: string, recipients: readonly string[], notify?: string): Promise<void>;
  runQueue(): Promise<void>;
  mailbox(): Promise<string[]>;
  remove(): Promise<void>;
}

function configuration(directory: string, options: SendmailOptions, kit: string): string {
  return `divert(-1)
# Written by tooling/real-mtas/src/sendmail.ts for one test run.
divert(0)dnl
include(\`${kit}')dnl
VERSIONID(\`smtp-codes real-mtas')dnl
OSTYPE(\`linux')dnl
define(\`confDOMAIN_NAME', \`${hostname}')dnl
define(\`QUEUE_DIR', \`${directory}/queue')dnl
define(\`MSP_QUEUE_DIR', \`${directory}/queue')dnl
define(\`ALIAS_FILE', \`${directory}/aliases')dnl
define(\`STATUS_FILE', \`')dnl
define(\`HELP_FILE', \`')dnl
define(\`confPID_FILE', \`${directory}/sendmail.pid')dnl
define(\`confDEF_USER_ID', \`${mtaUser.uid}:${mtaUser.gid}')dnl
define(\`confDONT_BLAME_SENDMAIL', \`forwardfileinunsafedirpath,nonrootsafeaddr,assumesafechown,groupwritabledirpathsafe,runprograminunsafedirpath,runwritableprogram')dnl
define(\`confSERVICE_SWITCH_FILE', \`${directory}/service.switch')dnl
define(\`confHOSTS_FILE', \`${directory}/hosts')dnl
define(\`confTO_QUEUEWARN', \`${options.delayWarningSeconds}s')dnl
define(\`confTO_QUEUERETURN', \`${options.giveUpSeconds}s')dnl
define(\`confTO_CONNECT', \`5s')dnl
define(\`confMIN_QUEUE_AGE', \`0')dnl
define(\`confERROR_MODE', \`m')dnl
define(\`ESMTP_MAILER_ARGS', \`TCP $h ${options.fakeMxPort}')dnl
define(\`LOCAL_MAILER_PATH', \`${directory}/deliver.sh')dnl
define(\`LOCAL_MAILER_ARGS', \`deliver.sh $u')dnl
FEATURE(\`nocanonify')dnl
FEATURE(\`mailertable', \`text -k0 -v1 ${directory}/mailertable')dnl
FEATURE(\`no_default_msa')dnl
LOCAL_DOMAIN(\`${domains.local}')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
`;
}

/** Builds the configuration and the directories; Sendmail does not run until a message is submitted. */
export async function createSendmail(options: SendmailOptions): Promise<Sendmail> {
  const root = await reachableRoot();
  const binary = join(root, binaryPath);
  const directory = await mkdtemp(join(tmpdir(), "smtp-codes-sendmail-"));
  const queue = join(directory, "queue");
  const mailbox = join(directory, "mailbox");
  await mkdir(queue, { mode: 0o700 });
  await mkdir(mailbox);
  const files: Record<string, string> = {
    "sendmail.mc": configuration(directory, options, join(root, kitPath)),
    aliases: "",
    // the fake MX's domain to its loopback address; the refused one to a loopback address
    // nothing listens on
    mailertable: `${domains.fakeMx} esmtp:[127.0.0.1]\n${domains.refused} esmtp:[${refusingHost}]\n`,
    "service.switch": "hosts files\naliases files\n",
    hosts: `127.0.0.1 ${hostname} localhost\n`,
    "deliver.sh": `#!/bin/sh\nexec /bin/cat > "${mailbox}/$(/bin/date +%s%N).$$"\n`,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(directory, name), text);
  await chmod(join(directory, "deliver.sh"), 0o755);
  const { stdout } = await promisify(execFile)(join(root, m4Path), [join(directory, "sendmail.mc")], {
    maxBuffer: 1 << 20,
  });
  const config = join(directory, "sendmail.cf");
  await writeFile(config, stdout, { mode: 0o644 });
  await handOver([
    directory,
    queue,
    mailbox,
    config,
    ...Object.keys(files).map((name) => join(directory, name)),
  ]);
  const environment = {
    PATH: "/usr/bin:/bin",
    LD_PRELOAD: join(root, nssWrapperPath),
    LD_LIBRARY_PATH: join(root, librariesPath),
    NSS_WRAPPER_HOSTNAME: hostname,
    NSS_WRAPPER_HOSTS: join(directory, "hosts"),
  };
  const run = (args: readonly string[], input?: string) =>
    runProgram(binary, ["-C", config, "-oem", "-odi", ...args], environment, input);
  return {
    directory,
    // Sendmail exits non-zero when a recipient failed at once: the bounce is what the test reads
    submit: (message, from, recipients, notify) =>
      run([...(notify ? ["-N", notify] : []), "-f", from, "--", ...recipients], message).catch(
        (error: Error) => {
          if (!/exited with (?:6[5-9]|7\d)\b/.test(error.message)) throw error;
        },
      ),
    // -qf: the queue run in the foreground, so that its warnings are delivered when it returns
    runQueue: () => run(["-qf"]),
    mailbox: () => readDelivered(mailbox),
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}
