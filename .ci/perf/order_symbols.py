#!/usr/bin/env python3
"""Writes .ci/perf/lederavtale.order: the functions lederavtale runs from start to its first frames, in
the order lld should lay them out (Package.swift passes it with --symbol-ordering-file), and
.ci/perf/lederavtale.ld, a linker script that puts the start's functions the order file cannot name
(private labels, names defined in many objects) in one block just before them. The kernel maps
a binary's text 64 kB at a time around each page it faults in, so start-up code scattered over the
100 MB binary made 12 MB of it resident for 1 MB of functions; laid out together it is far less
(README, "Minne"). A stale list costs only that gain, never correctness.

Usage (after `swift build -c release`): python3 .ci/perf/order_symbols.py [.build/release/lederavtale]
Runs the binary under valgrind's callgrind in a pty (tuibench's Term) for a few sessions on a sample
store: the main screen with its panes, the detail, the meeting and help; the picker; the overview;
an edit that is saved, the wheel, the scorecard, a conversation and a field's history.
Then once under valgrind's lackey to the sample's first frame, for the data it reads and writes.
"""
import bisect, collections
import os, subprocess, sys, tempfile, threading

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for tools in (os.path.join(ROOT, "..", "shared", "tools", "tuibench"), "/work/shared/tools/tuibench"):
    sys.path.insert(0, os.path.normpath(tools))
from tuibench import Term  # noqa: E402

SESSIONS = [  # (arguments after --store STORE, marker, keys)
    (["hoeggen-skole-2011"], "Frivillighet", ["down", "up", "tab", "tab", "tab", "down", "enter", "down", "esc", "m", "right", "esc", "?", "esc", "q"]),
    ([], "Hoeggen", ["down", "up", "s", "bs", "esc"]),
    (["overview"], "Hoeggen", ["down", "up", "s", "bs", "tab", "right", "esc", "esc"]),
    # After the start: a log entry saved (the save, its history and the index), the wheel, the
    # scorecard and a conversation. Laid out after the start's functions, these no longer fault in
    # 64 kB of cold code each: one saved edit took the sample from 9 MB to 17.6 MB resident.
    (["hoeggen-skole-2011"], "Frivillighet", ["down", "l", "text:Målt av order_symbols", "enter", "h", "down", "esc", "i", "esc",
                                              "s", "right", "esc", "E", "esc", "q"]),
]


def executed(binary, store, args, marker, keys, work):
    out = os.path.join(work, "callgrind.out")
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, "--dump-instr=no", "--compress-strings=no", "--demangle=no"]
    cmd += [binary] + (args[:1] + ["--store", store] + args[1:] if args[:1] == ["overview"] else ["--store", store] + args)
    t = Term(cmd, 120, 40, env={"LEDERAVTALE_TODAY": "2011-09-15", "ESCDELAY": "25"})
    try:
        t.wait_frame(marker, 300, 120)
        for k in keys:
            t.send(k, 300, 5000)
    finally:
        t.close("q", wait_s=30)
    names = []
    for line in open(out, errors="replace"):
        if line.startswith("fn="):
            name = line[3:].strip()
            if name.startswith("("):
                name = name.split(") ", 1)[-1]
            names.append(name)
    return names


def touched_data(binary, store, work):
    """Every data address the first frame of the sample reads or writes, from valgrind's lackey (each
    load and store), taken from a FIFO as it runs: some 40 million lines, never written to disk."""
    fifo = os.path.join(work, "lackey.fifo")
    os.mkfifo(fifo)
    seen = set()

    def drain():
        with open(fifo, "rb") as f:
            for line in f:
                if line[:1] == b" ":  # " L addr,size", " S …", " M …"; instructions start with "I"
                    seen.add(int(line[3:line.index(b",")], 16))

    reader = threading.Thread(target=drain)
    reader.start()
    cmd = ["valgrind", "--tool=lackey", "--trace-mem=yes", "--log-file=" + fifo, binary, "--store", store, "hoeggen-skole-2011"]
    t = Term(cmd, 120, 40, env={"LEDERAVTALE_TODAY": "2011-09-15", "ESCDELAY": "25"})
    try:
        t.wait_frame("Frivillighet", 900, 120)
    finally:
        t.close("q", wait_s=120)
        reader.join()
    return seen


