"""Theme filing and pack choice, measured on real labelled news (benchmarks/data/themes).

Prints, for the tuning part (dev) and the held-out part separately:
1. heading accuracy on conflict and diplomacy articles labelled sentence by sentence,
   per heading and as a confusion matrix, against keyword-only filing;
2. how many of the labelled conflict articles `--themes auto` gives the conflict pack,
   and pack-choice accuracy on topic-labelled articles (English, French, German),
   against the old fixed default (conflict for every article), with how often the
   choice off the label is a wrong subject pack or the general one, and the same
   without the sureness bar (briefer/themes/choice.py, MIN_SURE);
3. on sport, technology, business and entertainment articles briefed with default
   settings: the share of points under conflict headings and under a catch-all heading.

Needs the public snapshots named in benchmarks/data/themes/README.md, fetched as bare
git directories (set BRIEFER_THEME_DATA to the folder that holds them), and the public sets
`frank_cnndm`, `frank_xsum`, `xsum_humaneval` and `gum_news`
(benchmarks/data/public/README.md): the labels file stores only ids, sentence indices,
SHA-1 prefixes and labels, and the sentences are read from there.

    python benchmarks/themes.py
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import public_sets  # noqa: E402

from briefer.brief import BOTTOM_LINE  # noqa: E402
from briefer.pipeline import BriefOptions, make_brief  # noqa: E402
from briefer.read.plain import read_plain  # noqa: E402
from briefer.text.languages import get_language  # noqa: E402
from briefer.text.words import lexicon_for  # noqa: E402
from briefer.themes import PackChooser, ThemeMatcher, load_all, load_pack  # noqa: E402
from briefer.themes.matcher import KEYWORDS_ONLY, Weights  # noqa: E402
from briefer.themes.packs import GENERAL_PACK  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "themes"
MIRRORS = Path(os.environ.get("BRIEFER_THEME_DATA", "/work/.mirror"))
MASAKHANE = MIRRORS / "masakhane-io+masakhane-news" / "repo"
GNAD = MIRRORS / "tblock+10kGNAD" / "repo"
OTHER = "Other"
SPLITS = ("dev", "heldout")
PUBLIC_SETS = ("frank_cnndm", "frank_xsum", "xsum_humaneval", "gum_news")  # read by index

# Topic label -> packs that count as a right choice.
MASAKHANE_PACKS = {
    "business": {"economy"},
    "entertainment": {"culture"},
    "health": {"health"},
    "politics": {"politics", "conflict"},  # BBC politics includes world affairs
    "sports": {"sport"},
    "technology": {"technology"},
}
GNAD_PACKS = {
    "Sport": {"sport"},
    "Web": {"technology"},
    "Wirtschaft": {"economy"},
    "Wissenschaft": {"health", "climate", "technology"},
    "Kultur": {"culture"},
    "Inland": {"politics"},
    "International": {"politics", "conflict"},
    "Etat": {"culture", "technology", "general"},  # media and broadcasting
    "Panorama": {"crime", "climate", "general"},
}
NON_CONFLICT = ("sports", "technology", "business", "entertainment")
PER_TOPIC = 20  # articles per topic and split for the share of conflict headings


def git_show(repo: Path, path: str) -> str:
    """Return a file of a fetched bare repository, or "" when it is not there."""
    if not repo.is_dir():
        return ""
    done = subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], capture_output=True
    )
    return done.stdout.decode("utf-8") if done.returncode == 0 else ""


def masakhane_rows(lang: str, split: str) -> list[dict]:
    """Return the rows of one masakhane-news file (category, headline, text, url)."""
    text = git_show(MASAKHANE, f"data/{lang}/{split}.tsv")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t")) if text else []


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def sha1_12(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def public_records(name: str) -> dict[str, dict]:
    """Return a public set's records by id, or stop with a clear message if absent."""
    try:
        return {r["id"]: r for r in public_sets.load(name)}
    except FileNotFoundError as error:
        sys.exit(
            f"error: the public set {name} is missing ({error}).\n"
            "The labelled sentences are read from it; see benchmarks/data/public/README.md."
        )


def fill_frank(article: dict, records: dict[str, dict]) -> None:
    """Fill in each labelled sentence's text from its record's `sentences` list."""
    record = records.get(article["id"])
    if record is None or not record.get("sentences"):
        sys.exit(f"error: {article['id']} is not in the public set {article['source']}")
    lines = record["sentences"]
    for sentence in article["sentences"]:
        index = sentence["index"]
        text = lines[index] if index < len(lines) else ""
        if sha1_12(text) != sentence["sha1"]:
            sys.exit(
                f"error: sentence {index} of {article['id']} does not match its SHA-1 "
                f"{sentence['sha1']}; rebuild {article['source']} with "
                "benchmarks/data/public/build.py"
            )
        sentence["text"] = text


