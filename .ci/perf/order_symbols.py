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
Then once under valgrind's lackey to the sample's first frame, for the code it runs and the data it reads and writes; and
under lackey again for the keys that only move on a screen (browse, detail, meeting, overview, picker,
typing in a form; then the goal matrix, a conversation and the wheel — on the sample the scorecard
and a field's history have nothing for a key to move over), taken twice, the second time kept: the functions and data each such key runs
through go first of all, so a key touches a few dozen pages of code instead of some 160 (README,
"Ytelse").
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

# The keys that only move on a screen, each screen's set taken three times (args, marker, keys that
# set the screen up, keys, quit keys): what the second and third times run is what a key runs once
# its screen's layouts are made, and goes first in the order.
HOT = [
    (["hoeggen-skole-2011"], "Frivillighet", [], ["down", "up", "tab", "tab", "tab"], "q"),
    (["hoeggen-skole-2011"], "Frivillighet", ["down", "enter"], ["down", "up"], "q"),
    (["hoeggen-skole-2011"], "Frivillighet", ["m"], ["right", "left"], "q"),
    (["overview"], "Hoeggen", [], ["down", "up"], "esc"),
    ([], "Hoeggen", [], ["down", "up"], "q"),
    (["hoeggen-skole-2011"], "Frivillighet", ["down", "l"], ["a", "b", "bs", "bs"], "esc,q"),
    # The screens added since whose keys were behind tig's (the conversation, the wheel) and the goal
    # matrix: their keys' own code goes after the start's functions (the first frame does not run it),
    # laid out together rather than where it falls. Every key here must change the screen: `send`
    # waits up to a minute for a frame.
    (["overview"], "Hoeggen", ["tab"], ["right", "left", "down", "up"], "esc,esc,q"),
    (["hoeggen-skole-2011"], "Frivillighet", ["s"], ["right", "left"], "esc,q"),
    (["hoeggen-skole-2011"], "Frivillighet", ["h"], ["up", "down"], "q"),
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


def first_frame(binary, store, work):
    """Every code and data address the first frame of the sample runs, reads or writes, from valgrind's
    lackey (each instruction, load and store), taken from a FIFO as it runs: some 90 million lines,
    never written to disk."""
    fifo = os.path.join(work, "lackey.fifo")
    os.mkfifo(fifo)
    seen, code = set(), set()

    def drain():
        with open(fifo, "rb") as f:
            for line in f:
                if line[:1] == b" ":  # " L addr,size", " S …", " M …"
                    seen.add(int(line[3:line.index(b",")], 16))
                elif line[:1] == b"I":  # "I  addr,size"
                    code.add(line[3:line.index(b",")])

    reader = threading.Thread(target=drain)
    reader.start()
    cmd = ["valgrind", "--tool=lackey", "--trace-mem=yes", "--log-file=" + fifo, binary, "--store", store, "hoeggen-skole-2011"]
    t = Term(cmd, 120, 40, env={"LEDERAVTALE_TODAY": "2011-09-15", "ESCDELAY": "25"})
    try:
        t.wait_frame("Frivillighet", 900, 120)
    finally:
        t.close("q", wait_s=120)
        reader.join()
    return {int(address, 16) for address in code}, seen


def hot_keys(binary, store, work, boundary):
    """The code and data addresses the keys of `HOT` touch once their screens are drawn, from lackey:
    the trace is cut into one piece per key at `boundary` (the address of `cn_read_input`, where the loop
    waits for the next key), and a piece is kept when it began after the keys' first round — the
    quit key's piece never ends and is never kept. Code addresses in the order first run."""
    code, data = {}, set()
    for args, marker, setup, keys, quit in HOT:
        fifo = os.path.join(work, "hot.fifo")
        if os.path.exists(fifo):
            os.remove(fifo)
        os.mkfifo(fifo)
        state = {"keep": False}

        def drain():
            piece_code, piece_data, recording = [], set(), False
            mark = b"I  %08x," % boundary  # lackey's format; only the kept pieces' addresses are parsed
            with open(fifo, "rb") as f:
                for line in f:
                    if line.startswith(mark):
                        if recording:
                            for a in piece_code:
                                code.setdefault(a, None)
                            data.update(piece_data)
                        piece_code, piece_data, recording = [], set(), state["keep"]
                    if not recording:
                        continue
                    if line[:1] == b"I":
                        piece_code.append(int(line[3:line.index(b",")], 16))
                    elif line[:1] == b" ":
                        piece_data.add(int(line[3:line.index(b",")], 16))

        reader = threading.Thread(target=drain)
        reader.start()
        cmd = ["valgrind", "--tool=lackey", "--trace-mem=yes", "--log-file=" + fifo, binary]
        cmd += args[:1] + ["--store", store] + args[1:] if args[:1] == ["overview"] else ["--store", store] + args
        t = Term(cmd, 120, 40, env={"LEDERAVTALE_TODAY": "2011-09-15", "ESCDELAY": "25"})
        try:
            t.wait_frame(marker, 900, 180)
            for k in setup + keys:
                t.send(k, 900, 60000)
            state["keep"] = True
            for k in keys + keys:
                t.send(k, 900, 60000)
            state["keep"] = False
        finally:
            t.close(quit, wait_s=120)
            reader.join()
    return list(code), data


def in_large_sections(limit=64 * 1024):
    """Functions of the Swift toolchain's static libraries that sit in a large code section of their
    object (the standard library's `Swift.o` holds 1.6 MB of its code in one `.text`): ordering any of
    them moves that whole section, so among the keys' functions they go last, after the small ones."""
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(
        subprocess.run(["sh", "-c", "command -v swift"], capture_output=True, text=True).stdout.strip() or "/opt/swift/usr/bin/swift"))),
        "lib", "swift_static", "linux")
    large = set()
    for archive in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not archive.endswith(".a"):
            continue
        sizes, in_symbols = {}, False
        listing = subprocess.run(["objdump", "-h", "-t", os.path.join(folder, archive)], capture_output=True, text=True).stdout
        for line in listing.splitlines():
            parts = line.split()
            if line.endswith("file format elf64-x86-64"):
                sizes, in_symbols = {}, False
            elif line.startswith("SYMBOL TABLE:"):
                in_symbols = True
            elif not in_symbols and len(parts) >= 7 and parts[0].isdigit():
                sizes[parts[1]] = int(parts[2], 16)
            elif in_symbols and "\t" in line:
                head, name = line.split("\t", 1)
                fields = head.split()
                if len(fields) >= 2 and "F" in fields[1:-1] and sizes.get(fields[-1], 0) > limit:
                    large.add(name.split()[-1])
    return large


