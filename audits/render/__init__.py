"""Batch outputs of `nianbao audit -o` (pages.py): audit-summary.html, audit-summary.md, reports.csv, findings.csv."""