def labelled_articles() -> list[dict]:
    """Return the labelled conflict articles with their sentences' text filled in."""
    data = json.loads((DATA / "conflict_labels.json").read_text("utf-8"))
    records: dict[str, dict[str, dict]] = {}
    rows: dict[str, dict[str, dict]] = {}
    articles = []
    for article in data["articles"]:
        if article["source"] in PUBLIC_SETS:
            if article["source"] not in records:
                records[article["source"]] = public_records(article["source"])
            fill_frank(article, records[article["source"]])
        elif article["source"] == "masakhane":
            split = Path(article["file"]).stem
            if split not in rows:
                rows[split] = {r["url"]: r for r in masakhane_rows("eng", split)}
            row = rows[split].get(article["url"])
            if row is None:
                print(f"  (skipped {article['url']}: masakhane-news snapshot not found)")
                continue
            by_hash = {sha1_12(t): t for t in lines_of(row["text"])}
            for sentence in article["sentences"]:
                sentence["text"] = by_hash[sentence["sha1"]]
        articles.append(article)
    return articles


def heading_accuracy(articles: list[dict], weights: Weights) -> tuple[Counter, Counter]:
    """File every labelled sentence; return (label, guess) counts and per-label totals."""
    pack = load_pack("conflict")
    matcher = ThemeMatcher(pack, lexicon_for(get_language("en")), weights)
    pairs: Counter = Counter()
    for article in articles:
        sentences = article["sentences"]
        filings = matcher.file([(s["text"], "") for s in sentences])
        for sentence, filing in zip(sentences, filings):
            guess = pack.headings[filing.heading].name if filing.heading >= 0 else OTHER
            pairs[(sentence["heading"], guess)] += 1
    totals: Counter = Counter()
    for (label, _), n in pairs.items():
        totals[label] += n
    return pairs, totals


def print_headings(articles: list[dict], names: list[str]) -> None:
    for split in SPLITS:
        chosen = [a for a in articles if a["split"] == split]
        count = sum(len(a["sentences"]) for a in chosen)
        print(f"\n[{split}] {len(chosen)} articles, {count} sentences")
        results = {
            "classifier": heading_accuracy(chosen, Weights()),
            "keywords only": heading_accuracy(chosen, KEYWORDS_ONLY),
        }
        print(f"  {'heading':34s} {'n':>4s} {'classifier':>11s} {'keywords':>9s}")
        for name in names:
            row = [f"  {name:34s}", f"{results['classifier'][1][name]:4d}"]
            for pairs, totals in results.values():
                total = totals[name]
                row.append(f"{pairs[(name, name)] / total:10.1%}" if total else f"{'-':>10s}")
            print(" ".join(row))
        for label, (pairs, totals) in results.items():
            right = sum(pairs[(n, n)] for n in names)
            print(f"  overall, {label}: {right / max(sum(totals.values()), 1):.1%}")
        pairs, _ = results["classifier"]
        short = [n.split()[0][:10] for n in names]
        print("  confusion (rows: label, columns: classifier)")
        print("  " + " " * 12 + " ".join(f"{s:>10s}" for s in short))
        for name, label in zip(names, short):
            print(f"  {label:12s}" + " ".join(f"{pairs[(name, g)]:10d}" for g in names))


def choice_sets() -> dict[str, list[tuple[str, str, list[str], set[str]]]]:
    """Return (language, title, sentences, right packs) per split."""
    sets: dict[str, list] = {split: [] for split in SPLITS}
    for lang, code in (("eng", "en"), ("fra", "fr")):
        for file, split in (("dev", "dev"), ("test", "heldout")):
            for row in masakhane_rows(lang, file):
                right = MASAKHANE_PACKS[row["category"]]
                sets[split].append((code, row["headline"], lines_of(row["text"]), right))
    text = git_show(GNAD, "test.csv")
    reader = csv.reader(io.StringIO(text), delimiter=";", quotechar="'")
    for i, row in enumerate(r for r in reader if len(r) == 2):
        split = SPLITS[i % 2]
        sentences = [s for s in row[1].replace("? ", ". ").split(". ") if s.strip()]
        sets[split].append(("de", "", sentences, GNAD_PACKS[row[0]]))
    return sets


