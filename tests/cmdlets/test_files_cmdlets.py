"""File-system cmdlets driven directly (a stand-in runtime), expected values from PowerShell 5.1."""
from __future__ import annotations

import datetime as dt

import pytest

from cmdlets.core import files as F
from ems.runtime.filesystem import FileSystem
from tests.cmdlets.harness import RecordingRuntime, bind, feed


class Ctx:
    def __init__(self):
        self.filesystem = FileSystem(lambda: dt.datetime(2010, 11, 8, 9, 30), interactive=True)

    def now(self):
        return dt.datetime(2010, 11, 8, 9, 30)


class Runtime(RecordingRuntime):
    def __init__(self, ctx=None):
        super().__init__(ctx or Ctx())
        self.whatif = []
        self.whatif_mode = False

    def should_process(self, target, action=None):
        if self.whatif_mode:
            self.whatif.append((action, target))
            return False
        return True

    def should_continue(self, query, caption):
        return False


def run(cls, rt=None, pipeline=None, **params):
    rt = rt or Runtime()
    c = bind(cls, rt, params)
    c.begin()
    feed(c, pipeline)
    c.end()
    return rt


@pytest.fixture
def rt():
    return Runtime()


def test_set_get_content(rt):
    run(F.SetContent, rt, Path=["C:\\Temp\\a.txt"], Value=["one", "two", 3])
    assert rt.context.filesystem.read_text(rt.context.filesystem.resolve("C:\\Temp\\a.txt")) == "one\r\ntwo\r\n3\r\n"
    r = run(F.GetContent, Runtime(rt.context), Path=["C:\\Temp\\a.txt"])
    assert r.out == ["one", "two", "3"]
    r = run(F.GetContent, Runtime(rt.context), Path=["C:\\Temp\\a.txt"], TotalCount=2)
    assert r.out == ["one", "two"]
    r = run(F.GetContent, Runtime(rt.context), Path=["C:\\Temp\\a.txt"], Tail=1)
    assert r.out == ["3"]
    r = run(F.GetContent, Runtime(rt.context), Path=["C:\\Temp\\a.txt"], Raw=True)
    assert r.out == ["one\r\ntwo\r\n3\r\n"]
    r = run(F.GetContent, Runtime(rt.context), Path=["C:\\Temp\\a.txt"], ReadCount=2)
    assert r.out == [["one", "two"], ["3"]]


def test_set_content_pipeline_and_add(rt):
    run(F.SetContent, rt, pipeline=["a", "b"], Path=["C:\\Temp\\p.txt"])
    run(F.AddContent, rt, Path=["C:\\Temp\\p.txt"], Value=["c"])
    r = run(F.GetContent, Runtime(rt.context), Path=["C:\\Temp\\p.txt"])
    assert r.out == ["a", "b", "c"]


def test_get_content_missing(rt):
    run(F.GetContent, rt, Path=["C:\\Temp\\nope.txt"])
    assert rt.errors == [("Cannot find path 'C:\\Temp\\nope.txt' because it does not exist.",
                          "ObjectNotFound", "PathNotFound")]


def test_test_path(rt):
    run(F.TestPath, rt, Path=["C:\\Windows", "C:\\nope", "Q:\\x"])
    run(F.TestPath, rt, Path=["C:\\Windows"], PathType="Leaf")
    run(F.TestPath, rt, Path=["C:\\Windows"], PathType="Container")
    run(F.TestPath, rt, Path=["C:\\nope\\x.txt"], IsValid=True)
    assert rt.out == [True, False, False, False, True, True]


@pytest.mark.parametrize("params,expected", [
    (dict(Path=["C:\\a\\b.txt"]), "C:\\a"),
    (dict(Path=["C:\\a\\b.txt"], Leaf=True), "b.txt"),
    (dict(Path=["C:\\a\\b.txt"], Qualifier=True), "C:"),
    (dict(Path=["C:\\a\\b.txt"], NoQualifier=True), "\\a\\b.txt"),
    (dict(Path=["C:\\a"]), "C:\\"),
    (dict(Path=["C:\\"]), ""),
    (dict(Path=["a\\b"]), "a"),
    (dict(Path=["b"]), ""),
    (dict(Path=["C:\\a\\"], Leaf=True), "a"),
    (dict(Path=["C:\\a"], IsAbsolute=True), True),
    (dict(Path=["a\\b"], IsAbsolute=True), False),
])
def test_split_path(params, expected):
    assert run(F.SplitPath, **params).out == [expected]


def test_join_path():
    assert run(F.JoinPath, Path=["C:\\a\\", "D:"], ChildPath="\\b").out == ["C:\\a\\b", "D:\\b"]
    r = run(F.JoinPath, Path=["Q:\\a"], ChildPath="b")
    assert r.errors[0][0] == "Cannot find drive. A drive with the name 'Q' does not exist."


def test_locations(rt):
    run(F.GetLocation, rt)
    assert rt.out[0].Path == "C:\\Windows\\system32"
    run(F.SetLocation, rt, Path="..")
    run(F.PushLocation, rt, Path="C:\\Temp")
    run(F.GetLocation, rt)
    run(F.PopLocation, rt)
    run(F.GetLocation, rt)
    assert [o.Path for o in rt.out] == ["C:\\Windows\\system32", "C:\\Temp", "C:\\Windows"]
    run(F.SetLocation, rt, Path="C:\\nowhere")
    assert rt.errors[0][0] == "Cannot find path 'C:\\nowhere' because it does not exist."


