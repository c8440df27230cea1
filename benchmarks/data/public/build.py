"""Build the public benchmark sets (JSON Lines) from local git clones of their sources.

Usage:
    python benchmarks/data/public/build.py [--frank GIT_DIR] [--realsumm GIT_DIR]
        [--xsum GIT_DIR] [--gum GIT_DIR] [--temario GIT_DIR] [--out DIR]

Each GIT_DIR is a clone (bare or not) of the repository named in README.md; the pinned
commits below are read with `git show`, so the work tree does not matter. Sets whose
repository is not given are skipped. Output: OUT/<set>.jsonl (default: this folder).
Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import subprocess
import tarfile
from pathlib import Path

FRANK = "5860706bda0641136d10d27ead52c5f6ae79630e"  # artidoro/frank
REALSUMM = "a5900e3e36c66ab064823831f7496c2d449a5545"  # neulab/REALSumm
XSUM = "7b95485c3e861d7caff76a8b4c6b3fd3bf7ee9b1"  # EdinburghNLP/XSum
GUM = "afb41ee9bca57991125814fa04d96a0e61470c8b"  # UniversalDependencies/UD_English-GUM
TEMARIO = "3163b7e7685870f2d4bbdd5d24ae11e806226802"  # andoniVT/NetworkTextSumm

# Zero-based CNN/DailyMail test-set lines of REALSumm's documents, in the order of its
# src.txt and ref.txt (from selected_docs_for_human_eval/selected_documents.md).
# fmt: off
REALSUMM_LINES = [
    1017, 10586, 11343, 1521, 2736, 3789, 5025, 5272, 5576, 6564, 7174, 7770, 8334, 9325,
    9781, 10231, 10595, 11351, 1573, 2748, 3906, 5075, 5334, 5626, 6714, 7397, 7823, 8565,
    9393, 9825, 10325, 10680, 11355, 1890, 307, 4043, 5099, 5357, 5635, 6731, 7535, 7910,
    8613, 9502, 10368, 10721, 1153, 19, 3152, 4303, 5231, 5420, 5912, 6774, 7547, 8001, 8815,
    9555, 10537, 10824, 1173, 1944, 3172, 4315, 5243, 5476, 6048, 6784, 7584, 8054, 8997,
    9590, 10542, 11049, 1273, 2065, 3583, 4637, 5244, 5524, 6094, 6976, 7626, 8306, 9086,
    9605, 10563, 11264, 1492, 2292, 3621, 4725, 5257, 5558, 6329, 7058, 7670, 8312, 9221, 9709,
]
# fmt: on

# The same articles are in frank_cnndm (cased there): test lines -> frank hashes.
REALSUMM_IN_FRANK = {
    10595: "07955dc7323a027814bbdacf87a46e554167aac2",
    9605: "7036146e3e87aed36a8b704b73770d3f803d2b5b",
}

LINE, PAR, GLUE = "\x01", "\x02", "\x03"  # sentence boundaries (space, paragraph, none)


def git_show(git_dir: Path, commit: str, path: str) -> bytes:
    cmd = ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"]
    return subprocess.run(cmd, check=True, capture_output=True).stdout


def git_ls(git_dir: Path, commit: str, folder: str) -> list[str]:
    cmd = ["git", "--git-dir", str(git_dir), "ls-tree", "-z", "--name-only", commit, folder + "/"]
    out = subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")
    return sorted(p for p in out.split("\0") if p)


def git_dir_of(path: Path) -> Path:
    return path / ".git" if (path / ".git").exists() else path


def split_of(record_id: str) -> str:
    """About 30 % of the records, fixed by their id, are held out as test."""
    return "test" if hashlib.sha1(record_id.encode()).digest()[0] < 77 else "dev"


def record(
    rid: str,
    name: str,
    text: str,
    sentences: list[str] | None,
    summary: list[str],
    cased: bool,
    summary_cased: bool,
    title: str = "",
    references: list[list[str]] | None = None,
    **extra,
) -> dict:
    rec = {
        "id": rid,
        "set": name,
        "title": title,
        "text": text,
        "sentences": sentences,
        "summary": summary,
        "cased": cased,
        "summary_cased": summary_cased,
        "split": split_of(rid),
    }
    if references:
        rec["references"] = references
    rec.update(extra)
    return rec


# --- PTB-style tokenized text (REALSumm, XSum human evaluation, CNN/DM highlights) ---

BRACKETS = {"-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}"}
CLITICS = {
    "'s",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "n't",
    "’s",
    "’re",
    "’ve",
    "’ll",
    "’d",
    "’m",
    "n’t",
}
GLUE_LEFT = {".", ",", ":", ";", "?", "!", "%", ")", "]", "}", "...", "''", "’"}
GLUE_RIGHT = {"(", "[", "{", "``", "‘", "$", "£", "€", "#"}
NOT_PLURAL = {"is", "was", "has", "as", "says", "this", "his", "its", "us"}


NEWLINE = "<newline>"


def detokenize(tokens: str) -> str:
    """Undo PTB tokenization: brackets, quotes, clitics and spaced punctuation."""
    out: list[str] = []
    glue_next = False
    single_open = False
    toks = tokens.split()
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else NEWLINE
        if tok == NEWLINE:  # a line break that keeps the quotes' state
            out.append("\n")
            glue_next = True
            continue
        tok = BRACKETS.get(tok.lower(), tok)
        left = tok in GLUE_LEFT or tok.lower() in CLITICS
        right = tok in GLUE_RIGHT
        if tok in ("`", "'"):  # straight single quotes: by context, else paired up
            prev = out[-1] if out else "\n"
            if tok == "'" and prev.endswith("s") and prev not in NOT_PLURAL and nxt[0].isalnum():
                left = True  # plural possessive: "parents ' home"
            elif tok == "'" and (nxt in GLUE_LEFT or nxt == NEWLINE):
                left, single_open = True, False
            elif tok == "`" or prev[-1] in ".!?:(\n" or not single_open:
                right, single_open = True, True
            else:
                left, single_open = True, False
            tok = "'"
        elif tok == "‘":
            single_open = True
        elif tok == "’":
            single_open = False
        tok = {"``": '"', "''": '"'}.get(tok, tok)
        if out and not left and not glue_next:
            out.append(" ")
        out.append(tok)
        glue_next = right
    return "".join(out)


ENDS, QUOTES = {".", "!", "?"}, {"''", "'", "’"}


def split_tokenized(tokens: str) -> list[str]:
    """Split a tokenized text after standalone . ! ? (and closing quotes that follow)."""
    sentences, current = [], []
    toks = tokens.split()
    for i, tok in enumerate(toks):
        current.append(tok)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        end = tok in ENDS or (tok in QUOTES and len(current) > 1 and current[-2] in ENDS)
        if end and nxt not in ENDS | QUOTES:
            sentences.append(" ".join(current))
            current = []
    if current:
        sentences.append(" ".join(current))
    return sentences


MOJIBAKE = re.compile(r"[ÂÃ] ?[\u00a0-\u00bf]|â€[\u0080-\u00bf\u0152-\u2122]")


def demojibake(text: str) -> str:
    """Repair UTF-8 read as Windows-1252 ("Â£" for "£", "cafÃ©" for "café")."""

    def fix(m: re.Match) -> str:
        try:
            return m.group().replace(" ", "").encode("cp1252").decode("utf-8")
        except UnicodeError:
            return m.group()

    return MOJIBAKE.sub(fix, text)


def pounds(text: str) -> str:
    """XSum wrote £ as '#' (and sometimes as the mis-decoded 'Â #')."""
    return re.sub(r"(?:Â )?# ?(?=\d)", "£", text.replace("Â #", "£"))


# --- artidoro/frank: CNN/DM and XSum articles ---


def words_re(phrase: str) -> str:
    """A phrase whose words may be separated by spaces or by the cleaning markers."""
    return r"[\s\x01\x02]*".join(re.escape(w) for w in phrase.split())


CNNDM_FURNITURE = [
    re.compile(words_re("Scroll down for video") + r"(?:\.\.\.)?[\s\x01]*"),
    re.compile(
        r"[\s\x01]*" + words_re("Sorry we are not currently accepting comments on this article.")
    ),
]
XSUM_PREFIX = re.compile(r"^Share[\s\x01]*this[\s\x01]*with\S*?Copy[\s\x01]*this[\s\x01]*link")
XSUM_FURNITURE = [
    re.compile(
        r"Media[\s\x01]*playback[\s\x01]*is[\s\x01]*(?:not[\s\x01]*supported|unsupported)"
        r"[\s\x01]*on[\s\x01]*(?:this|your)[\s\x01]*device"
    ),
    re.compile(
        r"Follow[\s\x01]*us[\s\x01]*on[\s\x01]*Twitter[\s\x01]*@BBC\w+,[^\x02]*?"
        r"bbc\.co\.uk\."
    ),
]
# Paragraphs glued without a space: end punctuation directly followed by a capital or quote,
# except inside initials such as "U.S.A".
GLUED = re.compile(r"(?<=[a-z0-9%)][.!?])(?=[A-Z\"“‘])|(?<=[.!?][\"”’])(?=[A-Z\"“‘])")


def boundaries(article: str, lines: list[str]) -> list[str]:
    """The boundary before each line: PAR where it is glued to the previous one like two
    paragraphs, GLUE where glued otherwise (a stray quote), LINE where a space separates them."""
    marks, pos, prev = [], 0, ""
    for line in lines:
        i = article.find(line, pos)
        if i < 0:
            raise ValueError(f"line not found in article: {line[:60]!r}")
        if pos and i == pos:
            par = re.search(r"[.!?\"”’):\w]$", prev) and re.match(r"[A-Z0-9\"“‘(£$]", line)
            marks.append(PAR if par else GLUE)
        else:
            marks.append(LINE)
        pos, prev = i + len(line), line
    return marks


def frank_cnndm(d: dict) -> dict:
    text = d["article"]
    joined = LINE.join(d["article_lines"])
    for rx in CNNDM_FURNITURE:
        text = rx.sub("", text)
        joined = rx.sub("", joined)
    text = text.strip()
    sentences = [s.strip() for s in joined.split(LINE) if s.strip()]
    summary = [detokenize(s) for s in split_tokenized(d["bart_reference"])]
    return record("frank-cnndm-" + d["hash"], "frank_cnndm", text, sentences, summary, True, True)


def frank_xsum(d: dict) -> dict:
    lines = [demojibake(line) for line in d["article_lines"]]
    marks = boundaries(demojibake(d["article"]), lines)
    joined = "".join(mark + line for mark, line in zip(marks, lines)).lstrip(LINE)
    joined = XSUM_PREFIX.sub("", joined)
    for rx in XSUM_FURNITURE:
        joined = rx.sub(PAR, joined)
    joined = GLUED.sub(PAR, joined)
    sentences = [s.strip() for s in re.split("[\x01-\x03]+", joined) if s.strip()]
    paragraphs = [
        " ".join(p.replace(GLUE, "").replace(LINE, " ").split()) for p in joined.split(PAR)
    ]
    text = "\n\n".join(p for p in paragraphs if p)
    gold = (d.get("Gold") or d["reference"]).replace("\\'", "'")
    gold = re.sub(r"``\s*", '"', gold)
    gold = re.sub(r"\s*''", '"', re.sub(r"\s*''(?=\w)", '" ', gold))
    return record(
        "frank-xsum-" + d["hash"],
        "frank_xsum",
        text,
        sentences,
        [pounds(gold).strip()],
        True,
        False,
    )


def build_frank(git_dir: Path) -> dict[str, list[dict]]:
    cnndm: dict[str, dict] = {}
    xsum: dict[str, dict] = {}
    for path in git_ls(git_dir, FRANK, "data/articles-wbertscore-json"):
        d = json.loads(git_show(git_dir, FRANK, path))
        if d["article"].startswith("Rhannu hwn"):  # two BBC Cymru Fyw articles, in Welsh
            continue
        rec = frank_cnndm(d) if "bart_reference" in d else frank_xsum(d)
        (cnndm if "bart_reference" in d else xsum).setdefault(rec["id"], rec)
    return {"frank_cnndm": list(cnndm.values()), "frank_xsum": list(xsum.values())}


# --- neulab/REALSumm: 100 CNN/DM test articles, lowercased and tokenized ---


def realsumm_summary(ref: str, body: str) -> list[str]:
    """Highlights were joined without a space (".next"); a quote opening the next one
    was left at the end of the previous sentence tag; hyphens were split off ("four - poster")
    where the article has them joined."""
    ref = re.sub(r" ([.!?]) ' </t> <t> ", r" \1\n' ", ref)
    ref = " ".join(ref.replace("<t>", " ").replace("</t>", " ").split())
    ref = re.sub(
        r"(\S+) - (?=(\S+))",
        lambda m: m.group(1) + ("-" if f"{m[1]}-{m[2]}" in body else " - "),
        ref,
    )
    ref = re.sub(r"\b(year|month|week|day)(s?) - old\b", r"\1\2-old", ref)
    ref = re.sub(r" \.(?=[^\s.])", " .\n", ref)
    return [detokenize(s) for s in ref.split("\n") if s.strip()]


REALSUMM_FURNITURE = re.compile(
    r"\bscroll down for videos?(?: \.\.\.| \.)?"
    r"|\bsorry we are not currently accepting comments on this article \."
)


def build_realsumm(git_dir: Path) -> dict[str, list[dict]]:
    folder = "selected_docs_for_human_eval/abs/ptr_generator"
    src = git_show(git_dir, REALSUMM, folder + "/src.txt").decode().splitlines()
    ref = git_show(git_dir, REALSUMM, folder + "/ref.txt").decode().splitlines()
    assert len(src) == len(ref) == len(REALSUMM_LINES), (len(src), len(ref))
    out = []
    for line, s, r in zip(REALSUMM_LINES, src, ref):
        if line in REALSUMM_IN_FRANK:
            continue
        body = " ".join(s.replace("<t>", " ").replace("</t>", " ").split())
        body = REALSUMM_FURNITURE.sub(" ", body)
        text = detokenize(f" {NEWLINE} ".join(split_tokenized(body)))
        out.append(
            record(
                f"realsumm-cnndm-test-{line}",
                "realsumm_cnndm",
                text,
                None,
                realsumm_summary(r, body),
                False,
                False,
            )
        )
    return {"realsumm_cnndm": out}


# --- EdinburghNLP/XSum: human-evaluation documents ---


def build_xsum(git_dir: Path) -> dict[str, list[dict]]:
    blob = git_show(git_dir, XSUM, "xsum-human-evaluation-data.tar.gz")
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        raw = tar.extractfile("xsum-human-evaluation-data.txt").read().decode("utf-8")
    parts = re.split(r"^==(\d+)==\n", raw, flags=re.M)[1:]
    out = []
    for num, body in zip(parts[::2], parts[1::2]):
        chunks = (c.split("\n", 1) for c in body.strip().split("\n\n"))
        sections = {c[0]: c[1] for c in chunks if len(c) == 2}
        lines = sections["Document-Full"].splitlines()  # "FÃ © in" was "FÃ©in" ("Féin")
        lines = [re.sub(r"([ÂÃ]) ([\u00a0-\u00bf]) (?=[a-z])", r"\1\2", x) for x in lines]
        sentences = [demojibake(pounds(detokenize(x))) for x in lines if x.strip()]
        sentences = [x for x in sentences if not XSUM_FURNITURE[0].fullmatch(x)]
        summary = [demojibake(pounds(detokenize(sections["Reference"].strip())))]
        out.append(
            record(
                f"xsum-humaneval-{num}",
                "xsum_humaneval",
                "\n".join(sentences),
                sentences,
                summary,
                True,
                False,
            )
        )
    return {"xsum_humaneval": out}


# --- UniversalDependencies/UD_English-GUM: Wikinews documents with human summaries ---


def gum_doc(conllu: str) -> dict:
    meta = dict(re.findall(r"^# meta::(\w+) = (.*)$", conllu, flags=re.M))
    name = re.search(r"^# newdoc id = (\S+)", conllu, flags=re.M).group(1)
    human = [
        re.sub(r"^\(human\d*\)\s*", "", v)
        for k, v in sorted(meta.items())
        if k.startswith("summary") and re.match(r"\(human\d*\)", v)
    ]
    paragraphs: list[list[str]] = [[]]
    kind = "p"
    for line in conllu.splitlines():
        if line == "# newpar" or line.startswith("# newpar "):
            paragraphs.append([])
            kind = "p"
        elif line.startswith("# newpar_block = "):
            kind = line.split("= ", 1)[1].split()[0]
        elif line.startswith("# text = ") and kind != "figure":  # captions and credits
            paragraphs[-1].append(line[len("# text = ") :])
    paragraphs = [p for p in paragraphs if p]
    title = meta.get("title", "")
    if paragraphs and paragraphs[0] == [title]:
        paragraphs = paragraphs[1:]
    sentences = [s for p in paragraphs for s in p]
    rid = "gum-" + name.removeprefix("GUM_")
    return record(
        rid,
        "gum_news",
        "\n\n".join(" ".join(p) for p in paragraphs),
        sentences,
        [human[0]],
        True,
        True,
        title=title,
        references=[[h] for h in human],
    )


def build_gum(git_dir: Path) -> dict[str, list[dict]]:
    paths = [
        p
        for p in git_ls(git_dir, GUM, "not-to-release/sources")
        if Path(p).name.startswith("GUM_news_")
    ]
    return {"gum_news": [gum_doc(git_show(git_dir, GUM, p).decode("utf-8")) for p in paths]}


# --- TeMário 2004 (Portuguese newspaper texts, professional abstracts, ideal extracts) ---

TEMARIO_DIR = "Corpus/Temario2004"


def decoded(blob: bytes) -> str:
    """The text of a TeMário file: UTF-8 where it is, else Windows-1252; CRLF dropped."""
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError:
        text = blob.decode("cp1252")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def plain_sentences(text: str) -> list[str]:
    """Split an abstract after . ! ? (and a closing quote) before a capital or a quote."""
    parts = re.split(r'(?<=[.!?"”»)])\s+(?=["“«(]?[A-ZÀ-Ý])', " ".join(text.split()))
    return [p for p in parts if p]


def letters(text: str) -> str:
    """The letters and digits of a text, for matching across quote marks and spacing."""
    return re.sub(r"[\W_]+", "", text).lower()


def temario_doc(git_dir: Path, source: str, folders: dict[str, str]) -> dict | None:
    name = Path(source).name.removeprefix("St-").removesuffix(".txt")
    text = decoded(git_show(git_dir, TEMARIO, source))
    if "\x00" in text or not text.strip():
        return None
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    abstract = decoded(git_show(git_dir, TEMARIO, f"{folders['Sum']}/Sum-{name}.txt"))
    ideal = decoded(git_show(git_dir, TEMARIO, f"{folders['Ext']}/Ext-{name}.txt"))
    extract = [" ".join(line.split()) for line in ideal.splitlines() if line.strip()]
    body = letters(" ".join(paragraphs))
    if not extract or not all(letters(e) in body for e in extract):
        return None
    extract.sort(key=lambda e: body.index(letters(e)))  # released in the abstract's order
    return record(
        f"temario-{name}",
        "temario_pt",
        "\n\n".join(paragraphs),
        None,
        plain_sentences(abstract),
        True,
        True,
        extract=extract,
        language="pt",
    )


def build_temario(git_dir: Path) -> dict[str, list[dict]]:
    summaries = git_ls(git_dir, TEMARIO, TEMARIO_DIR + "/Summaries")
    folders = {
        "Sum": next(p for p in summaries if p.endswith("/Summarios")),
        "Ext": next(p for p in summaries if "/Extratos ideais" in p),
    }
    sources = git_ls(git_dir, TEMARIO, TEMARIO_DIR + "/Textos-fonte")
    docs = [temario_doc(git_dir, p, folders) for p in sources if p.endswith(".txt")]
    return {"temario_pt": [d for d in docs if d]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("frank", "realsumm", "xsum", "gum", "temario"):
        ap.add_argument("--" + name, type=Path, help="git clone of the source repository")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    args = ap.parse_args()
    builders = {
        "frank": build_frank,
        "realsumm": build_realsumm,
        "xsum": build_xsum,
        "gum": build_gum,
        "temario": build_temario,
    }
    for key, build in builders.items():
        if getattr(args, key) is None:
            continue
        for name, records in build(git_dir_of(getattr(args, key))).items():
            path = args.out / f"{name}.jsonl"
            with path.open("w", encoding="utf-8") as f:
                for rec in sorted(records, key=lambda r: r["id"]):
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tests = sum(r["split"] == "test" for r in records)
            print(f"{name}: {len(records)} records ({len(records) - tests} dev, {tests} test)")


if __name__ == "__main__":
    main()
