from datetime import datetime

import pytest

from ems.model.errors import FilterError
from ems.model.opath import compile_filter
from ems.model.values import ADObjectId, ByteQuantifiedSize, Unlimited


class Obj:
    PS_PROPERTIES = ("Name", "Database", "ItemCount", "Enabled", "Quota", "Emails", "When", "Note")

    def __init__(self, name, db, count, enabled=True, quota=None, emails=(), when=None, note=None):
        self.Name, self.Database, self.ItemCount, self.Enabled = name, ADObjectId(db), count, enabled
        self.Quota = quota or Unlimited()
        self.Emails = list(emails)
        self.When = when or datetime(2010, 11, 15)
        self.Note = note


OBJS = [Obj("user01", "DB01", 10, emails=["SMTP:user01@contoso.com"]),
        Obj("user02", "DB02", 200, False, Unlimited(ByteQuantifiedSize.parse("2GB"))),
        Obj("Administrator", "DB01", 5, note="x", when=datetime(2010, 1, 1))]


def names(text, **kw):
    f = compile_filter(text, **kw)
    return [o.Name for o in OBJS if f(o)]


@pytest.mark.parametrize("text,expected", [
    ("Name -like 'user0*' -and Database -eq 'DB01'", ["user01"]),
    ("{ name -LIKE 'USER*' }", ["user01", "user02"]),
    ("Database -ne 'DB01'", ["user02"]),
    ("ItemCount -gt 5", ["user01", "user02"]),
    ("ItemCount -le 10 -and -not (Name -eq 'user01')", ["Administrator"]),
    ("Enabled -eq $false", ["user02"]),
    ("Note -eq $null", ["user01", "user02"]),
    ("Note -ne $null", ["Administrator"]),
    ("Quota -lt '3GB'", ["user02"]),
    ("Quota -eq 'unlimited'", ["user01", "Administrator"]),
    ("Emails -eq 'SMTP:user01@contoso.com'", ["user01"]),
    ("Emails -like '*@contoso.com'", ["user01"]),
    ("Name -notlike '*0*' -or ItemCount -ge 200", ["user02", "Administrator"]),
    ("When -lt '06/01/2010'", ["Administrator"]),
    ("Name -eq \"user01\" -or Name -eq user02", ["user01", "user02"]),
    ("(Name -eq 'user01' -or Name -eq 'user02') -and Enabled -eq $true", ["user01"]),
])
def test_filters(text, expected):
    assert names(text) == expected


def test_variables():
    assert names("Name -eq $n", variables={"n": "user02"}) == ["user02"]


@pytest.mark.parametrize("bad,pos", [("Name -likee 'x'", 6), ("Name -eq", 9), ("", 1),
                                     ("(Name -eq 'a'", 14), ("Name 'x'", 6)])
def test_syntax_errors(bad, pos):
    with pytest.raises(FilterError) as e:
        compile_filter(bad)
    msg = e.value.message
    assert msg.startswith("Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": "
                          "\"Invalid filter syntax. For a description of the filter parameter syntax "
                          "see the command help.")
    assert msg.endswith(f"at position {pos}.\"")


def test_unknown_property():
    with pytest.raises(FilterError) as e:
        compile_filter("Foo -eq 1", properties=["Name"])
    assert "\"Foo\" is not a recognized filterable property" in e.value.message


def test_equalities_hint():
    f = compile_filter("Database -eq 'DB01' -and Name -like 'u*'")
    assert f.equalities == {"database": "DB01"}
