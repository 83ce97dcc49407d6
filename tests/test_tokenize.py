"""jieba's dictionary read per word from disk (index/word_freq.py) cuts exactly as the in-memory one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from corpus.models import Corpus
from index.chunks import build_chunks
from index.tokenize import KeywordTokenizer, domain_words
from index.word_freq import DiskFreq, dictionary_tags, grammar_words, write_frequencies

GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold"


def _questions() -> list[str]:
    out = []
    for path in sorted(GOLD.glob("*.jsonl")):
        out += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def test_disk_dictionary_cuts_every_chunk_and_question_like_the_memory_one(tmp_path: Path, corpus: Corpus) -> None:
    words = domain_words(corpus)
    memory = KeywordTokenizer(words)  # no cache folder: jieba's whole dictionary in memory
    writer = KeywordTokenizer(words, tmp_path)  # loads it, writes the SQLite file
    disk = KeywordTokenizer(words, tmp_path)  # reads words from that file
    assert isinstance(disk._jieba.FREQ, DiskFreq) and not isinstance(writer._jieba.FREQ, DiskFreq)
    texts = [c.keyword_text for c in build_chunks(corpus, True)] + _questions() + ["", "ABC 123", "𠀀生僻字"]
    assert len(texts) > 800
    for text in texts:
        assert disk.tokens(text) == memory.tokens(text), text
        assert disk.words(text) == memory.words(text), text
    assert disk._grammar == memory._grammar and {"一直", "到底", "以后", "里头"} <= disk._grammar
    sample = ["高龄", "安家", "生育", "护照", "什么", "两项", "省里", "没得", "一直", "营商环境", "不存在的词"]
    assert [disk.is_noun(w) for w in sample] == [memory.is_noun(w) for w in sample]
    assert [w for w in sample if disk.is_noun(w)] == ["高龄", "安家", "生育", "护照"]


def test_a_damaged_dictionary_file_is_rebuilt(tmp_path: Path, corpus: Corpus) -> None:
    words = domain_words(corpus)
    KeywordTokenizer(words, tmp_path)
    (path,) = tmp_path.glob("jieba-*.sqlite")
    path.write_bytes(b"not a database")
    again = KeywordTokenizer(words, tmp_path)  # warns, loads jieba's dictionary, writes the file again
    assert again.tokens("二手房过户") and DiskFreq(path).total > 0


def test_disk_freq_behaves_as_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    write_frequencies(path, {"营商": 5, "营": 0, "环境": 7}, 12)
    freq = DiskFreq(path)
    assert freq.total == 12 and freq["营商"] == 5 and "营" in freq and freq.get("营") == 0
    assert "不存在" not in freq and freq.get("不存在") is None and freq.get("不存在", 1) == 1
    freq["新词"] = 3  # add_word stays in memory; the file is opened read-only
    assert freq["新词"] == 3 and set(freq) == {"营商", "营", "环境", "新词"} and len(freq) == 4
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM freq").fetchone() == (3,)


def test_topic_words_exclude_function_words_fragments_and_numbers(corpus: Corpus) -> None:
    from index.tokenize import keyword_tokenizer

    tk = keyword_tokenizer(corpus)
    assert tk.is_topic_word("护照") and tk.is_topic_word("python") and tk.is_topic_word("营业执照")
    assert not tk.is_topic_word("多少") and not tk.is_topic_word("怎么")  # the stopword list
    assert not tk.is_topic_word("想代") and not tk.is_topic_word("88")  # an HMM fragment, a number
    # adverbs and locatives by jieba's own tags: how, when or where, not what
    assert not any(tk.is_topic_word(w) for w in ("一直", "到底", "大概", "以后", "里头", "背后"))
    assert tk.is_topic_word("老人") and tk.is_topic_word("闹事")  # a noun, a verb


def test_grammar_words_are_read_from_jiebas_tags(tmp_path: Path) -> None:
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("一直 100 d\n以后 90 f\n护照 80 n\n办 70 v\n坏行\n", encoding="utf-8")
    assert grammar_words(dictionary) == {"一直", "以后"}
    assert dictionary_tags(dictionary) == {"一直": "d", "以后": "f", "护照": "n", "办": "v"}


@pytest.mark.parametrize("table", ["grammar", "tags"])
def test_a_dictionary_file_without_grammar_words_or_tags_is_rebuilt(tmp_path: Path, corpus: Corpus, table: str) -> None:
    words = domain_words(corpus)
    KeywordTokenizer(words, tmp_path)
    (path,) = tmp_path.glob("jieba-*.sqlite")
    with sqlite3.connect(path) as db:  # as an older version wrote it
        db.execute(f"DROP TABLE {table}")
    db.close()
    again = KeywordTokenizer(words, tmp_path)  # warns, loads jieba's dictionary, writes the file again
    assert not again.is_topic_word("一直") and "一直" in DiskFreq(path).grammar
    assert again.is_noun("高龄") and DiskFreq(path).tag("高龄") == "n"
