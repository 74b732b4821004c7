"""Every public function and class of the package has a docstring with a runnable example.

The examples themselves run as doctests (``--doctest-modules`` in pyproject.toml); this
test makes sure none is missing.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import cleantext


def _public_objects() -> list[tuple[str, object]]:
    found = []
    for info in pkgutil.walk_packages(cleantext.__path__, "cleantext."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(obj) or inspect.isclass(obj):
                found.append((f"{info.name}.{name}", obj))
    return found


def test_public_api_has_runnable_examples() -> None:
    objects = _public_objects()
    assert len(objects) > 50
    missing = [name for name, obj in objects if ">>>" not in (inspect.getdoc(obj) or "")]
    assert missing == [], f"public objects without a docstring example: {missing}"
