#!/usr/bin/env python3
"""Checks claim gold files against their texts (Fixtures/README.md, "Claims: annotation guidelines").

Usage: Scripts/check-claim-gold.py FILE.json|DIR ...

For every NAME.json beside a NAME.txt it checks that each speaker, cue, content and quotation
text is an exact substring of the text; that a string found more than once carries its
1-based `…Occurrence` (overlapping occurrences counted, as `itnlp eval` counts them) and that
the occurrence exists (a whole word, for speakers and cues); that kinds and roles are known; that claims are in document order; that
every quotation sits between a pair of marks; and that every « or “ in the text belongs to a
listed quotation. It prints one line per problem and exits 1 when there is any.
Written so that new gold can be checked before `itnlp eval` is run on it.
"""
import json
import os
import sys

KINDS = {"direct", "indirect", "mixed", "according"}
ROLES = {"speech", "scare", "title"}
OPENING = {"«": "»", "“": "”", '"': '"', "‘": "’", "‹": "›", "„": "“"}


def starts(text, needle):
    """Every start of `needle` in `text`, overlapping ones too."""
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def locate(text, value, occurrence, where, problems):
    """The start of the chosen occurrence of `value`, or None after recording why not."""
    if not isinstance(value, str) or not value:
        problems.append(f"{where}: not a non-empty string")
        return None
    found = starts(text, value)
    if not found:
        problems.append(f"{where}: «{value}» is not in the text")
        return None
    if occurrence is None:
        if len(found) > 1:
            problems.append(f"{where}: «{value}» occurs {len(found)} times and has no occurrence")
        return found[0]
    if not isinstance(occurrence, int) or not 1 <= occurrence <= len(found):
        problems.append(f"{where}: occurrence {occurrence} of «{value}», the text has {len(found)}")
        return None
    return found[occurrence - 1]


def check(json_path):
    problems = []
    txt_path = json_path[:-5] + ".txt"
    if not os.path.exists(txt_path):
        return [f"{json_path}: no text beside it"]
    with open(txt_path, encoding="utf-8") as handle:
        text = handle.read()
    with open(json_path, encoding="utf-8") as handle:
        gold = json.load(handle)
    name = os.path.basename(json_path)
    last = -1
    for index, claim in enumerate(gold.get("claims", []), 1):
        where = f"{name} claim {index}"
        if claim.get("kind") not in KINDS:
            problems.append(f"{where}: kind {claim.get('kind')!r}")
        if not isinstance(claim.get("source"), (str, type(None))):
            problems.append(f"{where}: source is not a string or null")
        for flag in ("negated", "hedged"):
            if not isinstance(claim.get(flag), bool):
                problems.append(f"{where}: {flag} is not a boolean")
        content = locate(text, claim.get("content"), claim.get("contentOccurrence"), where + " content", problems)
        if content is not None:
            if content < last:
                problems.append(f"{where}: out of document order")
            last = content
        for field in ("speaker", "cue"):
            if claim.get(field) is not None:
                at = locate(text, claim[field], claim.get(field + "Occurrence"), f"{where} {field}", problems)
                # The chosen occurrence must be a whole word ("spiega", not inside "spiegazione").
                if at is not None:
                    end = at + len(claim[field])
                    # An elided form ends in its apostrophe and touches the next word ("stando all'avvocato").
                    elided = claim[field].endswith(("'", "\u2019"))
                    if (at > 0 and text[at - 1].isalnum()) or (not elided and end < len(text) and text[end].isalnum()):
                        problems.append(f"{where} {field}: «{claim[field]}» occurrence {claim.get(field + 'Occurrence', 1)} is inside a longer word")
    spans = []
    for index, quotation in enumerate(gold.get("quotations", []), 1):
        where = f"{name} quotation {index}"
        if quotation.get("role") not in ROLES:
            problems.append(f"{where}: role {quotation.get('role')!r}")
        at = locate(text, quotation.get("text"), quotation.get("occurrence"), where, problems)
        if at is None:
            continue
        before = text[at - 1] if at > 0 else ""
        after_at = at + len(quotation["text"])
        after = text[after_at] if after_at < len(text) else ""
        if before not in OPENING or OPENING[before] != after:
            problems.append(f"{where}: «{quotation['text'][:40]}» is not between a pair of marks")
        spans.append((at - 1, after_at))
    # A « or “ outside every listed quotation and its marks opens a quotation nobody listed
    # (marks that reopen a paragraph inside a long quotation lie inside its span).
    for mark in ("«", "“"):
        for at in starts(text, mark):
            if not any(start <= at <= end for start, end in spans):
                problems.append(f"{name}: the {mark} at offset {at} opens no listed quotation")
    return problems


def main(arguments):
    paths = []
    for argument in arguments:
        if os.path.isdir(argument):
            paths += sorted(os.path.join(argument, n) for n in os.listdir(argument) if n.endswith(".json"))
        else:
            paths.append(argument)
    problems = [problem for path in paths for problem in check(path)]
    for problem in problems:
        print(problem)
    print(f"{len(paths)} gold files, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["Fixtures/claims/dev"]))
