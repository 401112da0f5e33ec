#!/usr/bin/env python3
"""Times `itnlp` on adversarial input shapes at two sizes (n and 4 n) to show linear time.

    swift build -c release
    Scripts/adversarial-timings.py [--binary .build/release/itnlp] [--commands tokenize,analyze]
                                   [--only NAME,NAME] [--timeout 120] [--scale 1]

Each shape is written to a temporary file and run through each command (default format); the
figure is the child's CPU time (user + system), which a busy machine disturbs less than wall
time, less the command's start-up (the lexicons: its time on an empty file, best of three). A
ratio near 4 is linear; near 16 quadratic. A run that exceeds the timeout, crashes or
exits with a signal is reported as such. A one-off measurement, not a test: its figures depend on
the machine and its load.
"""
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile


def shapes():
    """name -> (function of k returning bytes, k at size n)."""
    rnd = random.Random(12)

    def noise(k):
        return bytes(rnd.getrandbits(8) for _ in range(k))

    s = {
        # The brief's shapes.
        "20k « (unclosed)": (lambda k: "«".encode() * k, 20_000),
        '20k " (straight)': (lambda k: b'"' * k, 20_000),
        "50k apostrophes": (lambda k: b"'" * k, 50_000),
        "100k 'secondo '": (lambda k: b"secondo " * k, 100_000),
        "one word, no spaces (0.5 MB)": (lambda k: b"abcdefghij" * k, 50_000),
        "30k nested parentheses": (lambda k: b"(" * k + b"a" + b")" * k, 30_000),
        "open quotes never closed": (lambda k: "«Disse “che ‘forse ".encode() * k, 10_000),
        "nested «“‘ quotes": (lambda k: "«“‘".encode() * k + b"x" + "’”»".encode() * k, 10_000),
        "no spaces, punctuation (256 kB)": (lambda k: b"parola,Parola.parola;" * k, 12_000),
        "no punctuation (256 kB)": (lambda k: b"parola " * k, 36_000),
        "thousands of quotation marks": (lambda k: "« » “ ” \" ' ".encode() * k, 20_000),
        # Bytes, lines and scripts.
        "binary noise (256 kB)": (noise, 256_000),
        "invalid UTF-8 pairs": (lambda k: b"\xff\xfea " * k, 50_000),
        "NUL bytes": (lambda k: b"a\x00" * k, 100_000),
        "CR-only line ends": (lambda k: b"Frase breve.\r" * k, 20_000),
        "U+2028 separators": (lambda k: "Frase\u2028".encode() * k, 30_000),
        "long number (256 kB)": (lambda k: b"1234567890" * k, 25_000),
        "long URL (256 kB)": (lambda k: b"http://example.it/" + b"a/" * k, 128_000),
        "combining marks, one base": (lambda k: ("a" + "\u0301" * k).encode(), 50_000),
        "combining marks, alternating classes": (lambda k: ("a" + "\u0301\u0323" * k).encode(), 25_000),
        "combining marks, three classes out of order": (lambda k: ("a" + "\u0301\u0323\u0345" * k).encode(), 15_000),
        "Tibetan U+0F73 (decomposes to marks)": (lambda k: ("\u0f40" + "\u0f73\u0f71" * k).encode(), 15_000),
        "emoji ZWJ families": (lambda k: "👨‍👩‍👧‍👦".encode() * k, 10_000),
        "Chinese, no spaces (ICU dictionary)": (lambda k: "中华人民共和国国务院总理".encode() * k, 10_000),
        "Thai, no spaces (ICU dictionary)": (lambda k: "ภาษาไทยเป็นภาษาราชการ".encode() * k, 5_000),
        # Shapes that join tokens: e-mail, slashes, hyphens, dots.
        "capital-hyphen chain A-A-A": (lambda k: b"A-" * k, 50_000),
        "plus chain A+A+A": (lambda k: b"A+" * k, 50_000),
        "digit-hyphen chain 1-1-1": (lambda k: b"1-" * k, 50_000),
        "lower-hyphen chain ab-ab": (lambda k: b"ab-" * k, 30_000),
        "dotted capitals A.A.A.": (lambda k: b"A." * k, 50_000),
        "slash chain a/b/a/b": (lambda k: b"a/" * k, 50_000),
        "mentions and hashtags": (lambda k: b"@a #b " * k, 20_000),
        "initials A. A. A.": (lambda k: b"A. " * k, 30_000),
        "abbreviations Dott. Dott.": (lambda k: b"Dott. " * k, 20_000),
        # Claims and sentiment shapes.
        "reported clauses 'ha detto che'": (lambda k: b"ha detto che " * k, 10_000),
        "unclosed quotations after a cue": (lambda k: "Rossi ha detto: «".encode() * k, 5_000),
        "coordinated names": (lambda k: b"Mario Rossi, " * k, 10_000),
        "negators 'non '": (lambda k: b"non " * k, 20_000),
    }
    return s


def run(binary, command, path, timeout):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        completed = subprocess.run([binary, command, path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timeout > {timeout} s"
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if completed.returncode < 0:
        return seconds, f"signal {-completed.returncode}"
    if completed.returncode != 0:
        return seconds, f"exit {completed.returncode}"
    return seconds, ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/itnlp")
    parser.add_argument("--commands", default="tokenize,analyze")
    parser.add_argument("--only", default="")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--factor", type=int, default=4)
    parser.add_argument("--scale", type=float, default=1, help="multiplies every shape's n")
    arguments = parser.parse_args()
    only = [name for name in arguments.only.split(",") if name]
    commands = arguments.commands.split(",")
    with tempfile.TemporaryDirectory() as folder:
        empty = os.path.join(folder, "empty")
        open(empty, "wb").close()
        startup = {}
        for command in commands:
            startup[command] = min(run(arguments.binary, command, empty, arguments.timeout)[0] for _ in range(3))
        print("start-up CPU s (subtracted): " + ", ".join(f"{c} {t:.3f}" for c, t in startup.items()))
        print()
        print(f"| shape | command | bytes n | CPU s at n | CPU s at {arguments.factor}n | ratio | note |")
        print("|---|---|---:|---:|---:|---:|---|")
        for name, (make, k) in shapes().items():
            if only and not any(word in name for word in only):
                continue
            k = max(1, int(k * arguments.scale))
            small = os.path.join(folder, "n")
            large = os.path.join(folder, "4n")
            with open(small, "wb") as handle:
                handle.write(make(k))
            with open(large, "wb") as handle:
                handle.write(make(arguments.factor * k))
            size = os.path.getsize(small)
            for command in commands:
                first, note1 = run(arguments.binary, command, small, arguments.timeout)
                second, note2 = (None, "skipped") if first is None else run(arguments.binary, command, large, arguments.timeout)
                first = None if first is None else max(0.0, first - startup[command])
                second = None if second is None else max(0.0, second - startup[command])
                ratio = f"{second / first:.1f}" if first and second and first > 0.02 else "–"
                f1 = f"{first:.3f}" if first is not None else "–"
                f2 = f"{second:.3f}" if second is not None else "–"
                note = "; ".join(n for n in (note1, note2) if n)
                print(f"| {name} | {command} | {size:,} | {f1} | {f2} | {ratio} | {note} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
