"""责任领导 cells: wrapped fragments ("常务" / "副市长", "刘华 彬") resolved to the names in leaders.toml."""

from __future__ import annotations

from corpus.table import leader_names
from corpus.text import no_space


def resolve_leaders(fragments: list[str]) -> tuple[str, ...]:
    """['王琪 马泽', '波'] -> ('王琪', '马泽波'); ['常务'] -> ('常务副市长',); [] -> ()."""
    text = no_space("".join(fragments))
    names = leader_names()
    found: list[str] = []
    rest = text
    # whole names first, longest first, so "常务副市长长" yields 常务副市长 and a leftover "长"
    for name in sorted(names, key=len, reverse=True):
        while name in rest:
            if name not in found:
                found.append(name)
            rest = rest.replace(name, " ", 1)
    for piece in rest.split():
        if any(piece in name for name in found):
            continue  # a repeated wrap of a name already found
        candidates = [name for name in names if piece in name]
        if len(candidates) == 1 and candidates[0] not in found:
            found.append(candidates[0])
    order = {name: text.find(name[:1]) for name in found}
    return tuple(sorted(found, key=lambda n: order[n]))
