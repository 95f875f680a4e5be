#!/usr/bin/env python3
"""What each megabyte of lederavtale's memory is: starts the binary in a pty (tuibench's Term), waits for
its first frame (and optional keys), then reads /proc/PID/smaps for every mapping and /proc/PID/pagemap
for the binary's own pages, which it attributes to the library each page's symbols come from (nm).

Usage: python3 .ci/perf/memory_budget.py [--size 120x40] [--marker TEXT] [--keys down,up] -- BINARY ARGS...
Prints a Markdown table. Needs ../shared/tools/tuibench (pexpect, pyte) and binutils' nm.
"""
import argparse, bisect, collections, os, re, struct, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "tools", "tuibench")))
sys.path.insert(0, "/work/shared/tools/tuibench")
from tuibench import Term  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
MODULE = re.compile(r"^_?\$s(\d+)([A-Za-z_][A-Za-z0-9_]*)")
OURS = {"AgreementKit", "AgreementStore", "AgreementUI", "AgreementExport", "Catalogue", "TerminalCurses",
        "AgreementGenerator", "lederavtale", "CSV"}


def group(symbol):
    """The library a symbol comes from, by its (mangled) name."""
    m = MODULE.match(symbol)
    if m:
        name = m.group(2)[: int(m.group(1))]
        if name in OURS:
            return "our modules (" + ("CSV.swift" if name == "CSV" else "app") + ")"
        if name.startswith("Foundation") or name in ("CoreFoundation",):
            return "Swift: " + name
        if name in ("ArgumentParser", "ArgumentParserToolInfo"):
            return "swift-argument-parser"
        if name in ("_StringProcessing", "_RegexParser"):
            return "Swift: _StringProcessing/_RegexParser"
        if name in ("Dispatch",):
            return "libdispatch"
        return "Swift: " + name
    if symbol.startswith(("$ss", "_$ss", "$sS", "_$sS", "$sy", "$sB")) or symbol.startswith("$s"):
        return "Swift: stdlib"
    if "icu_" in symbol or re.search(r"_7\d$", symbol) or symbol.startswith(("icudt", "u_", "ucol_", "ubrk_", "udat_", "unum_", "ucal_", "uloc_")):
        return "ICU (FoundationICU)"
    if symbol.startswith(("_ZN5swift", "swift_", "_swift_", "_ZN6__swift", "__swift")):
        return "Swift: runtime"
    if symbol.startswith(("CF", "_CF", "__CF", "kCF", "_kCF", "__kCF")):
        return "CoreFoundation"
    if "dispatch" in symbol:
        return "libdispatch"
    if symbol.startswith("_ZN") or symbol.startswith("_ZT") or symbol.startswith("_ZS"):
        return "C++ (runtime, libc++/libstdc++ parts)"
    return "C (libc glue, other)"


def symbols(binary):
    out = subprocess.run(["nm", "-n", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
    addrs, names = [], []
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[1] not in ("a", "A", "U"):
            try:
                addrs.append(int(parts[0], 16))
                names.append(parts[2])
            except ValueError:
                pass
    return addrs, names


def smaps(pid):
    maps, cur = [], None
    for line in open("/proc/%d/smaps" % pid):
        head = re.match(r"^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$", line)
        if head:
            cur = {"start": int(head.group(1), 16), "end": int(head.group(2), 16), "perms": head.group(3),
                   "path": head.group(4).strip(), "Rss": 0, "Anonymous": 0}
            maps.append(cur)
        elif cur is not None:
            k, _, v = line.partition(":")
            if v.strip().endswith("kB"):
                cur[k] = int(v.split()[0])
    return maps


def present_pages(pid, start, end):
    with open("/proc/%d/pagemap" % pid, "rb") as f:
        f.seek(start // PAGE * 8)
        data = f.read((end - start) // PAGE * 8)
    for i in range(len(data) // 8):
        (entry,) = struct.unpack_from("<Q", data, i * 8)
        if entry >> 63 & 1:
            yield start + i * PAGE


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="120x40")
    ap.add_argument("--marker", default="Frivillighet")
    ap.add_argument("--keys", default="")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    binary = os.path.realpath(cmd[0])
    cols, rows = (int(x) for x in a.size.split("x"))
    addrs, names = symbols(binary)
    t = Term(cmd, cols, rows, env={"ESCDELAY": "25", "LEDERAVTALE_TODAY": "2011-09-15"})
    try:
        t.wait_frame(a.marker, 50, 20)
        for k in [k for k in a.keys.split(",") if k]:
            t.send(k, 25, 1000)
        status = dict(l.split(":", 1) for l in open("/proc/%d/status" % t.pid) if ":" in l)
        maps = smaps(t.pid)
        own = collections.Counter()
        for m in maps:
            if m["path"] != binary or not m["Rss"]:
                continue
            kind = {"r-xp": "text", "r--p": "read-only data", "rw-p": "data"}.get(m["perms"], m["perms"])
            for page in present_pages(t.pid, m["start"], m["end"]):
                # split the page among the symbols that cover it
                i = max(0, bisect.bisect_right(addrs, page) - 1)
                pos, share = page, collections.Counter()
                while pos < page + PAGE and i < len(addrs):
                    nxt = addrs[i + 1] if i + 1 < len(addrs) else page + PAGE
                    lo, hi = max(pos, addrs[i]), min(page + PAGE, max(nxt, pos + 1))
                    if hi > lo:
                        share[group(names[i])] += hi - lo
                    pos = max(pos, hi)
                    i += 1
                total = sum(share.values()) or 1
                for g, n in share.items():
                    own[(kind, g)] += PAGE * n / total / 1024
    finally:
        t.close("q")
    print("peak (VmHWM) %s, now (VmRSS) %s; binary %s, %.1f MB on disk" % (
        status["VmHWM"].strip(), status["VmRSS"].strip(), binary, os.path.getsize(binary) / 1e6))
    print()
    print("| what | kB resident |")
    print("| --- | --- |")
    rest = collections.Counter()
    for m in maps:
        path = m["path"]
        if path == binary:
            continue
        label = ("heap" if path == "[heap]" else "stack" if path == "[stack]" else
                 "anonymous (malloc arenas, Swift metadata, …)" if not path else
                 os.path.basename(path) if not path.startswith("[") else path)
        rest[label] += m["Rss"]
    for (kind, g), kb in sorted(own.items(), key=lambda x: -x[1]):
        if kb >= 4:
            print("| binary %s: %s | %.0f |" % (kind, g, kb))
    print("| binary total | %.0f |" % sum(own.values()))
    for label, kb in sorted(rest.items(), key=lambda x: -x[1]):
        if kb:
            print("| %s | %d |" % (label, kb))
    print("| total Rss | %d |" % sum(m["Rss"] for m in maps))


if __name__ == "__main__":
    main()
