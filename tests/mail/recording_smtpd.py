"""A real SMTP peer for the tests (aiosmtpd from Debian): accepts mail and appends each
message to a file, one JSON object per line (the raw data, and the text, subject and To header
as a mail reader shows them, decoded by Python's email package); refuses recipients whose address starts with
"reject" with a permanent 550, as a real server refuses an unknown mailbox.

usage: /usr/bin/python3 recording_smtpd.py PORT OUTPUT_FILE
Prints "ready" once listening; runs until stdin closes (the test ended) or SIGTERM.
"""
import email
import email.policy
import json
import sys

from aiosmtpd.controller import Controller

from child_lifetime import until_parent_done


class Recorder:
    def __init__(self, path):
        self.path = path

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("reject"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"to": envelope.rcpt_tos,
                                  "data": envelope.content.decode("utf-8", "replace"),
                                  "subject": str(message["Subject"]), "to_header": str(message["To"]),
                                  "text": body.get_content() if body is not None else ""},
                                 ensure_ascii=False) + "\n")
        return "250 Message accepted"


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Recorder(path), hostname="127.0.0.1", port=port)
    controller.start()
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    try:
        until_parent_done().wait()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
