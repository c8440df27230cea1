"""The command line: `briefer brief FILE...` and friends. Never imports QtWidgets."""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

from briefer import __version__
from briefer.errors import EXIT_INTERNAL, EXIT_OK, BrieferError, OptionError, with_remedy

FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}

EXIT_CODES = """exit codes:
  0    the brief was written
  2    bad usage or option (unknown algorithm, theme pack, --points below 1)
  3    no article could be read (missing, directory, empty, binary, undecodable,
       damaged, too large, too slow to read, unsupported format); when some of
       several files can be read, the others are briefed and each bad one named
  4    the language is not supported or could not be told
  5    the output could not be written
  130  interrupted
"""

EXAMPLES = """examples:
  briefer brief article.txt
  briefer brief a.txt b.md --points 10 -o brief.md
  briefer brief page.html report.pdf memo.docx -o brief.pdf
  briefer brief big-report.pdf --max-size 200 --read-timeout 300
  briefer brief report.txt --ratio 0.2 --algorithm lex-rank --format json
  briefer brief article.txt --themes none --language de
  briefer brief article.txt -o brief.pdf --paper letter
  briefer brief article.txt --metadata -o brief.md && briefer brief --from-metadata brief.md
  briefer --verbose brief article.txt    (debug detail on stderr and in the log)
"""

WINDOW_EXAMPLES = """  briefer                                (open the window)
  briefer -v a.txt b.md                  (the window with two articles, logging detail)
  briefer --install-desktop              (add Briefer to your desktop's menu)
  briefer --uninstall-desktop            (take it off again)

The log is briefer.log in your log folder (set BRIEFER_LOG_DIR to move it).
"""

READ_HELP = """examples:
  briefer read article.txt
  briefer read page.html report.pdf --format json > articles.json

exit codes: as for `briefer brief` (0 the articles were shown, 3 none could be read,
4 the language is not supported or could not be told).
"""

VERBOSE_FLAGS = ("-v", "--verbose")

