"""The baseline gate: eval/baseline.json and the document-by-document, cell-by-cell comparison.

The baseline keeps, per document, the state of every scored cell (right / wrong / missing), the
values invented, which meta fields and expected findings were right, the meta fields as read, and the
counters the metrics are summed from. A run regresses when anything that was right is no longer right —
ranked wrong < missing < right, because emitting a wrong value is worse than emitting none — or when a
gated metric drops by more than the tolerance. A meta field ranks wrong < near < right: an organ read with
words before the printed name (上海市长宁区人民政府 for 长宁区人民政府) is wrong for the metric but accepted
by the tests, and its change to a name the tests refuse is a regression the counts cannot see; a value
that changes and keeps its rank is named in a note. Documents that could not be read in the baseline
(status error) and read now are reported as newly loadable and do not gate until the baseline is
regenerated: `nianbao eval --update-baseline`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.output import write_json
from .score import metrics

BASELINE = Path("eval") / "baseline.json"
FORMAT = "nianbao-eval-baseline/1"
UPDATE_COMMAND = "nianbao eval --update-baseline"


@dataclass(frozen=True)
class Tolerance:
    """How much a run may lose against the baseline and still pass. The one place this is set."""

    regressions: int = 0  # cells, invented values, meta fields or expected findings that got worse
    metric_drop: float = 0.005  # absolute drop of a gated ratio metric, on the documents both runs loaded


TOLERANCE = Tolerance()
GATED_METRICS = (("cells", "accuracy"), ("cells", "precision"), ("cells", "recall"), ("exact_match_rate",),
                 ("meta", "all"), ("audit", "recall"), ("audit", "precision"))
_RANK = {"wrong": 0, "missing": 1, "right": 2}
# a meta field: an organ the tests accept though it is not the printed name (near) may not turn wrong either
_META_RANK = {"wrong": 0, "near": 1, "right": 2}


def _metric(m: dict | None, path: tuple[str, ...]) -> float | None:
    for p in path:
        if not isinstance(m, dict):
            return None
        m = m.get(p)
    return m if isinstance(m, (int, float)) else None


# ---------------------------------------------------------------------------------------------- file

def load_baseline(path: Path) -> dict | None:
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} file; regenerate it with `{UPDATE_COMMAND}`")
    return data


def build_baseline(records: dict[str, dict], config: dict[str, Any], previous: dict | None = None,
                   partial: bool = False) -> dict:
    """A baseline from document records; a partial run (--docs) updates only its documents."""
    docs = dict(previous["documents"]) if partial and previous else {}
    docs.update(records)
    docs = dict(sorted(docs.items()))
    m = metrics(docs)
    return {"format": FORMAT, "regenerate": UPDATE_COMMAND, "config": config, "metrics": m, "documents": docs}


def write_baseline(path: Path, baseline: dict) -> None:
    write_json(path, baseline)


# ---------------------------------------------------------------------------------------------- compare

@dataclass
class DocDelta:
    stem: str
    verdict: str  # improved | regressed | mixed | unchanged | new | newly loadable
    improved: list[str] = field(default_factory=list)
    regressed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # meta read differently, same rank: no verdict


@dataclass
class Comparison:
    documents: list[DocDelta]
    metric_changes: list[tuple[str, float | None, float | None]]  # (name, baseline, now) on common docs
    failures: list[str]
    notes: list[str]

    @property
    def ok(self) -> bool:
        return not self.failures

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.documents:
            out[d.verdict] = out.get(d.verdict, 0) + 1
        return out

    def of(self, stem: str) -> DocDelta | None:
        return next((d for d in self.documents if d.stem == stem), None)


def compare(baseline: dict, records: dict[str, dict], config: dict[str, Any] | None = None,
            tolerance: Tolerance = TOLERANCE) -> Comparison:
    base_docs = baseline.get("documents", {})
    deltas: list[DocDelta] = []
    notes: list[str] = []
    if config is not None and baseline.get("config", {}).get("name") != config.get("name"):
        notes.append(f"the baseline was made with configuration {baseline.get('config', {}).get('name')!r}, "
                     f"this run uses {config.get('name')!r}")
    common = []
    for stem, cur in records.items():
        base = base_docs.get(stem)
        if base is None:
            deltas.append(DocDelta(stem, "new"))
            continue
        if base["status"] != "ok" and cur["status"] == "ok":
            deltas.append(DocDelta(stem, "newly loadable"))
            continue
        if base["status"] == "ok" and cur["status"] == "ok":
            common.append(stem)
        deltas.append(_doc_delta(stem, base, cur))
    fresh = [d.stem for d in deltas if d.verdict == "newly loadable"]
    if fresh:
        notes.append(f"{len(fresh)} document(s) loadable now, not gated until the baseline is regenerated "
                     f"({UPDATE_COMMAND}): {', '.join(fresh)}")
    changed = [f"{d.stem} {c}" for d in deltas for c in d.changed]
    if changed:
        notes.append(f"{len(changed)} meta value(s) read differently, no better or worse: "
                     f"{'; '.join(changed[:8])}{' …' if len(changed) > 8 else ''}")
    regressions = sum(len(d.regressed) for d in deltas)
    failures = []
    if regressions > tolerance.regressions:
        worst = [d.stem for d in deltas if d.regressed]
        failures.append(f"{regressions} regression(s) in {len(worst)} document(s): {', '.join(worst[:8])}"
                        f"{' …' if len(worst) > 8 else ''}")
    before = metrics({s: base_docs[s] for s in common})
    after = metrics({s: records[s] for s in common})
    changes = []
    for path in GATED_METRICS:
        b, a = _metric(before, path), _metric(after, path)
        name = ".".join(path)
        changes.append((name, b, a))
        if b is not None and a is not None and b - a > tolerance.metric_drop:
            failures.append(f"{name} dropped from {b:.4f} to {a:.4f} (tolerance {tolerance.metric_drop})")
    return Comparison(deltas, changes, failures, notes)


def _meta_state(record: dict, name: str, near: bool = True) -> str | None:
    """right | near | wrong (score.meta_state) of a record's meta field; near=False: right or wrong only,
    to compare with a baseline older than `read` and `near`."""
    ok = record.get("meta", {}).get(name)
    if ok is None:
        return None
    return "right" if ok else "near" if near and name in record.get("near", ()) else "wrong"


def _read(record: dict, name: str) -> str:
    """A meta field as read: a record keeps the value only where it is not the printed one (the gold's)."""
    return repr(record["read"][name]) if name in record["read"] else "as printed"


def _read_change(base: dict, cur: dict, name: str) -> str:
    if "read" not in base or "read" not in cur:
        return ""
    return f" ({_read(base, name)} → {_read(cur, name)})"


def _doc_delta(stem: str, base: dict, cur: dict) -> DocDelta:
    d = DocDelta(stem, "unchanged")
    if base["status"] != cur["status"]:
        (d.regressed if base["status"] == "ok" else d.improved).append(f"status {base['status']} → {cur['status']}")
    for key, now in cur["cells"].items():
        was = base["cells"].get(key)
        if was is None or was == now:
            continue  # a cell the gold did not label when the baseline was made
        (d.improved if _RANK[now] > _RANK[was] else d.regressed).append(f"{key}: {was} → {now}")
    before, after = set(base.get("invented", ())), set(cur.get("invented", ()))
    d.regressed += [f"{k}: value invented" for k in sorted(after - before)]
    d.improved += [f"{k}: no longer invented" for k in sorted(before - after)]
    read = "read" in base and "read" in cur
    for name in cur.get("meta", {}):
        was, now = _meta_state(base, name), _meta_state(cur, name, near=read)
        if was is not None and was != now:
            (d.improved if _META_RANK[now] > _META_RANK[was] else d.regressed).append(
                f"meta.{name}: {was} → {now}{_read_change(base, cur, name)}")
        elif read and was != "right" and base["read"].get(name) != cur["read"].get(name):
            d.changed.append(f"meta.{name}: {was}{_read_change(base, cur, name)}")
    bf, cf = base.get("findings"), cur.get("findings")
    if bf and cf and len(bf.get("found", ())) == len(cf.get("found", ())):
        for i, (was, now) in enumerate(zip(bf["found"], cf["found"])):
            if was != now:
                (d.improved if now else d.regressed).append(f"expected finding #{i + 1}: "
                                                             f"{'found' if was else 'missed'} → "
                                                             f"{'found' if now else 'missed'}")
    if d.improved or d.regressed:
        d.verdict = "mixed" if d.improved and d.regressed else "improved" if d.improved else "regressed"
    return d
