#!/usr/bin/python3
"""A private, real Postfix (Debian's postfix 3.7) on loopback for the mail tests.

Each instance lives in its own temporary directory: its own config directory (main.cf and
master.cf written here), queue directory, data directory, log file and one Maildir. Its
smtpd listens only on 127.0.0.1:PORT and Postfix accepts mail for EVERY recipient, of any
domain, into that one Maildir (virtual(8) delivery: virtual_mailbox_domains = static:all).
The point is Postfix's own smtpd and cleanup checks on what a client sends: a bare LF is
refused (smtpd_forbid_bare_newline = reject: "550 5.5.2 ... Error: bare <LF> received"),
8BITMIME is offered, and "550 5.6.0" refuses 8-bit bytes in a header (even with SMTPUTF8),
8-bit bytes in a body not declared 8bit, and a multipart not in 7bit/8bit/binary. Postfix
does NOT refuse a line over 998 octets (it delivers it whole) nor a bare CR (delivered as a
space): check those with strict_check.py, or on tls_smtpd.py's raw data.

Isolation: nothing under /etc/postfix is written (it is only read: postfix-files and
dynamicmaps.cf, through meta_directory), no system service is enabled or started, port 25
is never opened, no DNS is used. Several instances run at once, each with its own
directory and port. Postfix needs root (it runs as root here, as the tests do).

Python:
    import postfix_instance
    pf = postfix_instance.start(port)          # port=None picks a free one: pf.port
    ... send to 127.0.0.1:pf.port ...
    messages = pf.wait_for(2, timeout=10)      # list of bytes, oldest first (LF line ends)
    pf.maildir, pf.log()                       # the Maildir path, the Postfix log text
    pf.stop()                                  # stops Postfix, removes the directory

Command line (for a gtest or node test that spawns it as a child):
    /usr/bin/python3 postfix_instance.py run --port P --maildir-out DIR
prints "ready" once smtpd accepts connections, copies each delivered message into the
Maildir DIR (DIR/new, through DIR/tmp), and stops Postfix and removes its directory when
stdin closes (the parent ended or died) or on SIGTERM/SIGINT. So give it a pipe as stdin
and keep the pipe's write end in the parent only (close-on-exec): with stdin /dev/null it
stops at once. If this process itself is killed with SIGKILL, Postfix keeps running.
"""
import argparse
import atexit
import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time

from child_lifetime import until_parent_done

POSTFIX = "/usr/sbin/postfix"

# Every service runs unchained (chroot column "n"): a chroot would need /etc files copied in.
MASTER_CF = """\
127.0.0.1:{port} inet n - n - - smtpd
pickup    unix  n - n 60   1 pickup
cleanup   unix  n - n -    0 cleanup
qmgr      unix  n - n 300  1 qmgr
rewrite   unix  - - n -    - trivial-rewrite
bounce    unix  - - n -    0 bounce
defer     unix  - - n -    0 bounce
trace     unix  - - n -    0 bounce
verify    unix  - - n -    1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -    - proxymap
smtp      unix  - - n -    - smtp
relay     unix  - - n -    - smtp
showq     unix  n - n -    - showq
error     unix  - - n -    - error
retry     unix  - - n -    - error
discard   unix  - - n -    - discard
anvil     unix  - - n -    1 anvil
scache    unix  - - n -    1 scache
postlog   unix-dgram n - n - 1 postlogd
virtual   unix  - n n -    - virtual
"""

