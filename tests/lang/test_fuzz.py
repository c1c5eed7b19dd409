"""Robustness: any input either parses or raises ParseError, never anything else."""
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ems.errors import ParseError
from ems.lang.parser import parse
from ems.lang.tokenizer import tokenize

from tests.lang.corpus import SNIPPETS

_ALPHABET = "$@(){}[]<>#`'\"|&;,.:=+-*/%!?\\ \t\n\r-\u2013\u201caz09AZ_@^x"


def _check(text):
    try:
        parse(text)
    except ParseError as e:
        assert e.issues
        for issue in e.issues:
            assert issue.error_id != "UnrecoverableParserError", (text, issue.message)
            assert 0 <= issue.extent.start <= issue.extent.end <= len(text)
            issue.extent.position_message()
    toks = tokenize(text)
    for t in toks:
        assert 0 <= t.start <= t.end <= len(text)


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(SNIPPETS))
    n = draw(st.integers(min_value=1, max_value=6))
    chars = list(text)
    for _ in range(n):
        op = draw(st.sampled_from(["del", "ins", "swap", "dup", "cut"]))
        if not chars:
            chars = list(draw(st.text(alphabet=_ALPHABET, max_size=5)))
            continue
        i = draw(st.integers(min_value=0, max_value=len(chars) - 1))
        if op == "del":
            del chars[i]
        elif op == "ins":
            chars.insert(i, draw(st.sampled_from(_ALPHABET)))
        elif op == "swap":
            j = draw(st.integers(min_value=0, max_value=len(chars) - 1))
            chars[i], chars[j] = chars[j], chars[i]
        elif op == "dup":
            j = draw(st.integers(min_value=i, max_value=len(chars)))
            chars[i:i] = chars[i:j]
        else:
            chars = chars[:i]
    return "".join(chars)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_snippets_parse_or_raise_parse_error(text):
    _check(text)


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_random_text_parses_or_raises_parse_error(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_unicode_parses_or_raises_parse_error(text):
    _check(text)


def test_corpus_parses():
    for s in SNIPPETS:
        parse(s)


def test_random_prefixes_of_corpus():
    rnd = random.Random(1234)
    for s in SNIPPETS:
        for _ in range(10):
            _check(s[: rnd.randrange(len(s) + 1)])
