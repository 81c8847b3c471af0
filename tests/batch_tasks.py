"""Stand-ins for batch.parse_file that misbehave on purpose (module level: a spawned worker imports them)."""
import os
import time

from policyparse.batch import parse_file


def dies_on_crash_files(path):
    if "crash" in os.path.basename(path):
        os._exit(3)  # as an out-of-memory kill or a segfault in a C library would
    return parse_file(path)


def hangs_on_hang_files(path):
    if "hang" in os.path.basename(path):
        time.sleep(60)  # as a parse far past any limit a test sets: without the limit it ends, and is no Timeout
    return parse_file(path)