def symbols_at(binary, addresses, types):
    """The symbols of the `nm` types given that hold any of `addresses`, each named once, in the order
    of the addresses given (of the first that falls in each), and how often each name is defined."""
    symbols, defined = [], collections.Counter()
    for line in subprocess.run(["nm", "-n", "-S", "--defined-only", binary], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if len(parts) == 3:
            defined[parts[2]] += 1
        if len(parts) == 4:
            defined[parts[3]] += 1
            if parts[2] in types:
                symbols.append((int(parts[0], 16), max(1, int(parts[1], 16)), parts[3]))
    symbols.sort()
    starts = [s[0] for s in symbols]
    hit = {}
    for address in addresses:
        i = bisect.bisect_right(starts, address) - 1
        if i >= 0 and address < symbols[i][0] + symbols[i][1]:
            hit.setdefault(i, None)
    return [symbols[i][2] for i in hit], defined


def data_symbols(binary, addresses):
    """The data symbols (data, read-only data, zero-filled) that hold any of `addresses`, in address
    order, each defined once: lld moves the section of each, so what the start touches lies together."""
    names, defined = symbols_at(binary, sorted(addresses), "bBdDrRvV")
    return [name for name in names if defined[name] == 1]


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
        start_code, start_data = first_frame(plain, store, work)
        data = [name for name in data_symbols(plain, start_data) if name not in seen]
        # First of all: what a key that only moves runs and touches. The start runs all of it too, but
        # spread over its 1 MB of code: a key on the main screen touched 70 kB of code on some 160
        # pages, each a TLB entry and a cache line or more to fetch again after the pause between keys.
        boundary = next(int(line.split()[0], 16) for line in subprocess.run(
            ["nm", "--defined-only", plain], capture_output=True, text=True, check=True).stdout.splitlines() if line.endswith(" cn_read_input"))
        hot_code, hot_data = hot_keys(plain, store, work, boundary)
        hot_functions, _ = symbols_at(plain, hot_code, "tTWi")
        # Of those, what the first frame runs too goes first of all (the small sections, then those that
        # move a large one); what only the keys run goes after the start's functions, so that the first
        # frame does not map it.
        large = in_large_sections()
        at_start = set(symbols_at(plain, start_code, "tTWi")[0])
        hot_start = [n for n in hot_functions if n in at_start and n not in large] + [n for n in hot_functions if n in at_start and n in large]
        hot_later = [n for n in hot_functions if n not in at_start]
        hot_set = set(hot_functions)
        order = ([n for n in hot_start if defined[n] == 1] + [n for n in order if n not in hot_set]
                 + [n for n in hot_later if defined[n] == 1])
        hot_order = [n for n in hot_functions if defined[n] == 1]
        copies = [n for n in copies if n not in hot_set] + [n for n in hot_functions if defined[n] > 1]
        hot_named = [name for name in data_symbols(plain, hot_data)]
        hot_named_set = set(hot_named)
        data = hot_named + [name for name in data if name not in hot_named_set]
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
    print("%d functions (%d of them run by keys that move, first), %d data symbols (%d touched by those keys, first) and %d conformance descriptors written to %s"
          % (len(order), len(hot_order), len(data), len(hot_named), len(conformances), path))
    print("%d functions named in several objects written to %s" % (len(copies), script))


if __name__ == "__main__":
    main()
