"""Stand-ins for batch.parse_file that misbehave on purpose (module level: a spawned worker imports them)."""
import os

from policyparse.batch import parse_file


def dies_on_crash_files(path):
    if "crash" in os.path.basename(path):
        os._exit(3)  # as an out-of-memory kill or a segfault in a C library would
    return parse_file(path)
