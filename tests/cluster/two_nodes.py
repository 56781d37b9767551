"""A two-node Ray cluster on this machine: the digest spreads over both nodes, and killing the
worker node's raylet mid-run still ends with every story written exactly once.

    python tests/cluster/two_nodes.py --model PATH [--stories 160]

Starts a head (`ray start --head`) and a second node (`ray start --address …` with its own
`--resources`), each in a private temp dir, runs `summarizer digest --engine ray --address …`,
kills the second node's raylet once that node has briefed a batch, and checks the outputs.
It always stops what it started: every process that carries its cluster's private token, by
pid (not `ray stop --force`, which would also stop any other Ray on the machine, e.g. a test
session's).
Exit status 0 when every check passed; one line per failed check on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "data" / "dev.jsonl"
RAY = str(Path(sys.executable).parent / "ray")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stories(path: Path, count: int) -> list[str]:
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(count):
            r = records[n % len(records)]
            ids.append(f"{r['id']}-{n}")
            text = f"Am {n}. Tag meldete die Agentur Neues. " + r["text"]
            fh.write(json.dumps({"id": ids[-1], "text": text}, ensure_ascii=False) + "\n")
    return ids


def pids_of(marker: str, where: str = "cmdline") -> list[int]:
    """Processes whose command line (or environment) holds ``marker``: this run's port, or
    its private token, which every process of its cluster inherits (Ray renames its agents'
    command lines, so those are found by their environment)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            text = (entry / where).read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in text:
            found.append(int(entry.name))
    return found


def kill(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--stories", type=int, default=160)
    parser.add_argument("--timeout", type=float, default=540)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rt2-"))  # short: Ray's socket paths live under it
    temp = work / "ray"
    port, worker_port = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RAY_USAGE_STATS_ENABLED": "0"}
    # Ray's token authentication: every node and the driver need the cluster's token.
    token = secrets.token_hex(32)
    env.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=token)
    env.setdefault("HF_HUB_OFFLINE", "1")
    common = ["--disable-usage-stats", f"--temp-dir={temp}"]
    driver = None
    problems: list[str] = []
    started = time.monotonic()
    try:
        for command in (
            [RAY, "start", "--head", f"--port={port}", "--num-cpus=1", "--include-dashboard=false",
             *common],
            [RAY, "start", f"--address=127.0.0.1:{port}", "--num-cpus=1",
             f"--node-manager-port={worker_port}", '--resources={"second_node": 1}', *common],
        ):  # fmt: skip
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
            if done.returncode != 0:
                problems.append(f"{' '.join(command[1:3])} failed: {done.stderr.strip()[-1500:]}")
                return 1
        source, out = work / "day.jsonl", work / "out"
        ids = stories(source, args.stories)
        command = [
            sys.executable, "-m", "summarizer", "digest", str(source), "--no-merge",
            "--out", str(out), "--model", args.model, "--beams", "1",
            "--engine", "ray", "--address", f"127.0.0.1:{port}", "--workers", "2",
        ]  # fmt: skip
        log = work / "digest.stderr"
        with open(log, "w") as fh:
            driver = subprocess.Popen(command, env=env, cwd=ROOT, stdout=fh, stderr=fh)
        cache, nodes = out / ".cache", out / ".cache" / "nodes"
        killed = False
        while driver.poll() is None and time.monotonic() - started < args.timeout:
            both = nodes.is_dir() and len(list(nodes.iterdir())) >= 2
            if not killed and both and len(list(cache.glob("*.json"))) >= 16:
                raylet = [
                    pid
                    for pid in pids_of(f"--node_manager_port={worker_port}")
                    if "raylet"
                    in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
                ]
                if len(raylet) != 1:
                    problems.append(f"expected one raylet of the second node, found {raylet}")
                    break
                kill(raylet)
                killed = True
                done_at_kill = len(list(cache.glob("*.json")))
                print(f"two_nodes: killed the second node's raylet (pid {raylet[0]}) after "
                      f"{done_at_kill}/{args.stories} stories", file=sys.stderr)  # fmt: skip
            time.sleep(0.2)
        if driver.poll() is None:
            problems.append(f"the digest did not finish within {args.timeout:.0f} s")
            return 1
        stderr = log.read_text()
        if not killed:
            problems.append("the digest ended before the second node's raylet could be killed")
        elif done_at_kill >= args.stories:
            problems.append("the raylet was killed after the last story: nothing was tested")
        if driver.returncode != 0:
            problems.append(f"digest exit status {driver.returncode}: {stderr.strip()[-2000:]}")
            return 1
        if len(list(nodes.iterdir())) < 2:
            problems.append("the actors did not run on both nodes")
        written = [json.loads(line)["id"] for line in (out / "digest.jsonl").open()]
        if sorted(written) != sorted(ids):
            lost = sorted(set(ids) - set(written))
            twice = sorted({i for i in written if written.count(i) > 1})
            problems.append(f"stories lost {lost[:5]} or written twice {twice[:5]}")
        sharded = [json.loads(line)["id"] for p in (out / ".shards").iterdir() for line in p.open()]
        if sorted(sharded) != sorted(ids):
            problems.append(f"{len(sharded)} briefs in the shards, not each of {len(ids)} once")
        if len(list(cache.glob("*.json"))) != args.stories:
            problems.append(f"{len(list(cache.glob('*.json')))} cache entries, not {args.stories}")
        seconds = time.monotonic() - started
        print(f"two_nodes: {len(written)} stories in {seconds:.0f} s; the digest said: "
              f"{stderr.strip().splitlines()[-1]}", file=sys.stderr)  # fmt: skip
        return 1 if problems else 0
    finally:
        if driver and driver.poll() is None:
            driver.kill()
            driver.wait()
        kill(pids_of(f"RAY_AUTH_TOKEN={token}", where="environ"))
        if not problems:
            shutil.rmtree(work, ignore_errors=True)
        for line in problems:
            print(f"two_nodes: {line}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
