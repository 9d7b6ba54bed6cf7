"""srccheck's version: a leaf module, so anything may import it without loading the package.

The one place the version is written (pyproject.toml reads it from here): a constant, because
asking importlib.metadata would cost every `srccheck` run about 30 ms.
"""

__version__ = "0.1.0"
