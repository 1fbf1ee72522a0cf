"""Importing the command holds the collector back until its modules are in, then leaves it as it was."""

from __future__ import annotations

import json
import subprocess
import sys

IMPORT_AND_REPORT = """
import gc, json
before = gc.get_threshold()
young = gc.get_stats()[0]["collections"]
import heroes_i18ncheck.cli
print(json.dumps({
    "before": before,
    "after": gc.get_threshold(),
    "enabled": gc.isenabled(),
    "young_collections": gc.get_stats()[0]["collections"] - young,
    "frozen": gc.get_freeze_count(),
}))
"""


def test_collector_as_it_was_and_idle_while_the_command_imports() -> None:
    done = subprocess.run([sys.executable, "-c", IMPORT_AND_REPORT], capture_output=True, text=True, check=True)
    found = json.loads(done.stdout)
    assert found["after"] == found["before"]
    assert found["enabled"]
    # Some 75,000 objects are allocated; at the default threshold they started about a hundred collections.
    assert found["young_collections"] < 30
    assert found["frozen"] > 50_000
