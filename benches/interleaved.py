#!/usr/bin/env python3
"""Side-by-side timing of `frontline score` builds, and optionally of a peer scorer, run in
turns rather than in blocks.

This VM's speed drifts by up to 2x from minute to minute. hyperfine runs each command's
runs in one block, so two builds can land in different phases of the machine; here every
round runs each command once, in an order that alternates, so each command sees the same
phases. Used for the figures in BENCHMARKS.md ("interleaved").

usage:
    benches/interleaved.py FILE.csv BINARY... [--peer SCRIPT.py] [--rounds N]

Each BINARY runs as `BINARY score FILE.csv`; `--peer` adds `python3 SCRIPT.py FILE.csv`
(e.g. ../shared/benchmarks/peer_vader.py) as the first command, and every build is then
also compared with it. Output goes to /dev/null; one warm-up run each.
"""
import argparse
import statistics
import subprocess
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv")
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--peer", help="a Python scorer run as `python3 PEER CSV`")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    commands = [[binary, "score", args.csv] for binary in args.binaries]
    if args.peer:
        commands.insert(0, ["python3", args.peer, args.csv])
    times = [[] for _ in commands]
    for command in commands:
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    for round_ in range(args.rounds):
        order = range(len(commands)) if round_ % 2 == 0 else reversed(range(len(commands)))
        for index in order:
            start = time.perf_counter()
            subprocess.run(commands[index], stdout=subprocess.DEVNULL, check=True)
            times[index].append(time.perf_counter() - start)

    first = times[0]
    for command, runs in zip(commands, times):
        mean, median = statistics.mean(runs), statistics.median(runs)
        line = (
            f"{' '.join(command[:2])}: mean {mean * 1e3:.1f} ms, median {median * 1e3:.1f} ms, "
            f"min {min(runs) * 1e3:.1f}, max {max(runs) * 1e3:.1f}"
        )
        if runs is not first:
            faster = sum(1 for ours, theirs in zip(runs, first) if ours < theirs)
            line += (
                f" | vs first: {statistics.mean(first) / mean:.2f}x by means, "
                f"{statistics.median(first) / median:.2f}x by medians, "
                f"faster in {faster} of {len(runs)} rounds"
            )
        print(line)


if __name__ == "__main__":
    main()
