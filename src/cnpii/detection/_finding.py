"""The result types of detection: :class:`Finding` and :class:`ScanResult`.

Neither ever shows the matched text: a finding knows only where it is, what it is, how sure
the detector was and why. :class:`ScanResult` keeps the text so that it can render it for a
notebook with every finding replaced by its masked form.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from cnpii.entities import Entity

__all__ = ["Finding", "ScanResult", "mask_value"]


@dataclass(frozen=True, order=True, slots=True)
class Finding:
    """One piece of personal information found in a text.

    ``start`` and ``end`` are Python ``str`` offsets (end exclusive) into the scanned text.
    Findings sort by position. The repr never contains the matched text.

    >>> f = Finding(4, 15, Entity.CN_MOBILE_PHONE, 0.9, "pattern=mobile validator=mobile_phone")
    >>> f
    Finding(start=4, end=15, entity='CN_MOBILE_PHONE', score=0.9, explanation='pattern=mobile validator=mobile_phone')
    >>> f.text("手机号：13812345678")
    '13812345678'
    """

    start: int
    end: int
    entity: Entity = field(compare=True)
    score: float = field(compare=False, default=1.0)
    explanation: str = field(compare=False, default="")

    def __repr__(self) -> str:
        return (f"Finding(start={self.start}, end={self.end}, entity={str(self.entity)!r}, "
                f"score={round(self.score, 3)!r}, explanation={self.explanation!r})")

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: str) -> str:
        """The matched value, cut from ``source`` (the caller already holds the text)."""
        return source[self.start:self.end]

    def masked(self, source: str) -> str:
        """The matched value masked for display (``138****5678``, ``张*``)."""
        return mask_value(self.entity, source[self.start:self.end])


def make_finding(start: int, end: int, entity: Entity, score: float, explanation: str,
                 _new=object.__new__, _f=Finding, _s=Finding.start.__set__, _e=Finding.end.__set__,
                 _t=Finding.entity.__set__, _c=Finding.score.__set__, _x=Finding.explanation.__set__) -> Finding:
    """``Finding(start, end, entity, score, explanation)`` for arguments already checked, about
    three times quicker (the slots are set directly instead of through the frozen ``__setattr__``).

    >>> make_finding(0, 2, Entity.PERSON, 0.9, "x") == Finding(0, 2, Entity.PERSON, 0.9, "x")
    True
    """
    f = _new(_f)
    _s(f, start)
    _e(f, end)
    _t(f, entity)
    _c(f, score)
    _x(f, explanation)
    return f


def mask_value(entity: Entity | str, value: str) -> str:
    """A display mask for a detected value: the identifier module's ``mask`` when it accepts
    the value, otherwise a generic mask keeping a little of each end.

    >>> mask_value("PERSON", "王小明")
    '王**'
    >>> mask_value("CARD_CVV", "123")
    '***'
    """
    from cnpii.identifiers._util import mask_middle

    entity = Entity(entity)
    if entity is Entity.PERSON:
        return value[:1] + "*" * (len(value) - 1)
    if entity in (Entity.CARD_CVV, Entity.CARD_EXPIRY, Entity.PASSWORD, Entity.CARD_TRACK_DATA):
        return "*" * min(len(value), 8)
    if entity is Entity.CN_ADDRESS:
        keep = min(6, len(value) // 3)
        return value[:keep] + "*" * (len(value) - keep)
    if entity is Entity.EMAIL_ADDRESS and "@" in value:
        local, _, domain = value.partition("@")
        return local[:1] + "***@" + domain
    try:
        from cnpii.identifiers import BY_ENTITY

        module = BY_ENTITY.get(entity)
        if module is not None and module.is_valid(value):
            return str(module.mask(value))
    except Exception:  # a failing mask must never expose the value
        pass
    n = len(value)
    keep = 2 if n >= 8 else 1 if n >= 4 else 0
    return mask_middle(value, keep, keep)


class ScanResult(Sequence[Finding]):
    """The findings of one scan together with the scanned text.

    Behaves as a read-only list of :class:`Finding`; in Jupyter it renders as the text with
    each finding highlighted by entity and shown masked. ``str()``/``repr()`` never contain
    the raw values.

    >>> r = ScanResult("手机13812345678", [Finding(2, 13, Entity.CN_MOBILE_PHONE, 0.9, "")])
    >>> r.masked_text()
    '手机138****5678'
    >>> len(r), r[0].entity
    (1, <Entity.CN_MOBILE_PHONE: 'CN_MOBILE_PHONE'>)
    """

    __slots__ = ("_text", "_findings")

    def __init__(self, text: str, findings: Sequence[Finding]) -> None:
        self._text = text
        self._findings = tuple(sorted(findings))

    def __getitem__(self, i):  # type: ignore[override]
        return self._findings[i]

    def __len__(self) -> int:
        return len(self._findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._findings)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ScanResult):
            return self._findings == other._findings
        if isinstance(other, (list, tuple)):
            return list(self._findings) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"ScanResult({len(self._findings)} findings: {list(self._findings)!r})"

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._findings

    def masked_text(self) -> str:
        """The text with every finding replaced by its masked form."""
        out, pos = [], 0
        for f in self._findings:
            if f.start < pos:
                continue
            out.append(self._text[pos:f.start])
            out.append(f.masked(self._text))
            pos = f.end
        out.append(self._text[pos:])
        return "".join(out)

    def _repr_html_(self) -> str:
        return render_html(self._text, self._findings)


#: one colour per entity family for the notebook rendering
_COLOURS = {
    Entity.PERSON: "#ffd8a8", Entity.CN_ADDRESS: "#b2f2bb", Entity.CN_RESIDENT_ID: "#ffc9c9",
    Entity.CN_BANK_CARD: "#d0bfff", Entity.CN_BANK_ACCOUNT: "#d0bfff",
    Entity.CN_MOBILE_PHONE: "#a5d8ff", Entity.CN_LANDLINE_PHONE: "#a5d8ff",
    Entity.EMAIL_ADDRESS: "#99e9f2", Entity.IP_ADDRESS: "#99e9f2",
}


def render_html(text: str, findings: Sequence[Finding]) -> str:
    """HTML of ``text`` with findings highlighted and masked (for notebooks)."""
    out, pos = ['<div style="white-space:pre-wrap;line-height:1.8">'], 0
    for f in sorted(findings):
        if f.start < pos:
            continue
        out.append(html.escape(text[pos:f.start]))
        colour = _COLOURS.get(f.entity, "#fcc2d7")
        out.append(f'<mark style="background:{colour};border-radius:3px;padding:0 2px" '
                   f'title="{html.escape(str(f.entity))} {f.score:.2f}">'
                   f'{html.escape(f.masked(text))}'
                   f'<sub style="font-size:0.6em"> {html.escape(str(f.entity))}</sub></mark>')
        pos = f.end
    out.append(html.escape(text[pos:]))
    out.append("</div>")
    return "".join(out)
