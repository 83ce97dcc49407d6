"""The operator's workbench (Gradio): cited answers, a result table with filters, a detail panel for every
citation, 👍/👎 feedback that is kept, a conversation that survives a reload, CSV/Excel export."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.export import ledger_csv, ledger_xlsx  # noqa: E402
from assistant.filters import MeasureFilter, filter_measures  # noqa: E402
from assistant.runtime import get_runtime  # noqa: E402
from assistant.serving.feedback import FeedbackStore  # noqa: E402
from assistant.serving.service import ask_json  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from assistant.understanding import DeadlineCondition, UnitCondition  # noqa: E402
from corpus.errors import PolicyQAError  # noqa: E402
from ui.render import (  # noqa: E402
    ALL,
    DEADLINES,
    ROLES,
    TABLE_COLUMNS,
    answer_text,
    detail_markdown,
    level1_choices,
    marker_choices,
    scope_text,
    table_rows,
    unit_choices,
)

EXAMPLES = {
    "结构化查询（机关干部）": ["哪些举措由市税务局牵头且6月到期", "住建局参与了哪些举措", "张建红牵头的一级指标有哪些"],
    "热线答复（12345）": ["低压用户办电要跑几个环节？", "二手房过户要几天", "新开公司刻章要交钱吗"],
    "计数": ["人社局参与了多少条举措", "持续推进的举措有多少条"],
    "查条目": ["第87条谁负责", "第96条"],
}
EMPTY_PANEL = "点击回答中的【第N条】【行动N】【注N】查看完整记录。"


def export_files(
    settings: Settings, numbers: list[int], question: str = "", conditions: list[str] | None = None
) -> tuple[str | None, str | None]:
    if not numbers:
        return None, None
    corpus = get_runtime(settings).corpus
    folder = Path(tempfile.mkdtemp(prefix="policyqa-export-"))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    csv_path = folder / f"重点举措台账-{stamp}.csv"
    csv_path.write_bytes(ledger_csv(corpus, numbers))
    xlsx_path = ledger_xlsx(corpus, numbers, folder / f"重点举措台账-{stamp}.xlsx", question, conditions)
    return str(csv_path), str(xlsx_path)


ROLE_OF = {"参与": "any", "牵头": "lead", "参与但不牵头": "support"}


def narrow(settings: Settings, numbers: list[int], unit: str, role: str, deadline: str, level1: str,
           marker: str) -> list[int]:
    """The table's filters over the current result set, as one ``MeasureFilter`` (what questions and
    ``GET /api/measures`` use); the choices are the records' own names, so nothing needs resolving."""
    corpus = get_runtime(settings).corpus
    condition = None
    if deadline.endswith("月"):
        month = int(deadline[:-1])
        condition = DeadlineCondition("month", None, month, month, deadline)
    elif deadline == "2022年":
        condition = DeadlineCondition("year", 2022, label=deadline)
    elif deadline == "仅持续推进":
        condition = DeadlineCondition("ongoing", label=deadline, ongoing="yes", has_month=False)
    level = next((i.number for i in corpus.level1() if i.name == level1), None)
    f = MeasureFilter(
        units=(UnitCondition(unit, ROLE_OF[role], unit),) if unit != ALL else (),
        deadline=condition,
        indicators=((1, level),) if level is not None else (),
        markers=(marker.split(" ")[0],) if marker != ALL else (),
        within=tuple(numbers),
    )
    return [m.number for m in filter_measures(corpus, f)]


