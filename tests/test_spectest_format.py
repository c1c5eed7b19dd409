"""The transcript parser itself, and a check that every spec file is well formed."""
import pytest

from tests.spectest import SpecFormatError, load_all, parse_spec


def test_parse_case_with_all_directives():
    text = ('#### add\n1 + 2\n## status: 3\n## STDERR-CONTAINS: oops\n'
            '## STDERR-CONTAINS: again\n## STDOUT:\n3\n\n## END\n'
            '#### second\n"x"\n')
    a, b = parse_spec(text)
    assert (a.title, a.script, a.status) == ("add", "1 + 2\n", 3)
    assert a.stderr_contains == ["oops", "again"]
    assert a.stdout == "3\n\n"
    assert b.stdout is None and b.status == 0 and b.script == '"x"\n'


def test_unterminated_stdout_block_is_an_error():
    with pytest.raises(SpecFormatError):
        parse_spec("#### t\n1\n## STDOUT:\n1\n")


def test_all_spec_files_parse():
    cases = load_all()
    titles = [(c.file, c.title) for c in cases]
    assert len(titles) == len(set(titles)), "duplicate case titles"
