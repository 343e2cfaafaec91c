"""papermill, nbformat and nbconvert for the report, imported without the one optional module that makes them slow.

rfc3987-syntax, which jupyter's ``jsonschema[format-nongpl]`` installs, builds a Lark grammar when it is imported:
4-6 s before the first notebook could start. jsonschema imports it only to check the "iri" string format, which
the notebook schema that papermill and nbconvert validate against never uses, and skips that check without it.
"""

import sys

sys.modules.setdefault("rfc3987_syntax", None)  # an import of it now raises ImportError, which jsonschema expects

import nbformat  # noqa: E402
import papermill  # noqa: E402
from nbconvert import HTMLExporter  # noqa: E402

__all__ = ["HTMLExporter", "nbformat", "papermill"]
