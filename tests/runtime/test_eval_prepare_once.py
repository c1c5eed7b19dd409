"""Parse once, prepare once: running a script block again never compiles it again."""
import ems.runtime.evaluator as ev
from tests.runtime.test_eval_support import make_engine


def test_loop_bodies_and_script_blocks_compile_once(monkeypatch):
    calls = {"n": 0}
    original = ev.compile_statement

    def counting(node):
        calls["n"] += 1
        return original(node)

    monkeypatch.setattr(ev, "compile_statement", counting)
    engine, host = make_engine()
    engine.run_script('function f($x) { $x * 2 }\n$sb = { $_ + 1 }\n'
                      '$t = 0; foreach ($i in 1..N) { $t += f $i; $t += & $sb; 1 | ForEach-Object { $_ } | Out-Null }\n$t'
                      .replace("N", "5"), as_file=False)
    small = calls["n"]
    calls["n"] = 0
    engine2, host2 = make_engine()
    engine2.run_script('function f($x) { $x * 2 }\n$sb = { $_ + 1 }\n'
                       '$t = 0; foreach ($i in 1..N) { $t += f $i; $t += & $sb; 1 | ForEach-Object { $_ } | Out-Null }\n$t'
                       .replace("N", "500"), as_file=False)
    assert calls["n"] == small
    assert host2.stdout.strip() == str(sum(2 * i for i in range(1, 501)) + 500)
