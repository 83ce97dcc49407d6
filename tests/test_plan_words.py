"""The plan's words jieba's dictionary lacks (corpus/data/words.toml) are cut whole in a caller's sentence."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import jieba
import pytest
from conftest import malformed_data_file_is_refused

from corpus import table
from index.tokenize import KeywordTokenizer, domain_words, plan_vocabulary, plan_words

SOURCE = Path(__file__).resolve().parents[1] / "corpus" / "ziyang_2021_business_environment_plan.txt"
# what a caller puts before and after a word (想代开, 算小文旅企业, 有失能老人, 扬尘要): generated, not read off a set
BEFORE = ("想", "能", "要", "去", "查", "问", "从", "有", "算小", "我", "他们", "在", "帮我", "这个")
AFTER = ("了", "要", "的", "吗", "嘛", "是", "在哪", "咋个办", "好久", "不")


@pytest.fixture(scope="module")
def with_words() -> KeywordTokenizer:
    return KeywordTokenizer(domain_words(None), None, *plan_vocabulary())


def test_every_word_is_the_plans_lacks_from_jieba_and_says_why() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    base = jieba.Tokenizer()
    base.check_initialized()
    raw = table._load_toml("words.toml")["word"]
    words = [e["word"] for e in raw]
    assert len(words) == len(set(words)) >= 20
    for entry in raw:
        assert entry["word"] in text, entry["word"]  # the plan's own word
        assert not base.FREQ.get(entry["word"]), entry["word"]  # one jieba lacks (else listing it changes nothing)
        assert re.search(r"\((?:\d|行动)", entry["why"]), entry["word"]  # where the plan uses it: (measure numbers)
        assert all(entry["word"] in c for c in entry.get("contexts", ())), entry["word"]


def test_a_callers_neighbouring_characters_do_not_swallow_a_plan_word(with_words: KeywordTokenizer) -> None:
    without = KeywordTokenizer(domain_words(None))
    texts = [(w, b + w + a) for w, b, a in itertools.product(plan_vocabulary()[0], BEFORE, AFTER)]
    kept = sum(w in with_words.words(t) for w, t in texts) / len(texts)
    before = sum(w in without.words(t) for w, t in texts) / len(texts)
    assert kept >= 0.93 and before < 0.5, (kept, before)  # measured: 0.954 with the words, 0.392 without


def test_a_context_raises_a_word_until_it_is_cut_whole_there(with_words: KeywordTokenizer) -> None:
    for word in plan_words():
        for context in word.contexts:
            assert word.word in with_words.words(context), context
    assert with_words.words("我想代开发票")[-2:] == ["代开", "发票"] and "失能" in with_words.words("家里有失能老人")


def test_jiebas_own_words_still_win_where_they_are_likelier(with_words: KeywordTokenizer) -> None:
    # suggested frequencies are just enough to keep a word from its own characters, not to break real words
    assert with_words.words("法规上的规定")[:2] == ["法规", "上"]
    assert with_words.words("这样有失公平")[-2:] == ["有失", "公平"]
    assert with_words.words("我要开发票") == ["我要", "开发票"]
    assert with_words.words("中小微文旅企业") == ["中小", "微", "文旅", "企业"]


def test_the_words_go_into_the_cached_dictionary_too(tmp_path: Path) -> None:
    writer = KeywordTokenizer(domain_words(None), tmp_path, *plan_vocabulary())
    disk = KeywordTokenizer(domain_words(None), tmp_path, *plan_vocabulary())  # reads the SQLite file
    other = KeywordTokenizer(domain_words(None), tmp_path)  # other words: another file, not this one
    assert len(list(tmp_path.glob("jieba-*.sqlite"))) == 2
    for text in ("我想代开发票", "算小文旅企业吧", "家里有失能老人", "从报建到审批完"):
        assert disk.words(text) == writer.words(text) != other.words(text), text


def test_a_malformed_words_file_is_a_clear_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    malformed_data_file_is_refused(tmp_path, monkeypatch, table, "words.toml", '[[word]]\nwhy = "no word"\n',
                                   plan_words, plan_words.cache_clear)