# The flag that sets each option, and what to tell a user whose error or note it governs.
FLAGS = {
    "points": "--points",
    "ratio": "--ratio",
    "algorithm": "--algorithm",
    "themes": "--themes",
    "language": "--language",
    "max_bytes": "--max-size",
    "read_seconds": "--read-timeout",
    "brief_seconds": "--time-limit",
}
REMEDIES = {
    "themes": "choose another with --themes",
    "language": "choose the language with --language",
    "max_bytes": "raise the limit with --max-size",
    "read_seconds": "raise the limit with --read-timeout",
    "brief_seconds": "raise the limit with --time-limit",
}


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="briefer",
        usage="briefer [FILE...] | briefer COMMAND ...",
        description="Turn news articles into a short, structured, cited brief, offline. "
        "With no command, open the window (with FILEs briefed).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES + WINDOW_EXAMPLES,
    )
    parser.add_argument("--version", action="version", version=f"briefer {__version__}")
    parser.add_argument(
        *VERBOSE_FLAGS,
        action="store_true",
        help="log debug detail to stderr as well as to the log (with any command, or the window)",
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Briefer's menu entry and icons for this user (Linux, BSD)",
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="remove what --install-desktop added",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    brief = commands.add_parser(
        "brief",
        help="brief one or more articles without a window",
        description="Brief one or more articles (.txt, .md, .html, .pdf, .docx, .odt, "
        ".epub, .rtf, .eml) and print or save the brief "
        "as Markdown, JSON, HTML or PDF.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES + "\n" + EXIT_CODES,
    )
    brief.add_argument(
        "files", nargs="*", metavar="FILE", help="article files, or folders of them, to brief"
    )
    brief.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT (.md, .json, .html, .pdf), not stdout"
    )
    brief.add_argument(
        "--format", choices=["md", "json", "html", "pdf"], help="output format (default: from OUT)"
    )
    brief.add_argument("--paper", choices=["a4", "letter"], help="PDF page size (default: locale)")
    brief.add_argument(
        "--metadata", action="store_true", help="end the Markdown with how to remake the brief"
    )
    brief.add_argument(
        "--from-metadata", metavar="BRIEF.md", help="remake a brief written with --metadata"
    )
    size = brief.add_mutually_exclusive_group()
    size.add_argument(
        "--points", type=int, metavar="N", help="key points in the brief, bottom line included"
    )
    size.add_argument(
        "--ratio", type=float, metavar="R", help="key points as a share of the sentences (0-1)"
    )
    brief.add_argument(
        "--algorithm",
        metavar="NAME",
        help="ranking algorithm (see `briefer algorithms`; default: briefer)",
    )
    brief.add_argument(
        "--themes",
        metavar="PACK",
        help="theme pack id or .toml file, 'auto' for the pack that fits the article, "
        "or 'none' for a plain list (default: auto; see `briefer themes`)",
    )
    brief.add_argument(
        "--no-quotes", action="store_true", help="leave out the 'Who said what' section"
    )
    brief.add_argument(
        "--no-figures", action="store_true", help="leave out the 'Key figures' section"
    )
    brief.add_argument(
        "--no-names",
        action="store_true",
        help="leave out the 'Names' section (people, places, organisations)",
    )
    brief.add_argument(
        "--no-extras", action="store_true", help="leave out all three: quotes, figures, names"
    )
    brief.add_argument(
        "--one-brief",
        action="store_true",
        help="brief all the articles together, not a digest with a brief for each story",
    )
    _add_reading_options(brief)
    _add_read(commands)
    commands.add_parser("algorithms", help="list the ranking algorithms")
    commands.add_parser("themes", help="list the theme packs")
    commands.add_parser("languages", help="list the supported languages")
    return parser


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that say how articles are read: language, size and time limits."""
    from briefer.options import DEFAULT_BRIEF_SECONDS, DEFAULT_SECONDS, MAX_BYTES

    parser.add_argument(
        "--language",
        metavar="CODE",
        help="language code such as en or de, or auto to detect (default: auto)",
    )
    parser.add_argument(
        "--max-size",
        type=float,
        default=MAX_BYTES / 1e6,
        metavar="MB",
        help=f"refuse article files larger than this (default: {MAX_BYTES / 1e6:.0f})",
    )
    parser.add_argument(
        "--read-timeout",
        type=float,
        default=DEFAULT_SECONDS,
        metavar="S",
        help=f"give up reading one file after S seconds (default: {DEFAULT_SECONDS:.0f})",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_BRIEF_SECONDS,
        metavar="S",
        help="give up making the brief, reading included, after S seconds "
        f"(default: {DEFAULT_BRIEF_SECONDS:.0f})",
    )


def _add_read(commands) -> None:
    """Add `briefer read`, which reads articles as `briefer brief` does."""
    read = commands.add_parser(
        "read",
        help="show an article as Briefer reads it: blocks and sentences with offsets",
        description="Print each article as Briefer reads it before briefing: title, byline,\n"
        "date, language, headings, paragraphs, and every sentence with its offsets\n"
        "(start and end, so that text[start:end] is the sentence), as text or JSON.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=READ_HELP,
    )
    read.add_argument("files", nargs="+", metavar="FILE", help="article files to read")
    read.add_argument(
        "--format", choices=["txt", "json"], default="txt", help="output format (default: txt)"
    )
    _add_reading_options(read)


COMMANDS = ("brief", "read", "algorithms", "themes", "languages")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code.

    With no command, `briefer [FILE...]` opens the window (with those files briefed).
    """
    if getattr(sys, "frozen", False):  # a standalone build: the readers' child process
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    verbose, argv = _take_verbose(argv)
    parser = args = None
    if argv and (argv[0] in COMMANDS or argv[0].startswith("-")):
        parser = build_parser()
        args = parser.parse_args(argv)  # --help and --version end here, before any logging
    from briefer import logs

    log_path = logs.setup(verbose)
    _log().debug("briefer %s on Python %s: %s", __version__, sys.version.split()[0], argv)
    try:
        if args is None:
            from briefer.app import run

            return run(argv, verbose=verbose)
        return _command(parser, args)
    except BrieferError as error:
        _log().info("failed: %s", error)
        _say(message(error))
        return error.exit_code
    except KeyboardInterrupt:
        print("briefer: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print("briefer: out of memory", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback
        _log().exception("internal error")
        print(
            f"briefer: internal error: {type(error).__name__}: {error} (details in {log_path})",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _take_verbose(argv: list[str]) -> tuple[bool, list[str]]:
    """Take -v/--verbose out of argv (up to any "--"), so it works before or after a command
    and for the window, whose arguments argparse never sees."""
    end = argv.index("--") if "--" in argv else len(argv)
    kept = [arg for arg in argv[:end] if arg not in VERBOSE_FLAGS]
    return len(kept) < end, kept + argv[end:]


def _log():
    """Return this module's logger; logging is imported only once a command runs."""
    import logging

    return logging.getLogger(__name__)


def _command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.install_desktop or args.uninstall_desktop:
        if args.command:
            parser.error("--install-desktop and --uninstall-desktop take no command")
        return _desktop(args.install_desktop)
    if args.command == "brief":
        return _brief(args)
    if args.command == "read":
        return _read(args)
    if args.command in ("algorithms", "themes", "languages"):
        return _list(args.command)
    parser.print_help()
    return EXIT_OK


def _desktop(install: bool) -> int:
    from briefer import desktop

    desktop.require_freedesktop("--install-desktop" if install else "--uninstall-desktop")
    if install:
        for path in desktop.install(desktop.launcher()):
            print(f"wrote {path}")
    else:
        removed = desktop.uninstall()
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print(f"nothing to remove under {desktop.data_home()}")
    return EXIT_OK


def message(error: BrieferError) -> str:
    """Return an error as the command line words it: with the flag that changes it."""
    flag = FLAGS.get(error.option or "")
    if isinstance(error, OptionError) and flag:
        return f"{flag}: {error}"
    return with_remedy(error, REMEDIES)


def _brief(args: argparse.Namespace) -> int:
    from briefer.fileio import refuse_inputs, write_atomic

    fmt = args.format or (
        FORMATS.get(Path(args.output).suffix.lower(), "md") if args.output else "md"
    )
    if fmt == "pdf" and not args.output:
        raise OptionError("a PDF needs a file: give -o OUT.pdf")
    files, options = args.files, _options(args)
    if args.from_metadata:
        from briefer.reproduce import read_recipe

        recipe = read_recipe(args.from_metadata, options.max_bytes)
        files, options = recipe.sources, recipe.options.with_(**_given(args, options))
        for changed in recipe.changed:
            _say(f"{changed}: changed since the brief was made")
    if not files:
        raise OptionError("no article given (name files, or use --from-metadata)")
    if args.output:
        refuse_inputs(args.output, files)
        if args.from_metadata:  # it may hold edits of its own
            refuse_inputs(args.output, [args.from_metadata], "is the brief being remade")
    log = _log()
    log.info("briefing %s", ", ".join(str(f) for f in files))
    log.debug("options: %s", options)
    started = time.perf_counter()
    progress = _Progress() if sys.stderr.isatty() else None
    try:
        briefs, digest = _made(files, options, args.one_brief, progress)
    finally:
        if progress:
            progress.clear()
    made = time.perf_counter()
    for number, brief in enumerate(briefs, 1):
        log.info(
            "briefed %r in %.2f s: points %d, sources %d, language %s, algorithm %s, themes %s",
            brief.title,
            made - started,
            sum(len(section.points) for section in brief.sections),
            len(brief.sources),
            brief.language,
            brief.algorithm,
            brief.theme_pack,
        )
        for note in brief.notes if digest is None else _story_notes(brief):
            _tell(log, note, "" if digest is None else f"story {number}: ")
    for note in digest.notes if digest else ():
        _tell(log, note)
    data = _render_digest(digest, fmt, args) if digest else _render(briefs[0], fmt, args)
    if args.output:
        write_atomic(args.output, data)
    else:
        write_stdout(data)
    log.info(
        "wrote %s (%s, %d bytes) in %.2f s",
        args.output or "stdout",
        fmt,
        len(data),
        time.perf_counter() - made,
    )
    return EXIT_OK


def _made(files, options, one_brief: bool, progress):
    """Return the briefs made, and the digest when the articles tell several stories."""
    if one_brief:
        from briefer.pipeline import make_brief

        return [make_brief(files, options, progress=progress)], None
    from briefer.digest import digest_inputs

    digest = digest_inputs(files, options, progress=progress)
    briefs = [story.brief for story in digest.stories]
    return briefs, digest if len(briefs) > 1 else None


def _tell(log, note, prefix: str = "") -> None:
    """Log a brief's note and say it on stderr, with how to change what caused it."""
    log.info("note: %s", note)
    _say(prefix + with_remedy(note, REMEDIES))


def _story_notes(brief) -> list:
    """The notes of one story of a digest worth a line each: files, reading and language
    (the pack each story got is in its brief)."""
    from briefer.brief import LANGUAGE, READING, SKIPPED

    return [n for n in brief.notes if n.kind in (SKIPPED, READING, LANGUAGE)]


def _options(args: argparse.Namespace):
    """Return the validated options the command line gives (defaults for the rest)."""
    from briefer.options import BriefOptions

    return BriefOptions(
        **{
            name: getattr(args, name)
            for name in ("points", "ratio", "algorithm", "themes", "language")
            if getattr(args, name, None) is not None
        },
        max_bytes=_bytes(args.max_size),
        read_seconds=args.read_timeout,
        brief_seconds=args.time_limit,
        **_sections(args),
    ).validated()


def _sections(args: argparse.Namespace) -> dict:
    """Return which of the quotes, figures and names sections the command line turns off."""
    every = getattr(args, "no_extras", False)
    return {
        name: False
        for name in ("quotes", "figures", "names")
        if every or getattr(args, f"no_{name}", False)
    }


def _given(args: argparse.Namespace, options) -> dict:
    """Return the options set on the command line, which win over a brief's metadata."""
    given = {
        name: getattr(options, name)
        for name in ("algorithm", "themes", "language")
        if getattr(args, name) is not None
    }
    if args.points is not None or args.ratio is not None:
        given.update(points=options.points, ratio=options.ratio)
    given.update(_sections(args))
    limits = ("max_bytes", "read_seconds", "brief_seconds")
    return {**given, **{name: getattr(options, name) for name in limits}}


def _read(args: argparse.Namespace) -> int:
    from briefer.as_read import read_as_briefed
    from briefer.render.article_text import render_json, render_text

    reading = read_as_briefed(args.files, _options(args))
    for note in reading.notes:
        _say(with_remedy(note, REMEDIES))
    render = render_json if args.format == "json" else render_text
    write_stdout(render(reading.articles, reading.language.code).encode("utf-8"))
    return EXIT_OK


def _bytes(megabytes: float) -> int:
    """Return --max-size in bytes (0, which the options refuse, for a size that is no size)."""
    size = megabytes * 1e6
    return round(size) if math.isfinite(size) else 0


def _say(message: str) -> None:
    """Print one line on stderr, with control characters and odd bytes shown as codes."""
    from briefer.text.clean import for_terminal

    print(f"briefer: {for_terminal(message)}", file=sys.stderr)


def write_stdout(data: bytes) -> None:
    """Write UTF-8 output to stdout with no control character; raise OutputError if the
    stream is closed or full."""
    import os

    from briefer.errors import OutputError
    from briefer.text.clean import strip_controls

    data = strip_controls(data.decode("utf-8")).encode("utf-8")
    if sys.stdout is None:
        raise OutputError("cannot write the brief (the stream is closed)", "stdout")
    try:
        sys.stdout.flush()
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:
            sys.stdout.write(data.decode("utf-8"))
        else:
            stream.write(data)
        sys.stdout.flush()
    except OSError as error:
        try:  # nothing more can reach the reader; keep the exit from failing on it again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        reason = error.strerror or str(error)
        if isinstance(error, BrokenPipeError):
            reason = "the stream was closed"
        raise OutputError(f"cannot write the brief ({reason})", "stdout") from None


def _render(brief, fmt: str, args: argparse.Namespace) -> bytes:
    if fmt == "json":
        from briefer.render.json_brief import render_json

        return render_json(brief).encode("utf-8")
    from briefer.render.export import export_bytes
    from briefer.render.markdown import render_markdown

    markdown_text = render_markdown(brief, metadata=args.metadata)
    return export_bytes(markdown_text, brief.title, fmt, args.paper, brief.language)


def _render_digest(digest, fmt: str, args: argparse.Namespace) -> bytes:
    from briefer.render.digest import digest_title, render_digest_json, render_digest_markdown

    if fmt == "json":
        return render_digest_json(digest).encode("utf-8")
    from briefer.render.export import export_bytes

    markdown_text = render_digest_markdown(digest, metadata=args.metadata)
    language = digest.stories[0].brief.language
    return export_bytes(markdown_text, digest_title(digest), fmt, args.paper, language)


class _Progress:
    """A one-line progress display on a terminal's stderr."""

    WIDTH = 72

    def __call__(self, step) -> None:
        bar = "#" * int(step.fraction * 20)
        line = f"{step.stage:<10s} [{bar:<20s}] {step.fraction:4.0%}"
        if step.file and step.total > 1:
            line += f"  {step.done + 1}/{step.total} {Path(step.file).name}"
        sys.stderr.write("\r" + line[: self.WIDTH].ljust(self.WIDTH))
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r" + " " * self.WIDTH + "\r")
        sys.stderr.flush()


def _list(what: str) -> int:
    if what == "algorithms":
        from briefer.algorithms import ALGORITHMS, DEFAULT_ALGORITHM

        for name, algorithm in ALGORITHMS.items():
            mark = " (default)" if name == DEFAULT_ALGORITHM else ""
            print(f"{name:10s} {algorithm.summary}{mark}")
    elif what == "languages":
        from briefer.text.languages import LANGUAGES

        for code, language in sorted(LANGUAGES.items()):
            print(f"{code}  {language.name}")
    else:
        from briefer.config import Paths
        from briefer.text.clean import for_terminal
        from briefer.themes import available_packs, load_pack

        themes_dir = Paths.from_environment().themes_dir
        for name, path in available_packs(themes_dir).items():
            try:
                pack = load_pack(name, themes_dir)
            except BrieferError as error:
                _say(f"{error} (skipped)")
                continue
            headings = ", ".join(h.name for h in pack.headings) or pack.other
            line = f"{name:10s} {pack.name}: {headings}" + (f"  [{path}]" if path else "")
            print(for_terminal(line))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
