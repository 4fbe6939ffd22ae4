"""``cnpii classify``: grade every column of files and directories (JR/T 0171 C1-C3, JR/T 0197
levels) by sampling, and print or write the inventory.

Exit 0 when every column is C1, 1 when some column is C2 or C3 (sensitive data found), 2 on
usage or input errors, including a file or sheet that could not be read (it is reported, and
the others are still classified). No cell value is ever printed.

>>> import os, tempfile
>>> d = tempfile.mkdtemp()
>>> with open(os.path.join(d, "c.csv"), "w", encoding="gbk") as f:
...     _ = f.write("khxm,dkzh,余额\\n张三,6228480402564890018,1024.50\\n")
>>> from cnpii.cli import main
>>> main(["classify", d, "--format", "table", "--no-progress"])  # doctest: +ELLIPSIS
/...c.csv: 1 rows, 3 columns, C2 level 3 (highest column grade C2 (level 3); combination rule does not apply)
  khxm  C2  L3  PERSON ...
  dkzh  C2  L3  CN_BANK_ACCOUNT ...
  余额    C2  L3  amount ...
1
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cnpii.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND

__all__ = ["add_parser", "run"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "classify",
        help="grade every column of files by sensitivity (JR/T 0171 / 0197), by sampling",
        description="Classify CSV/TSV (any encoding), JSON Lines, Parquet and Excel files (every "
        "sheet), walking directories. Exit 0 when all columns are C1, 1 when some column is C2 "
        "or C3, 2 on errors (an unreadable file or sheet). No cell value is printed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    p.add_argument("--format", choices=("table", "json", "markdown", "html"), default="table",
                   help="output format (default: table)")
    p.add_argument("--output", metavar="FILE", help="write the output to FILE instead of stdout")
    p.add_argument("--sample", type=int, default=1000, metavar="N",
                   help="values sampled per column (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: only on a terminal)")
    p.set_defaults(handler=run)


def run(args: Any) -> int:
    from cnpii.classification import inventory

    if args.sample < 1:
        print("cnpii: error: --sample must be at least 1", file=sys.stderr)
        return EXIT_ERROR
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"cnpii: error: no such file or directory: {missing[0]}", file=sys.stderr)
        return EXIT_ERROR
    inv = inventory(args.paths, sample=args.sample, seed=args.seed,
                    progress=args.progress)
    if args.format == "json":
        text = inv.to_json() + "\n"
    elif args.format == "markdown":
        text = inv.to_markdown()
    elif args.format == "html":
        text = inv.to_html()
    else:
        blocks = [str(e.result) if e.result is not None else f"{e.name}: error: {e.error}"
                  for e in inv.entries]
        text = "\n".join(blocks) + "\n" if blocks else "no file classified\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    for e in inv.errors:
        print(f"cnpii: error: {e.name}: {e.error}", file=sys.stderr)
    if inv.errors:
        return EXIT_ERROR
    graded = [e.result for e in inv.entries if e.result is not None]
    return EXIT_FOUND if any(str(r.category) != "C1" for r in graded) else EXIT_CLEAN
