"""The year and date patterns every reader of a report's metadata shares.

Copies lose characters (`2024年1月1日` → `202411日`): a year is only a four-digit run that is not part of
a longer digit run (FORMAT.md §10). Groups: YEAR (year); DATE_NUM and DATE_CN (year, month, day).
"""
from __future__ import annotations

import re

YEAR = r"(?<!\d)((?:19|20)\d{2})(?!\d)"
DATE_NUM = re.compile(r"(?<!\d)(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
DATE_CN = re.compile(r"(?<!\d)(20\d{2})年(\d{1,2})月(\d{1,2})日")
