"""Optional (`prose_facts = true`): the figures the prose states, for the audit's prose checks
(FORMAT.md §8 S2, S9, S10, H7). Only sections 一 (overview) and 六 (other matters) are sent.
Each figure is grounded like a table cell (printed in the text, else null) and written to
report.extraction.llm["prose_facts"] as {name: {"value", "span"}}; the tables are never touched.
"""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..ir import Document
from ..models import Report
from . import prompts
from .grounding import tokens
from .prompts import fence

FACTS = {  # name → (type, label sent to the model)
    "applications_received": (int, "本年新收（收到）政府信息公开申请的件数"),
    "applications_carried_over": (int, "上年结转的政府信息公开申请件数"),
    "applications_completed": (int, "本年办结（答复）的政府信息公开申请件数"),
    "applications_carried_forward": (int, "结转下年度继续办理的申请件数"),
    "review_cases": (int, "因政府信息公开被申请行政复议的件数"),
    "litigation_cases": (int, "因政府信息公开被提起行政诉讼的件数"),
    "normative_documents_issued": (int, "本年制发的（行政）规范性文件件数"),
    "fee_notices": (int, "发出信息处理费收费通知的件数"),
    "fee_notice_amount_yuan": (float, "收费通知的总金额（元）"),
    "fees_collected_yuan": (float, "实际收取的信息处理费总金额（元）"),
}


class _Facts(BaseModel):
    model_config = ConfigDict(extra="forbid")


ProseFacts = create_model(
    "ProseFacts", __base__=_Facts,
    __doc__="Figures stated in the prose of the report; null where the prose does not state them.",
    **{k: (Optional[t], Field(..., description=label)) for k, (t, label) in FACTS.items()})


def _sections(report: Report) -> list:
    return [s for s in report.sections if s.key in ("overview", "other_matters")]


async def prose_facts(doc: Document, report: Report, session, cfg, prompts_dir: str | None = None) -> dict[str, Any]:
    prompt = prompts.load("prose_facts", directory=prompts_dir)
    out: dict[str, Any] = {"prompt": prompt.ref, "records": [], "facts": {}}
    text = "\n".join(doc.text[s.start:s.end] for s in _sections(report))
    if not text.strip() or len(text) > cfg.max_section_chars:
        out["facts"] = {"skipped": "no overview / other-matters text" if not text.strip() else "prose too long"}
        return out
    labels = "\n".join(f"- {k} = {label}" for k, (_, label) in FACTS.items())
    answer = await session.ask(ProseFacts, prompt.render(fact_labels=labels, section_text=fence(text)),
                               table="prose", purpose="prose", prompt=prompt)
    out["records"].append(answer.record)
    if answer.payload is None:
        out["facts"] = {"error": answer.record.error}
        return out
    toks = [t for sec in _sections(report) for t in tokens(doc.text[sec.start:sec.end], sec.start)]
    for name, value in answer.payload.items():
        if value is None:
            continue
        found = [t for t in toks if abs(abs(t.value) - float(value)) < 1e-9]
        if not found:
            out["facts"][name] = {"value": None, "rejected": f"{value!r} is not printed in the prose"}
            continue
        span = [found[0].start, found[0].end] if len(found) == 1 else None
        out["facts"][name] = {"value": value, "span": span}
    return out
