"""YAML loading that remembers the line of every key, so errors can name it."""

from __future__ import annotations

from typing import Any

import yaml

from cnpii.errors import PolicyError

__all__ = ["load_with_lines", "Lines"]

#: path inside the document (keys and list indexes) -> 1-based line number
Lines = dict[tuple[Any, ...], int]


def load_with_lines(text: str, source: str) -> tuple[Any, Lines]:
    """Parse YAML text into plain Python values and a map of paths to line numbers.

    >>> data, lines = load_with_lines("rules:\\n  - entity: PERSON\\n    operator: keep\\n", "p.yaml")
    >>> data["rules"][0]["operator"], lines[("rules", 0, "operator")]
    ('keep', 3)
    """
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else "?"
        raise PolicyError(f"{source}:{line}: not valid YAML ({exc.problem})") from None
    except yaml.YAMLError:
        raise PolicyError(f"{source}: not valid YAML") from None
    finally:
        loader.dispose()
    lines: Lines = {}
    if node is None:
        return None, lines

    def convert(n: yaml.Node, path: tuple[Any, ...] | None) -> Any:  # noqa: C901
        if path is not None:  # None for mapping keys, whose line is recorded with the key
            lines[path] = n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for key_node, value_node in n.value:
                key = convert(key_node, None)
                if not isinstance(key, (str, int, float, bool)) or key is None:
                    raise PolicyError(f"{source}:{key_node.start_mark.line + 1}: "
                                      "mapping keys must be plain scalars")
                if key in out:
                    raise PolicyError(f"{source}:{key_node.start_mark.line + 1}: "
                                      f"duplicate key '{key}'")
                out[key] = convert(value_node, path + (key,))
                lines[path + (key,)] = key_node.start_mark.line + 1
            return out
        if isinstance(n, yaml.SequenceNode):
            return [convert(item, path + (i,)) for i, item in enumerate(n.value)]
        try:
            return yaml.SafeLoader("").construct_object(n, deep=True)
        except yaml.YAMLError:
            raise PolicyError(f"{source}:{n.start_mark.line + 1}: value cannot be read") from None

    data = convert(node, ())
    return data, lines
