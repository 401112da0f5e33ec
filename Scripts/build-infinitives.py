#!/usr/bin/env python3
"""Builds Lexicons/text/infinitives.tsv: Italian verb infinitives, used to tell a verb with
enclitic pronouns (portarlo = portar + lo) from a word that only looks like one (esperti, moderne).

Source: the single-word lemmas of Sentix 3.1.1 ending in -are, -ere, -ire or -rre (CC BY-SA 4.0;
see Lexicons/sentiment/LICENSE-Sentix.md), plus the verbs of ADDED, frequent in news and social
media and missing from Sentix. The derived file is CC BY-SA 4.0 too.

Usage: python3 Scripts/build-infinitives.py ../shared/data/sentiment/sentix/sentix_v3.1.1.csv
"""
import csv
import pathlib
import re
import sys

ADDED = ["twittare", "ritwittare", "linkare", "postare", "taggare", "chattare", "googlare", "scrollare",
         "bloggare", "cliccare", "condividere", "whatsappare", "spoilerare", "bannare", "hackerare"]

source = pathlib.Path(sys.argv[1])
lemmas = set()
with source.open(encoding="utf-8") as handle:
    for row in csv.DictReader(handle):
        lemma = row["lemma"].strip().lower()
        if re.fullmatch(r"[a-zàèéìòù]+(are|ere|ire|rre)", lemma):
            lemmas.add(lemma)
        elif re.fullmatch(r"[a-zàèéìòù]+(ar|er|ir|r)si", lemma):
            # Pronominal verbs are listed as "soffermarsi": their infinitive is "soffermare".
            # Contracted verbs keep the double r: porsi → porre, addursi → addurre, trarsi → trarre.
            stem = lemma[:-2]
            lemmas.add(stem + ("re" if stem.endswith(("or", "ur", "trar")) else "e"))
lemmas.update(ADDED)
# Sentix lists nouns whose ending looks like an infinitive's: the agent nouns in -iere (cantiere,
# consigliere, portiere: the only verbs in -iere end in -gliere or -piere) and a few plurals of
# nouns in -era or -ere ("docente di lettere" is no "di" + infinitive).
NOT_VERBS = {"lettere", "crociere"}
lemmas = {lemma for lemma in lemmas
          if lemma not in NOT_VERBS and not (lemma.endswith("iere") and not lemma.endswith(("gliere", "piere")))}
output = pathlib.Path(__file__).resolve().parent.parent / "Lexicons" / "text" / "infinitives.tsv"
with output.open("w", encoding="utf-8") as handle:
    handle.write("# infinitive\n")
    handle.write("# Derived from Sentix 3.1.1 (CC BY-SA 4.0) by Scripts/build-infinitives.py; CC BY-SA 4.0.\n")
    for lemma in sorted(lemmas):
        handle.write(lemma + "\n")
print(f"{len(lemmas)} infinitives -> {output}")