def build_ui(settings: Settings) -> gr.Blocks:
    feedback = FeedbackStore(settings.feedback_db)

    def table(numbers: list[int], title: str) -> tuple[Any, str]:
        rows = table_rows(get_runtime(settings).corpus, numbers)
        return gr.update(value=rows or None), f"**结果表：{title}（{len(rows)}条）**" if rows else ""

    def respond(question: str, history: list[dict[str, Any]], saved: dict[str, Any] | None):  # type: ignore[no-untyped-def]
        saved = dict(saved or {})
        history = list(history or [])
        if not (question or "").strip():
            return (gr.update(), history, saved, scope_text(saved), gr.update(), gr.update(), gr.update(),
                    gr.update(), saved)
        history.append({"role": "user", "content": question})
        try:
            result = ask_json(settings, question, saved.get("state"))
        except PolicyQAError as err:
            history.append({"role": "assistant", "content": f"⚠️ {err.message}"})
            return "", history, saved, scope_text(saved), gr.update(), gr.update(), None, None, saved
        history.append({"role": "assistant", "content": answer_text(result)})
        numbers = [r["measure"] for r in result["results"] if r["measure"] is not None]
        conditions = result["understood"].get("conditions") or []
        meta = dict(saved.get("meta") or {})
        meta[str(len(history) - 1)] = {"question": question, "result": {
            "answer": result["answer"], "citations": result["citations"], "understood": result["understood"]}}
        saved = {"state": result["state"], "meta": meta, "numbers": numbers, "question": question,
                 "conditions": conditions, "history": history}
        rows, title = table(numbers, question)
        csv_file, xlsx_file = export_files(settings, numbers, question, conditions)
        return "", history, saved, scope_text(saved), rows, title, csv_file, xlsx_file, saved

    def restore(saved: dict[str, Any] | None):  # type: ignore[no-untyped-def]
        saved = saved or {}
        rows, title = table(saved.get("numbers") or [], saved.get("question", ""))
        return saved.get("history") or [], saved, scope_text(saved), rows, title

    def reset():  # type: ignore[no-untyped-def]
        return [], {}, scope_text({}), EMPTY_PANEL, gr.update(value=None), "", None, None, {}

    def on_filter(saved: dict[str, Any] | None, unit: str, role: str, deadline: str, level1: str, marker: str):  # type: ignore[no-untyped-def]
        numbers = (saved or {}).get("numbers") or []
        kept = narrow(settings, numbers, unit, role, deadline, level1, marker)
        return table(kept, f"{(saved or {}).get('question', '')}，按筛选")

    def on_like(saved: dict[str, Any] | None, comment: str, data: gr.LikeData):  # type: ignore[no-untyped-def]
        entry = ((saved or {}).get("meta") or {}).get(str(data.index if isinstance(data.index, int) else data.index[0]))
        if entry is None:
            return "这条回答的记录已不在本页，无法评价。", comment
        result = entry["result"]
        understood = result.get("understood") or {}
        try:
            ident = feedback.add(entry["question"], "up" if data.liked else "down", comment or None, result["answer"],
                                 understood.get("intent"), understood.get("conditions") or [], result["citations"])
        except PolicyQAError as err:
            return f"⚠️ {err.message}", comment
        return f"已记录反馈 #{ident}（{'赞' if data.liked else '踩'}）。谢谢！", ""

    def detail(key: str) -> str:
        try:
            return detail_markdown(get_runtime(settings).corpus, key or "")
        except (ValueError, PolicyQAError):
            return "没有这条记录。"

    corpus = get_runtime(settings).corpus
    with gr.Blocks(title="资阳营商环境政策问答助手", analytics_enabled=False) as ui:
        gr.Markdown("## 资阳营商环境政策问答助手\n依据《资阳市创建一流营商环境2021年行动方案》（资府办发〔2021〕17号）作答，每条事实注明出处【第N条】。")
        saved = gr.BrowserState({}, storage_key="policyqa-conversation")
        live = gr.State({})
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="对话", height=520, elem_id="chat", buttons=["copy"], autoscroll=False,
                                     feedback_options=("Like", "Dislike"))
                scope = gr.Markdown(scope_text({}), elem_id="scope")
                question = gr.Textbox(label="问题", placeholder="例如：哪些举措由市税务局牵头且6月到期", elem_id="question")
                with gr.Row():
                    send = gr.Button("提问", variant="primary", elem_id="send")
                    new_chat = gr.Button("新对话", elem_id="new-chat")
                with gr.Row(elem_id="feedback-row"):
                    comment = gr.Textbox(label="对回答的说明（可选，点赞或点踩时一并保存）", elem_id="feedback-comment", scale=3)
                    feedback_status = gr.Markdown("", elem_id="feedback-status")
                with gr.Row(elem_id="downloads"):
                    csv_button = gr.DownloadButton("下载 CSV", value=None, elem_id="download-csv")
                    xlsx_button = gr.DownloadButton("下载 Excel", value=None, elem_id="download-xlsx")
                with gr.Accordion("示例问题（点一下就问）", open=True, elem_id="examples"):
                    example_buttons = [(gr.Button(q, size="sm"), q) for qs in EXAMPLES.values() for q in qs]
            with gr.Column(scale=2, elem_id="detail-wrap"):
                gr.Button("关闭", size="sm", elem_id="detail-close")  # closes the phone-width sheet (page script)
                panel = gr.Markdown(EMPTY_PANEL, elem_id="detail-panel")
                cite_box = gr.Textbox(visible="hidden", elem_id="cite-box")
                cite_button = gr.Button("详情", visible="hidden", elem_id="cite-btn")
        table_title = gr.Markdown("", elem_id="table-title")
        with gr.Row(elem_id="filters"):
            f_unit = gr.Dropdown(unit_choices(corpus), value=ALL, label="单位", elem_id="filter-unit")
            f_role = gr.Radio(ROLES, value="参与", label="角色", elem_id="filter-role")
            f_deadline = gr.Dropdown(DEADLINES, value=ALL, label="完成时限", elem_id="filter-deadline")
            f_level1 = gr.Dropdown(level1_choices(corpus), value=ALL, label="一级指标", elem_id="filter-level1")
            f_marker = gr.Dropdown(marker_choices(corpus), value=ALL, label="标记", elem_id="filter-marker")
            apply = gr.Button("筛选", elem_id="filter-apply")
        results = gr.Dataframe(headers=TABLE_COLUMNS, datatype=["number", "str", "str", "str", "str", "str", "str"],
                               interactive=False, wrap=True, show_search="filter", max_height=600, elem_id="results",
                               column_widths=["6%", "11%", "13%", "14%", "13%", "6%", "37%"])

        outputs = [question, chatbot, live, scope, results, table_title, csv_button, xlsx_button, saved]
        question.submit(respond, [question, chatbot, live], outputs)
        send.click(respond, [question, chatbot, live], outputs)
        for button, text in example_buttons:
            button.click(lambda h, s, q=text: respond(q, h, s), [chatbot, live], outputs)
        cite_button.click(detail, [cite_box], [panel])
        clear_outputs = [chatbot, live, scope, panel, results, table_title, csv_button, xlsx_button, saved]
        new_chat.click(reset, None, clear_outputs)
        chatbot.clear(reset, None, clear_outputs)  # the bin icon clears the context too, not only the messages
        apply.click(on_filter, [live, f_unit, f_role, f_deadline, f_level1, f_marker], [results, table_title])
        chatbot.like(on_like, [live, comment], [feedback_status, comment])
        ui.load(restore, [saved], [chatbot, live, scope, results, table_title])
    return ui
