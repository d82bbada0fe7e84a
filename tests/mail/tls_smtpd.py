#!/usr/bin/python3
"""A strict SMTP peer with STARTTLS and AUTH for the mail tests (Debian's python3-aiosmtpd 1.4).

Listens on 127.0.0.1:PORT. TLS: STARTTLS with a self-signed certificate made at start by the
openssl command line into a temporary directory; every command but EHLO/HELO/NOOP/QUIT
before STARTTLS is refused (530). AUTH PLAIN and LOGIN, offered only after STARTTLS, for
the one USER/PASSWORD given; MAIL without AUTH is refused (530) unless --auth-optional.
8BITMIME is offered unless --no-8bitmime; then MAIL ... BODY=anything is refused (555).
8-bit data without BODY=8BITMIME (or SMTPUTF8) is refused (554), and so is a line over
1000 octets with its CRLF (aiosmtpd: "500 Line too long").

Each accepted message is written to OUT_DIR as NNNN.json (the envelope: mail_from,
mail_options such as BODY=8BITMIME, rcpt_tos, auth, tls) and then NNNN.eml (the DATA bytes
exactly as received, dot-stuffing removed): once NNNN.eml exists, both are complete.

usage: /usr/bin/python3 tls_smtpd.py --port P --out-dir DIR --user U --password W
           [--no-8bitmime] [--auth-optional] [--cert-out FILE]
Prints "ready" once listening; runs until stdin closes (the parent ended) or SIGTERM.
"""
import argparse
import json
import logging
import os
import ssl
import subprocess
import tempfile
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from child_lifetime import until_parent_done


# aiosmtpd 1.4 sets its own deprecated Session.login_data on every AUTH, and logs a warning
logging.getLogger("mail.log").addFilter(lambda r: "login_data is deprecated" not in r.getMessage())


def make_tls_context(directory, cert_out=None):
    cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    if cert_out:
        with open(cert) as src, open(cert_out, "w") as dst:
            dst.write(src.read())
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


class Recorder:
    def __init__(self, out_dir, user, password, offer_8bitmime):
        self.out_dir = out_dir
        self.credentials = (user.encode(), password.encode())
        self.offer_8bitmime = offer_8bitmime
        self.count = len([n for n in os.listdir(out_dir) if n.endswith(".eml")])
        self.lock = threading.Lock()

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (auth_data.login, auth_data.password) == self.credentials
        if ok:
            session.auth_mechanism = mechanism
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if not self.offer_8bitmime:
            responses = [r for r in responses if r[4:] != "8BITMIME"]
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if not self.offer_8bitmime and any(o.startswith("BODY=") for o in mail_options):
            return "555 5.5.4 BODY= given, but 8BITMIME was not offered"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content
        options = envelope.mail_options
        if any(b > 0x7F for b in data) and "BODY=8BITMIME" not in options \
                and "SMTPUTF8" not in options:
            return "554 5.6.1 8-bit data without BODY=8BITMIME"
        cipher = session.ssl.get("cipher") if session.ssl else None
        record = {
            "mail_from": envelope.mail_from,
            "mail_options": options,
            "rcpt_tos": envelope.rcpt_tos,
            "rcpt_options": envelope.rcpt_options,
            "helo": session.host_name,
            "auth": {"mechanism": getattr(session, "auth_mechanism", None),
                     "login": session.auth_data.login.decode()} if session.authenticated else None,
            "tls": {"version": cipher[1], "cipher": cipher[0]} if cipher else None,
        }
        with self.lock:
            self.count += 1
            base = os.path.join(self.out_dir, f"{self.count:04d}")
        for suffix, content in ((".json", json.dumps(record, indent=1).encode()), (".eml", data)):
            with open(base + suffix + ".tmp", "wb") as f:
                f.write(content)
            os.rename(base + suffix + ".tmp", base + suffix)
        return "250 2.0.0 OK"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out-dir", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--no-8bitmime", action="store_true")
    parser.add_argument("--auth-optional", action="store_true")
    parser.add_argument("--cert-out", help="also write the self-signed certificate (PEM) here")
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="tls-smtpd-") as tmp:
        handler = Recorder(args.out_dir, args.user, args.password, not args.no_8bitmime)
        controller = Controller(
            handler, hostname="127.0.0.1", port=args.port, server_hostname="tls-peer.localdomain",
            tls_context=make_tls_context(tmp, args.cert_out), require_starttls=True,
            auth_require_tls=True, auth_required=not args.auth_optional,
            authenticator=handler.authenticate, enable_SMTPUTF8=True)
        controller.start()
        done = until_parent_done()
        print("ready", flush=True)
        while not done.wait(0.5):
            pass
        controller.stop()


if __name__ == "__main__":
    main()
