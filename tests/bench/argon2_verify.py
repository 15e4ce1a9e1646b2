"""Baseline for bench_startup: one Argon2id verify of a stored hash in a fresh process (argon2-cffi, nothing else).

Reads `<hash>\\n<password>\\n` on stdin, prints `verify_seconds=<s> rss_added_kb=<n>`: the verify's time and how
much it raised the peak resident memory (its working memory, the hash's m parameter).
"""

import resource
import sys
import time

from argon2 import PasswordHasher

if __name__ == "__main__":
    stored, password = sys.stdin.read().split("\n")[:2]
    hasher = PasswordHasher()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    if not hasher.verify(stored, password):
        sys.exit(1)
    seconds = time.perf_counter() - started
    added = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    print(f"verify_seconds={seconds:.6f} rss_added_kb={added}", flush=True)
