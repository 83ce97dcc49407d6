"""Gradio chat over the assistant library: cited answers, a detail panel per 【第N条】, CSV/Excel export."""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from assistant.compose import lookup_text  # noqa: E402
from assistant.export import ledger_csv, ledger_xlsx  # noqa: E402
from assistant.runtime import get_runtime  # noqa: E402
from assistant.serving.service import ask_json  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from corpus.errors import PolicyQAError  # noqa: E402

EXAMPLES = {
    "结构化查询（机关干部）": ["哪些举措由市税务局牵头且6月到期", "获得信贷有哪些举措", "张建红牵头的举措有哪些"],
    "热线答复（12345）": ["低压用户办电要跑几个环节？", "中介服务超市是干什么的", "新开公司刻章要交钱吗"],
    "计数": ["人社局参与了多少条举措", "持续推进的举措有多少条"],
    "查条目": ["第87条谁负责", "第96条"],
}

# A click on a citation link (#m96) fills a hidden box and presses a hidden button, so the detail
# panel is filled by the same library call as everything else.
HEAD = """
<script>
document.addEventListener('click', function (event) {
  const link = event.target.closest && event.target.closest('a');
  if (!link) return;
  const match = (link.getAttribute('href') || '').match(/#m(\\d+)$/);
  if (!match) return;
  event.preventDefault();
  event.stopPropagation();
  const box = document.querySelector('#cite-box textarea, #cite-box input');
  if (!box) return;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), 'value').set;
  setter.call(box, match[1]);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  setTimeout(function () { document.querySelector('#cite-btn').click(); }, 80);
}, true);
</script>
"""

CSS = """
#detail-panel { border-left: 3px solid #c0392b; padding-left: 12px; min-height: 200px; }
.understood { color: #555; }
"""


def link_citations(text: str) -> str:
    """【第96条】 -> a link the page script turns into a detail-panel click."""
    return re.sub(r"【第(\d+)条】", r"[【第\1条】](#m\1)", text)


def render_answer(result: dict[str, Any]) -> str:
    head, _, rest = result["answer"].partition("\n")
    note = "\n\n> 向量模型不可用，仅使用关键词检索" if result.get("degraded") else ""
    return f"> {head}\n\n{link_citations(rest.strip())}{note}"


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


def build_ui(settings: Settings) -> gr.Blocks:
    def respond(question: str, history: list[dict[str, Any]], state: dict[str, Any] | None):  # type: ignore[no-untyped-def]
        history = list(history or [])
        history.append({"role": "user", "content": question})
        try:
            result = ask_json(settings, question, state)
        except PolicyQAError as err:
            history.append({"role": "assistant", "content": f"⚠️ {err.message}"})
            return "", history, state, gr.update(), gr.update(value=None), gr.update(value=None)
        history.append({"role": "assistant", "content": render_answer(result)})
        numbers = [r["measure"] for r in result["results"] if r["measure"] is not None]
        csv_file, xlsx_file = export_files(settings, numbers, question, result["understood"].get("conditions"))
        understood = "**理解为：** " + result["answer"].split("\n", 1)[0]
        return "", history, {"state": result["state"]}, understood, csv_file, xlsx_file

    def detail(number: str) -> str:
        try:
            m = get_runtime(settings).corpus.measure(int(number))
        except (ValueError, PolicyQAError):
            m = None
        if m is None:
            return "没有这条举措。"
        return "### 举措详情\n\n" + lookup_text(m, get_runtime(settings).corpus).replace("\n", "\n\n")

    def reset():  # type: ignore[no-untyped-def]
        return [], None, "", "点击回答中的【第N条】查看完整记录。", None, None

    with gr.Blocks(title="资阳营商环境政策问答助手", analytics_enabled=False) as ui:
        gr.Markdown("## 资阳营商环境政策问答助手\n依据《资阳市创建一流营商环境2021年行动方案》（资府办发〔2021〕17号）作答，每条事实注明出处【第N条】。")
        state = gr.State(None)
        with gr.Row():
            with gr.Column(scale=3):
                understood = gr.Markdown("", elem_classes=["understood"], elem_id="understood")
                chatbot = gr.Chatbot(label="对话", height=520, elem_id="chat", buttons=["copy"], feedback_options=None)
                question = gr.Textbox(label="问题", placeholder="例如：哪些举措由市税务局牵头且6月到期", elem_id="question")
                with gr.Row():
                    send = gr.Button("提问", variant="primary", elem_id="send")
                    new_chat = gr.Button("新对话", elem_id="new-chat")
                with gr.Row():
                    csv_button = gr.DownloadButton("下载 CSV", value=None, elem_id="download-csv")
                    xlsx_button = gr.DownloadButton("下载 Excel", value=None, elem_id="download-xlsx")
                for label, questions in EXAMPLES.items():
                    gr.Examples(examples=[[q] for q in questions], inputs=[question], label=label)
            with gr.Column(scale=2):
                panel = gr.Markdown("点击回答中的【第N条】查看完整记录。", elem_id="detail-panel")
                cite_box = gr.Textbox(visible="hidden", elem_id="cite-box")
                cite_button = gr.Button("详情", visible="hidden", elem_id="cite-btn")
        outputs = [question, chatbot, state, understood, csv_button, xlsx_button]
        question.submit(respond, [question, chatbot, state], outputs)
        send.click(respond, [question, chatbot, state], outputs)
        cite_button.click(detail, [cite_box], [panel])
        new_chat.click(reset, None, [chatbot, state, understood, panel, csv_button, xlsx_button])
    return ui