def data_symbols(binary, addresses):
    """The data symbols (data, read-only data, zero-filled) that hold any of `addresses`, in address
    order, each defined once: lld moves the section of each, so what the start touches lies together."""
    symbols, defined = [], collections.Counter()
    for line in subprocess.run(["nm", "-n", "-S", "--defined-only", binary], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if len(parts) == 3:
            defined[parts[2]] += 1
        if len(parts) == 4:
            defined[parts[3]] += 1
            if parts[2] in "bBdDrRvV":
                symbols.append((int(parts[0], 16), max(1, int(parts[1], 16)), parts[3]))
    symbols.sort()
    starts = [s[0] for s in symbols]
    hit = set()
    for address in addresses:
        i = bisect.bisect_right(starts, address) - 1
        if i >= 0 and address < symbols[i][0] + symbols[i][1]:
            hit.add(i)
    return [symbols[i][2] for i in sorted(hit) if defined[symbols[i][2]] == 1]


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "lederavtale"))
    with tempfile.TemporaryDirectory() as work:
        plain = os.path.join(work, "lederavtale")  # valgrind 3.19 cannot read Swift 6's DWARF 5
        subprocess.run(["strip", "--strip-debug", "-o", plain, binary], check=True)
        store = os.path.join(work, "store")
        subprocess.run([binary, "init", "--sample", "--store", store], check=True, capture_output=True)
        text, conformances, defined = set(), [], collections.Counter()
        for line in subprocess.run(["nm", "-n", "--defined-only", plain], capture_output=True, text=True, check=True).stdout.splitlines():
            parts = line.split(" ", 2)
            if len(parts) == 3:
                defined[parts[2]] += 1
            if len(parts) == 3 and parts[1] in "tTWi":  # i: a static binary's IFUNC resolvers (memchr, floor …)
                text.add(parts[2])
            elif len(parts) == 3 and parts[1] in "rRdD" and parts[2].endswith("Mc"):
                conformances.append(parts[2])
        # A name defined more than once is a local copy in several objects (an outlined copy, a
        # merged helper: `…WOhTm`, `objectdestroy.2Tm`, libc's `round_and_return`): lld orders every
        # section that holds one, and where that section is a prebuilt library's whole `.text`
        # (_RegexParser, _StringProcessing) it drags hundreds of kB of code nobody runs into the
        # start-up span. Such names are left out.
        # Those that run go to the linker script instead (below), which takes them only where each has a
        # section of its own: in our modules, compiled with a section per function.
        order, copies, seen = [], [], set()
        for args, marker, keys in SESSIONS:
            for name in executed(plain, store, args, marker, keys, work):
                if name in text and name not in seen:
                    seen.add(name)
                    (order if defined[name] == 1 else copies).append(name)
        # Then the data the first frame touches (Swift metadata and globals, the stdlib's Unicode tables,
        # libc's and ncurses' variables): scattered over 40 MB of data, read-only data and zero-filled
        # pages, each one touched kept 4 kB (64 kB where the kernel maps around a read) resident.
        data = [name for name in data_symbols(plain, touched_data(plain, store, work)) if name not in seen]
    # Then every protocol conformance descriptor (…Mc), in address order: the runtime's first conformance
    # lookup walks all conformance records and reads each descriptor, so scattered among the other
    # read-only data they kept a page of it resident for each few descriptors.
    path = os.path.join(HERE, "lederavtale.order")
    with open(path, "w") as f:
        described = set(conformances)
        f.write("\n".join(order + [d for d in data if d not in described] + conformances) + "\n")
    # The linker script: every private function of our modules (`.L__unnamed_N` closures and forwarders,
    # `.Lobjectdestroy`: no symbol, so no order file can name them; 53 kB in all) and the sections of the
    # names above, in one output section inserted before `.text`, next to the ordered start. Each of them
    # used to sit among its file's cold functions, and running it mapped 64 kB of those.
    script = os.path.join(HERE, "lederavtale.ld")
    with open(script, "w") as f:
        f.write("/* Written by .ci/perf/order_symbols.py: see it and Package.swift. */\nSECTIONS {\n  .text.local : {\n")
        f.write("    *(.text..L*)\n")
        for name in copies:
            if '"' not in name and not any(c.isspace() for c in name):
                f.write('    *(".text.%s")\n' % name)
        f.write("  }\n} INSERT BEFORE .text;\n")
    print("%d functions, %d data symbols and %d conformance descriptors written to %s" % (len(order), len(data), len(conformances), path))
    print("%d functions named in several objects written to %s" % (len(copies), script))


if __name__ == "__main__":
    main()
