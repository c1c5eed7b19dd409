"""The FileSystem provider: virtual Windows tree, guarded host access, path syntax."""
from __future__ import annotations

import datetime as dt

import pytest

from ems.runtime import filesystem as fsm
from ems.runtime.filesystem import FileSystem, FsPath


def clock():
    return dt.datetime(2010, 11, 8, 9, 30, 0)


@pytest.fixture
def fs():
    return FileSystem(clock, interactive=True)


def test_interactive_starts_in_system32(fs):
    assert fs.location.display == "C:\\Windows\\system32"
    assert fs.location.is_virtual


def test_one_shot_starts_at_host_cwd(tmp_path):
    f = FileSystem(clock, interactive=False, host_cwd=str(tmp_path))
    assert f.location.display == str(tmp_path)
    assert not f.location.is_virtual


@pytest.mark.parametrize("text,expected", [
    ("C:\\Temp", "C:\\Temp"),
    ("c:/temp/x.txt", "C:\\temp\\x.txt"),
    ("..", "C:\\Windows"),
    ("..\\..\\Temp", "C:\\Temp"),
    ("\\Temp", "C:\\Temp"),
    ("x.txt", "C:\\Windows\\system32\\x.txt"),
    ("Microsoft.PowerShell.Core\\FileSystem::C:\\Temp", "C:\\Temp"),
    ("FileSystem::C:\\Temp", "C:\\Temp"),
    ("~", "C:\\Users\\Administrator"),
    ("~\\Desktop", "C:\\Users\\Administrator\\Desktop"),
    ("C:\\", "C:\\"),
])
def test_resolve_virtual(fs, text, expected):
    assert fs.resolve(text).display == expected


def test_resolve_unc_and_host(fs):
    p = fs.resolve("\\\\HUB01\\DAG01\\witness", allow_new_root=True)
    assert p.display == "\\\\HUB01\\DAG01\\witness"
    assert p.is_virtual
    h = fs.resolve("/tmp/a/../b.txt")
    assert h.kind == fsm.HOST and h.display == "/tmp/b.txt"


def test_unknown_drive(fs):
    with pytest.raises(fsm.DriveNotFound) as e:
        fs.resolve("Q:\\x")
    assert str(e.value) == "Cannot find drive. A drive with the name 'Q' does not exist."


def test_seeded_exchange_folders(fs):
    assert fs.is_dir(fs.resolve(fsm.EXSCRIPTS))
    assert fs.is_dir(fs.resolve("C:\\ExchangeSetupLogs"))


def test_write_read_virtual(fs):
    p = fs.resolve("C:\\Temp\\a.txt")
    fs.write_text(p, "one\r\ntwo\r\n")
    assert fs.read_text(p) == "one\r\ntwo\r\n"
    assert fsm.split_lines(fs.read_text(p)) == ["one", "two"]
    item = fs.item(p)
    assert item.Length == 10 and item.Name == "a.txt" and item.Extension == ".txt"
    assert item.BaseName == "a" and item.Mode == "-a----" and item.DirectoryName == "C:\\Temp"
    assert item.LastWriteTime == clock()
    assert item.PS_TYPE_NAMES[0] == "System.IO.FileInfo"


def test_missing_parent(fs):
    with pytest.raises(fsm.FileSystemError) as e:
        fs.write_text(fs.resolve("C:\\nope\\a.txt"), "x")
    assert "Could not find a part of the path 'C:\\nope\\a.txt'." == str(e.value)


def test_wildcard_expansion_only_in_named_directory(fs):
    for n in ("a.log", "b.log", "c.txt"):
        fs.write_text(fs.resolve(f"C:\\Temp\\{n}"), n)
    got = [p.name for p in fs.expand("C:\\Temp\\*.log")]
    assert got == ["a.log", "b.log"]
    with pytest.raises(fsm.PathNotFound) as e:
        fs.expand("C:\\Temp\\zzz.txt")
    assert str(e.value) == "Cannot find path 'C:\\Temp\\zzz.txt' because it does not exist."


def test_listing_order_folders_first(fs):
    fs.write_text(fs.resolve("C:\\Temp\\a.txt"), "x")
    fs.make_directory(fs.resolve("C:\\Temp\\zdir"))
    assert [p.name for p in fs.child_paths(fs.resolve("C:\\Temp"))] == ["zdir", "a.txt"]


def test_remove_non_empty_needs_recurse(fs):
    fs.make_directory(fs.resolve("C:\\Temp\\d"))
    fs.write_text(fs.resolve("C:\\Temp\\d\\x.txt"), "x")
    with pytest.raises(fsm.FileSystemError):
        fs.remove(fs.resolve("C:\\Temp\\d"))
    fs.remove(fs.resolve("C:\\Temp\\d"), recurse=True)
    assert not fs.exists(fs.resolve("C:\\Temp\\d"))


def test_host_files_only_named(tmp_path, fs):
    (tmp_path / "keep.txt").write_text("keep")
    target = tmp_path / "new.txt"
    p = fs.resolve(str(target))
    fs.write_text(p, "hello\n")
    assert target.read_text() == "hello\n"
    fs.remove(p)
    assert not target.exists() and (tmp_path / "keep.txt").exists()


def test_copy_move_rename(fs):
    src = fs.resolve("C:\\Temp\\s.txt")
    fs.write_text(src, "data")
    fs.copy(src, fs.resolve("C:\\Temp\\c.txt"))
    fs.move(fs.resolve("C:\\Temp\\c.txt"), fs.resolve("C:\\Users"))
    assert fs.read_text(fs.resolve("C:\\Users\\c.txt")) == "data"
    fs.rename(src, "r.txt")
    assert fs.exists(fs.resolve("C:\\Temp\\r.txt")) and not fs.exists(src)


def test_encodings():
    assert fsm.encode_text("a", "UTF8") == b"\xef\xbb\xbfa"
    assert fsm.encode_text("a", "Unicode") == b"\xff\xfea\x00"
    assert fsm.encode_text("é", "ASCII") == b"?"
    assert fsm.encode_text("é", None) == "é".encode()
    assert fsm.decode_bytes(b"\xff\xfea\x00") == "a"
    assert fsm.decode_bytes(b"\xe9") == "é"


def test_set_location_keeps_real_case(fs):
    fs.set_location(fs.resolve("c:\\windows"))
    assert fs.location.display == "C:\\Windows"
    fs.push_location()
    fs.set_location(fs.resolve("/"))
    assert fs.location.display == "/"
    assert fs.pop_location().display == "C:\\Windows"


def test_registered_seed_files_appear_in_new_sessions():
    path = fsm.EXSCRIPTS + "\\Test-SeedOnly.ps1"
    fsm.register_seed_file(path, lambda: "'seeded'")
    try:
        f = FileSystem(clock, interactive=True)
        assert f.read_text(f.resolve(path)) == "'seeded'"
    finally:
        fsm._SEED_FILES.pop(path, None)
