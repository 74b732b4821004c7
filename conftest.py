"""Root pytest configuration: doctests run over the package, except the entry-point module."""

collect_ignore = ["cleantext/__main__.py"]
