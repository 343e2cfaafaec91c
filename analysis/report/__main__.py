"""``python -m analysis.report``: run every notebook headless and write the HTML report (see build.py)."""

from .build import main

if __name__ == "__main__":
    raise SystemExit(main())