MAIN_CF = """\
compatibility_level = 3.6
meta_directory = /etc/postfix
queue_directory = {root}/queue
data_directory = {root}/data
mail_owner = postfix
setgid_group = postdrop
syslog_name = postfix-test-{port}
maillog_file = {root}/maillog
maillog_file_prefixes = {root}
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = postfix-test.localdomain
mydomain = localdomain
myorigin = $myhostname
mydestination =
relay_domains =
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
notify_classes =
biff = no
# no DNS anywhere
smtp_dns_support_level = disabled
smtp_host_lookup = native
lmtp_host_lookup = native
smtpd_peername_lookup = no
# every recipient of every domain goes into one Maildir: {root}/mail/inbox/
virtual_mailbox_domains = static:all
virtual_mailbox_base = {root}/mail
virtual_mailbox_maps = static:inbox/
virtual_uid_maps = static:{uid}
virtual_gid_maps = static:{gid}
# what the tests are for: Postfix refuses what a strict server refuses
smtpd_forbid_bare_newline = reject
smtpd_forbid_bare_newline_exclusions =
strict_rfc821_envelopes = yes
strict_7bit_headers = yes
strict_8bitmime_body = yes
strict_mime_encoding_domain = yes
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Instance:
    def __init__(self, port):
        self.port = port or free_port()
        # /tmp, whatever TMPDIR says: "nobody" must reach the Maildir, and socket paths stay short
        self.root = tempfile.mkdtemp(prefix="postfix-test-", dir="/tmp")
        self.conf = os.path.join(self.root, "conf")
        self.maildir = os.path.join(self.root, "mail", "inbox")
        self._stopped = False

    def _postfix(self, *args):
        """Runs "postfix -c CONF args"; returns (exit code, output)."""
        result = subprocess.run([POSTFIX, "-c", self.conf, *args], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return result.returncode, result.stdout

    def _start(self, extra_config):
        # Delivery runs as "nobody" (virtual(8) refuses root), so it must reach the Maildir.
        nobody = pwd.getpwnam("nobody")
        os.chmod(self.root, 0o755)
        os.makedirs(self.conf)
        os.makedirs(os.path.join(self.root, "mail"))
        os.chown(os.path.join(self.root, "mail"), nobody.pw_uid, nobody.pw_gid)
        with open(os.path.join(self.conf, "main.cf"), "w") as f:
            f.write(MAIN_CF.format(root=self.root, port=self.port,
                                   uid=nobody.pw_uid, gid=nobody.pw_gid) + extra_config)
        with open(os.path.join(self.conf, "master.cf"), "w") as f:
            f.write(MASTER_CF.format(port=self.port))
        # Every postfix command sleeps in 0.3 s steps (2.4 s in all) on a main.cf this fresh
        past = time.time() - 60
        for name in ("main.cf", "master.cf"):
            os.utime(os.path.join(self.conf, name), (past, past))
        self._make_queue()
        with socket.socket() as probe:  # the master listens with SO_REUSEPORT: two instances on
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # one port would share it
            probe.bind(("127.0.0.1", self.port))  # OSError (EADDRINUSE) if the port is taken
        code, output = self._postfix("start")
        if code != 0:
            raise RuntimeError(f"postfix start failed: {output}\n{self.log()}")
        deadline = time.monotonic() + 10
        while True:  # master binds the port before "start" returns; make sure anyway
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"smtpd not listening on {self.port}\n{self.log()}")
                time.sleep(0.05)

    def _make_queue(self):
        """Makes the queue and data directories as Debian's postfix-files lists them, and asks
        for a quick start: "postfix start" would make them with a slow shell script (about
        2 s) and then run checks that cannot fail on a fresh directory."""
        owners = {"root": pwd.getpwnam("root"), "$mail_owner": pwd.getpwnam("postfix")}
        postdrop = grp.getgrnam("postdrop").gr_gid
        dirs = {"$queue_directory": os.path.join(self.root, "queue"),
                "$data_directory": os.path.join(self.root, "data")}
        with open("/etc/postfix/postfix-files") as f:
            for line in f:
                fields = line.strip().split(":")
                if len(fields) < 5 or fields[1] != "d" or fields[0].split("/")[0] not in dirs:
                    continue
                top, _, rest = fields[0].partition("/")
                path = os.path.join(dirs[top], rest)
                os.makedirs(path, exist_ok=True)
                owner = owners[fields[2]]
                gid = postdrop if fields[3] == "$setgid_group" else owner.pw_gid
                os.chown(path, owner.pw_uid, gid)
                os.chmod(path, int(fields[4], 8))
        open(os.path.join(dirs["$queue_directory"], "quick-start"), "w").close()

    def log(self):
        try:
            with open(os.path.join(self.root, "maillog"), errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def message_files(self):
        paths = []
        for sub in ("new", "cur"):
            d = os.path.join(self.maildir, sub)
            if os.path.isdir(d):
                paths += [os.path.join(d, n) for n in os.listdir(d)]
        return sorted(paths, key=lambda p: (os.stat(p).st_mtime_ns, os.path.basename(p)))

    def wait_for(self, n, timeout=10.0):
        """Waits until at least n messages are delivered; returns all of them as bytes."""
        deadline = time.monotonic() + timeout
        while True:
            files = self.message_files()
            if len(files) >= n:
                out = []
                for p in files:
                    with open(p, "rb") as f:
                        out.append(f.read())
                return out
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(files)} of {n} messages delivered in {timeout}s\n"
                                   + self.log())
            time.sleep(0.05)

    def stop(self):
        if self._stopped:
            return
        self._stopped = True
        if os.path.exists(os.path.join(self.root, "queue", "pid", "master.pid")):
            self._postfix("stop")  # waits for the master to exit (kill -9 after 5 s)
        shutil.rmtree(self.root, ignore_errors=True)


def start(port=None, extra_config=""):
    """Starts a private Postfix whose smtpd listens on 127.0.0.1:port (None: a free port);
    extra_config is appended to main.cf (a later line wins), e.g. "strict_7bit_headers = no\n".
    Returns its handle."""
    instance = Instance(port)
    atexit.register(instance.stop)
    try:
        instance._start(extra_config)
    except BaseException:
        instance.stop()
        raise
    return instance


def run(port, maildir_out):
    for sub in ("tmp", "new", "cur"):
        os.makedirs(os.path.join(maildir_out, sub), exist_ok=True)
    instance = start(port)
    try:
        done = until_parent_done()
        print("ready", flush=True)
        copied = set()
        while True:
            stopping = done.wait(0.05)
            for path in instance.message_files():
                name = os.path.basename(path)
                if name not in copied:
                    tmp = os.path.join(maildir_out, "tmp", name)
                    shutil.copyfile(path, tmp)
                    os.rename(tmp, os.path.join(maildir_out, "new", name))
                    copied.add(name)
            if stopping:
                break
    finally:
        instance.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="run until stdin closes or SIGTERM")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--maildir-out", required=True)
    args = parser.parse_args()
    run(args.port, args.maildir_out)


if __name__ == "__main__":
    main()
