#!/usr/bin/env python3
"""Key → screen change of two programs pressed alternately, press by press, in one stretch of time.

Both programs run at once, each in its own pty (tuibench's Term, so a press is measured exactly as
tuibench measures it: key written → first chunk that changes the screen). Press j goes to one
program and then to the other, the order swapping every press, so a minute in which the host is slow
falls on both alike; measured one after the other, the two programs would each meet a different
minute of the host's drift, and a p95 would say more about that than about them.

Usage: python3 .ci/perf/paired_keys.py --tuibench DIR --spec SPEC.json --json OUT.json
SPEC: {"reps": 200, "warmup": 2, "pairs": [{"name": "...", "size": "120x40",
        "own":  {"cmd": [...], "marker": "...", "pre_keys": "down,enter", "keys": "down|up", "quit": "q", "env": {...}},
        "peer": {"cmd": [...], "cwd": "...", "marker": "...", "keys": "down|up", "quit": "q"}}]}
OUT:  {"pairs": [{"name", "size", "reps", "host_busy_pct", "own": {"first_ms": {median, p95, min, max, n},
        "nochange": N}, "peer": {...}}]}
A side's `keys` is one key or two that alternate (`a|b`), so that every press changes the screen.
Exit status 2 when a program never shows its marker or its keys never change the screen.
"""
import argparse, json, sys


def rounded(value):
    """Milliseconds to the microsecond: ratios near 1 need more than tuibench's two decimals."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return value


def measure(spec_pair, reps, warmup, tuibench):
    """Both sides of one pair opened, their presses interleaved; the two summaries."""
    cols, rows = tuibench.parse_size(spec_pair.get("size", "120x40"))
    terms = {}
    try:
        for side in ("peer", "own"):
            cfg = spec_pair[side]
            term = tuibench.Term(cfg["cmd"], cols, rows, env={k: str(v) for k, v in (cfg.get("env") or {}).items()},
                                 cwd=cfg.get("cwd"))
            terms[side] = term
            term.wait_frame(cfg["marker"], 50, float(cfg.get("timeout", 10)))
            for key in tuibench.split_keys(cfg.get("pre_keys")):
                term.send(key)
        keys = {side: spec_pair[side]["keys"].split("|") for side in terms}
        firsts = {side: [] for side in terms}
        unchanged = {side: 0 for side in terms}
        cpu_before = tuibench._cpu_times()
        for j in range(warmup + reps):
            order = ("peer", "own") if j % 2 == 0 else ("own", "peer")
            for side in order:
                press = terms[side].press(keys[side][j % len(keys[side])])
                if j < warmup:
                    continue
                if press["first_ms"] is None:
                    unchanged[side] += 1
                else:
                    firsts[side].append(press["first_ms"])
        busy = tuibench.host_busy(cpu_before, tuibench._cpu_times())
    finally:
        for side, term in terms.items():
            term.close(spec_pair[side].get("quit"))
    result = {"name": spec_pair.get("name", ""), "size": "%dx%d" % (cols, rows), "reps": reps,
              "host_busy_pct": busy}
    for side in terms:
        result[side] = {"first_ms": tuibench.summ(firsts[side]), "nochange": unchanged[side]}
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tuibench", required=True, help="the folder holding tuibench.py")
    parser.add_argument("--spec", required=True)
    parser.add_argument("--json", required=True)
    args = parser.parse_args()
    sys.path.insert(0, args.tuibench)
    import tuibench  # noqa: E402 (found through --tuibench)

    with open(args.spec) as f:
        spec = json.load(f)
    reps, warmup = int(spec.get("reps", 200)), int(spec.get("warmup", 2))
    results, failed = [], False
    for pair in spec["pairs"]:
        try:
            result = measure(pair, reps, warmup, tuibench)
        except (TimeoutError, OSError) as error:
            result = {"name": pair.get("name", ""), "size": pair.get("size", "120x40"), "error": str(error)}
            failed = True
        else:
            failed = failed or any(result[side]["first_ms"] is None for side in ("own", "peer"))
        results.append(rounded(result))
        own, peer = result.get("own", {}).get("first_ms"), result.get("peer", {}).get("first_ms")
        if own and peer:
            print("  %-28s own %.2f / %.2f ms, peer %.2f / %.2f ms (median / p95, %d presses each, host %.0f %% busy)"
                  % (result["name"], own["median"], own["p95"], peer["median"], peer["p95"], reps,
                     result["host_busy_pct"]), file=sys.stderr, flush=True)
        else:
            print("  %-28s FAILED: %s" % (result["name"], result.get("error", "no screen change").rstrip()),
                  file=sys.stderr, flush=True)
    with open(args.json, "w") as f:
        json.dump({"pairs": results}, f, indent=1)
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
