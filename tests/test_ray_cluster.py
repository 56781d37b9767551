"""The two-node cluster script (tests/cluster/two_nodes.py): a head and a second node on this
machine, the digest spread over both, the second node's raylet killed mid-run, every story
written exactly once. The script starts and stops its own cluster."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytest.importorskip("ray")


@pytest.mark.slow
def test_two_node_cluster_survives_losing_a_node(tiny_marian):
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests/cluster/two_nodes.py"), "--model", str(tiny_marian)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "killed the second node's raylet" in done.stderr
