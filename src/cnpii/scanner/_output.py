"""Printing a scan: text lines, JSON, SARIF 2.1.0 (for GitHub code scanning and other tools).

Every format holds the place, the entity, its JR/T 0171 category and a masked preview; none
holds a raw value.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from cnpii.entities import ENTITY_INFO, Entity

__all__ = ["where", "text_lines", "json_document", "sarif_document", "SARIF_SCHEMA"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: GitHub code scanning's security-severity per category (0-10)
_SEVERITY = {"C3": "9.0", "C2": "7.5", "C1": "4.0"}


def where(f: dict[str, Any]) -> str:
    """``[commit:]path[!member]:line:column`` or ``path:Sheet1!B7:column`` for tables.

    >>> where({"path": "a.txt", "member": None, "location": None, "line": 3, "column": 5, "commit": None})
    'a.txt:3:5'
    >>> where({"path": "b.xlsx", "member": None, "location": "客户!C2", "line": 2, "column": 1, "commit": None})
    'b.xlsx:客户!C2:1'
    """
    path = f["path"] + (f"!{f['member']}" if f.get("member") else "")
    place = f["location"] if f.get("location") else str(f["line"])
    head = f"{f['commit'][:12]}:" if f.get("commit") else ""
    return f"{head}{path}:{place}:{f['column']}"


def text_lines(findings: list[dict[str, Any]]) -> list[str]:
    return [f"{where(f)}  {f['entity']}  {f['masked']}" for f in findings]


_PUBLIC = ("path", "member", "location", "line", "column", "end_column", "entity", "category",
           "score", "masked", "fingerprint", "commit")


def json_document(findings: list[dict[str, Any]], report: Any, known: int) -> dict[str, Any]:
    return {
        "version": 1,
        "findings": [{k: f.get(k) for k in _PUBLIC} for f in findings],
        "skipped": [{"path": p, "reason": r, "fatal": fatal} for p, r, fatal in report.skipped],
        "summary": {"files": report.files, "bytes": report.bytes, "lines": report.lines,
                    "binary_files_skipped": report.binary_files, "findings": len(findings),
                    "known_from_baseline": known,
                    "files_with_undecodable_bytes": report.partly_decoded},
    }


def _uri(path: str) -> str:
    raw = path.removeprefix("./").encode("utf-8")
    if b"\\x" in raw:  # a file name that is not UTF-8, shown with \xNN escapes: its real bytes
        import codecs

        raw = codecs.escape_decode(raw)[0]
    return quote(raw, safe="/!$&'()*+,;=:@-._~")


def sarif_document(findings: list[dict[str, Any]], report: Any, failed: bool,
                   fail_rank: int) -> dict[str, Any]:
    from cnpii import __version__

    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    results = []
    for f in findings:
        entity = f["entity"]
        info = ENTITY_INFO[Entity(entity)]
        cat = str(info.category)
        if entity not in index:
            index[entity] = len(rules)
            rules.append({
                "id": entity, "name": entity.title().replace("_", ""),
                "shortDescription": {"text": f"{info.name_en} ({info.name_zh}) in a file"},
                "fullDescription": {"text": f"A {info.name_en} ({info.name_zh}), JR/T 0171 category "
                                            f"{cat}, JR/T 0197 level {info.level}, was found."},
                "help": {"text": "Remove the value, replace it with synthetic data, or accept it "
                                 "with a 'cnpii: allow' comment or a baseline entry.",
                         "markdown": "Remove the value, replace it with synthetic data, or accept "
                                     "it with a `cnpii: allow` comment or a baseline entry."},
                "defaultConfiguration": {"level": "error" if cat != "C1" else "warning"},
                "properties": {"category": cat, "level": info.level,
                               "tags": ["security", "privacy", "pii"],
                               "security-severity": _SEVERITY[cat]},
            })
        region: dict[str, Any] = {"startLine": max(1, int(f["line"])),
                                  "startColumn": int(f["column"]), "endColumn": int(f["end_column"])}
        loc: dict[str, Any] = {"physicalLocation": {
            "artifactLocation": {"uri": _uri(f["path"]), "uriBaseId": "%SRCROOT%"},
            "region": region}}
        logical = "!".join(x for x in (f.get("member"), f.get("location")) if x)
        if logical:
            loc["logicalLocations"] = [{"fullyQualifiedName": logical,
                                        "kind": "member" if f.get("member") else "element"}]
        place = f" at {logical}" if logical else ""
        result: dict[str, Any] = {
            "ruleId": entity, "ruleIndex": index[entity],
            "level": "error" if int(cat[1]) >= fail_rank else "warning",
            "message": {"text": f"{info.name_en} found{place} (masked: {f['masked']})"},
            "locations": [loc],
            "partialFingerprints": {"cnpiiValue/v2" if f.get("keyed") else "cnpiiPlace/v2":
                                    f["fingerprint"]},
        }
        if f.get("commit"):
            result["properties"] = {"commit": f["commit"]}
        results.append(result)
    notes = [{"level": "error" if fatal else "note",
              "message": {"text": f"not scanned: {reason}"},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(p.split("!")[0]),
                                                                        "uriBaseId": "%SRCROOT%"}}}]}
             for p, reason, fatal in report.skipped]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "cnpii", "version": __version__,
                                "semanticVersion": __version__,
                                "informationUri": "https://pypi.org/project/cnpii/",
                                "rules": rules}},
            "automationDetails": {"id": "cnpii-scan/"},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "the scanned folder"}}},
            "invocations": [{"executionSuccessful": not report.fatal_skips,
                             "toolExecutionNotifications": notes,
                             "exitCode": 2 if report.fatal_skips else 1 if failed else 0}],
            "results": results,
        }],
    }