def test_child_items_and_name(rt):
    fs = rt.context.filesystem
    fs.make_directory(fs.resolve("C:\\Temp\\sub"))
    for n in ("C:\\Temp\\b.log", "C:\\Temp\\a.txt", "C:\\Temp\\sub\\c.log"):
        fs.write_text(fs.resolve(n), "x")
    run(F.GetChildItem, rt, Path=["C:\\Temp"], Name=True)
    assert rt.out == ["sub", "a.txt", "b.log"]
    rt.out.clear()
    run(F.GetChildItem, rt, Path=["C:\\Temp"], Recurse=True, Filter="*.log", Name=True)
    assert rt.out == ["b.log", "sub\\c.log"]
    rt.out.clear()
    run(F.GetChildItem, rt, Path=["C:\\Temp\\*.txt"])
    assert [i.FullName for i in rt.out] == ["C:\\Temp\\a.txt"]
    rt.out.clear()
    run(F.GetChildItem, rt, Path=["C:\\Temp"], File=True)
    assert [i.Name for i in rt.out] == ["a.txt", "b.log"]


def test_new_remove_item(rt):
    run(F.NewItem, rt, Path=["C:\\Reports"], ItemType="Directory")
    assert rt.out[0].Mode == "d-----" and rt.out[0].FullName == "C:\\Reports"
    run(F.NewItem, rt, Path=["C:\\Reports"], ItemType="Directory")
    assert rt.errors[-1] == ("An item with the specified name C:\\Reports already exists.",
                             "ResourceExists", "DirectoryExist")
    run(F.NewItem, rt, Path=["C:\\Reports\\x.txt"], Value="hello")
    assert rt.out[-1].Length == 5
    run(F.NewItem, rt, Path=["C:\\Reports\\x.txt"])
    assert rt.errors[-1] == ("The file 'C:\\Reports\\x.txt' already exists.", "WriteError", "NewItemIOError")
    run(F.RemoveItem, rt, Path=["C:\\Reports"])  # has children, no -Recurse, confirmation refused
    assert rt.context.filesystem.exists(rt.context.filesystem.resolve("C:\\Reports"))
    run(F.RemoveItem, rt, Path=["C:\\Reports"], Recurse=True)
    assert not rt.context.filesystem.exists(rt.context.filesystem.resolve("C:\\Reports"))


def test_whatif_messages(rt):
    rt.whatif_mode = True
    run(F.NewItem, rt, Path=["C:\\x.txt"])
    run(F.SetContent, rt, Path=["C:\\x.txt"], Value=["a"])
    run(F.RemoveItem, rt, Path=["C:\\Temp"])
    assert rt.whatif == [("Create File", "Destination: C:\\x.txt"), ("Set Content", "Path: C:\\x.txt"),
                         ("Remove Directory", "C:\\Temp")]


def test_copy_move_rename(rt):
    fs = rt.context.filesystem
    fs.write_text(fs.resolve("C:\\Temp\\a.txt"), "x")
    run(F.CopyItem, rt, Path=["C:\\Temp\\a.txt"], Destination="C:\\Temp\\b.txt")
    run(F.RenameItem, rt, Path="C:\\Temp\\b.txt", NewName="c.txt")
    run(F.MoveItem, rt, Path=["C:\\Temp\\c.txt"], Destination="C:\\Users")
    assert fs.exists(fs.resolve("C:\\Users\\c.txt")) and fs.exists(fs.resolve("C:\\Temp\\a.txt"))


def test_resolve_path_relative(rt):
    fs = rt.context.filesystem
    fs.set_location(fs.resolve("C:\\Windows"))
    run(F.ResolvePath, rt, Path=["system32", "C:\\Temp"], Relative=True)
    assert rt.out == [".\\system32", "..\\Temp"]


def test_select_string(rt):
    fs = rt.context.filesystem
    fs.write_text(fs.resolve("C:\\Windows\\system32\\log.txt"), "alpha\r\nbeta\r\nALPHA two\r\n")
    run(F.SelectString, rt, Pattern=["alpha"], Path=["log.txt"])
    assert [m.ps_to_string() for m in rt.out] == ["log.txt:1:alpha", "log.txt:3:ALPHA two"]
    assert rt.out[0].ToString() == "C:\\Windows\\system32\\log.txt:1:alpha"
    r = run(F.SelectString, Pattern=["a.p"], SimpleMatch=True, pipeline=["a.p", "axp"])
    assert [m.ps_to_string() for m in r.out] == ["a.p"]
    r = run(F.SelectString, Pattern=["x"], NotMatch=True, pipeline=["a", "x"])
    assert [m.Line for m in r.out] == ["a"]
    r = run(F.SelectString, Pattern=["b"], Context=[1], pipeline=["a", "b", "c"])
    assert r.out[0].ps_to_string() == "  a\n> b\n  c"
    r = run(F.SelectString, Pattern=["zz"], Quiet=True, pipeline=["a"])
    assert r.out == [False]


def test_include_needs_wildcard_or_recurse(rt):
    fs = rt.context.filesystem
    fs.write_text(fs.resolve("C:\\Temp\\a.txt"), "x")
    fs.write_text(fs.resolve("C:\\Temp\\b.log"), "x")
    run(F.GetChildItem, rt, Path=["C:\\Temp"], Include=["*.txt"], Name=True)
    assert rt.out == []
    run(F.GetChildItem, rt, Path=["C:\\Temp\\*"], Include=["*.txt"], Name=True)
    assert rt.out == ["a.txt"]
