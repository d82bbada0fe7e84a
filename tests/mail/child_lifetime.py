"""How the mail test helpers live as children of a test (src/mail/smtp_peer.h PythonPeer):
they run until the parent closes their stdin (or dies) or a signal asks them to stop."""
import os
import signal
import threading


def until_parent_done():
    """An Event that is set on SIGTERM, SIGINT, SIGHUP or end of stdin."""
    done = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, lambda *_: done.set())

    def watch_stdin():  # EOF: the parent closed our stdin or died
        while os.read(0, 4096):  # os.read: a buffered stdin would abort the exit
            pass
        done.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    return done
