"""Batch outputs of `nianbao audit -o`: audit-summary.md, audit-summary.html, findings.csv."""