def print_conflict_choice(articles: list[dict]) -> None:
    """Print how many labelled conflict articles `auto` gives the conflict pack."""
    chooser = PackChooser(load_all(), lexicon_for(get_language("en")))
    for split in SPLITS:
        chosen = [a for a in articles if a["split"] == split]
        picks = Counter(
            chooser.choose([("", [s["text"] for s in a["sentences"]])]).pack.id for a in chosen
        )
        others = {pack: n for pack, n in picks.items() if pack != "conflict"}
        print(
            f"  [{split}] labelled conflict articles given the conflict pack: "
            f"{picks['conflict']} of {len(chosen)} (others: {others})"
        )


def print_choice() -> None:
    sets = choice_sets()
    choosers, unbarred = {}, {}
    for split in SPLITS:
        right = Counter()
        total = Counter()
        confusion: Counter = Counter()
        for code, title, sentences, packs in sets[split]:
            if code not in choosers:
                choosers[code] = PackChooser(load_all(), lexicon_for(get_language(code)))
                unbarred[code] = PackChooser(load_all(), lexicon_for(get_language(code)), 0.0)
            pick = choosers[code].choose([(title, sentences)]).pack.id
            bare = unbarred[code].choose([(title, sentences)]).pack.id
            right["bare"] += bare in packs
            right["bare wrong"] += bare not in packs and bare != GENERAL_PACK
            right["bare general"] += bare == GENERAL_PACK and GENERAL_PACK not in packs
            total[code] += 1
            right[code] += pick in packs
            right["old"] += "conflict" in packs
            right["wrong"] += pick not in packs and pick != GENERAL_PACK
            right["general"] += pick == GENERAL_PACK and GENERAL_PACK not in packs
            confusion[(min(packs), pick)] += 1
        count = sum(total.values())
        if not count:
            print(f"\n[{split}] no topic-labelled data found under {MIRRORS}")
            continue
        print(f"\n[{split}] pack choice on {count} articles")
        for code in sorted(total):
            print(f"  {code}: {right[code] / total[code]:.1%} of {total[code]}")
        print(f"  all: {sum(right[c] for c in total) / count:.1%}")
        print(f"  old fixed default (conflict for every article): {right['old'] / count:.1%}")
        print(
            f"  off the label: a wrong subject pack {right['wrong'] / count:.1%}, "
            f"the general pack {right['general'] / count:.1%}"
        )
        print(
            f"  without the sureness bar (MIN_SURE 0): right {right['bare'] / count:.1%}, "
            f"a wrong subject pack {right['bare wrong'] / count:.1%}, "
            f"the general pack {right['bare general'] / count:.1%}"
        )
        top = Counter({k: v for k, v in confusion.items() if k[1] not in MASAKHANE_PACKS})
        errors = [(k, v) for k, v in top.most_common() if k[1] != k[0]][:6]
        listed = ", ".join(f"{a}->{b} {n}" for (a, b), n in errors)
        print(f"  commonest choices off the label: {listed}")


def print_shares() -> None:
    conflict = {h.name for h in load_pack("conflict").headings}
    for file, split in (("dev", "dev"), ("test", "heldout")):
        rows = masakhane_rows("eng", file)
        if not rows:
            return
        chosen = [
            row
            for topic in NON_CONFLICT
            for row in [r for r in rows if r["category"] == topic][:PER_TOPIC]
        ]
        print(f"\n[{split}] {len(chosen)} sport, technology, business, entertainment articles")
        for label, themes in (("auto (default)", "auto"), ("old default: conflict", "conflict")):
            points = under_conflict = under_other = 0
            packs: Counter = Counter()
            for row in chosen:
                article = read_plain(f"{row['headline']}\n\n{row['text']}")
                brief = make_brief([article], BriefOptions(themes=themes, language="en"))
                packs[brief.theme_pack] += 1
                other = load_pack(brief.theme_pack).other
                for section in brief.sections:
                    if section.heading == BOTTOM_LINE:
                        continue
                    points += len(section.points)
                    is_conflict = brief.theme_pack == "conflict" and section.heading in conflict
                    under_conflict += len(section.points) * is_conflict
                    under_other += len(section.points) * (section.heading == other)
            print(
                f"  {label:22s} points {points}: under conflict headings "
                f"{under_conflict / points:.1%}, under '{OTHER} key points' "
                f"{under_other / points:.1%}; packs {dict(packs.most_common())}"
            )


def main() -> None:
    articles = labelled_articles()
    names = [h.name for h in load_pack("conflict").headings] + [OTHER]
    print("1. Headings on conflict and diplomacy articles (every sentence labelled)")
    print_headings(articles, names)
    print("\n2. Pack choice (--themes auto)")
    print_conflict_choice(articles)
    print_choice()
    print("\n3. Non-conflict news briefed with default settings")
    print_shares()


if __name__ == "__main__":
    main()
