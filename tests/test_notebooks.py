"""Notebook-level tests: the papermill Go translator, nbconvert and papermill runs.

Part 1 is pure Python (the GoTranslator in kernelspec/python), plus a check that
the Go it emits compiles and round-trips when a Go toolchain is on PATH.
Part 2 drives the installed kernel through `jupyter nbconvert --execute` and
papermill (the autouse session fixture in conftest.py installs the kernel, the
kernelspec and the spargo-papermill package into the current Python).
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path

import nbformat
import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO_ROOT / "tests" / "notebooks"
BIN = Path(sys.executable).parent
SUBPROCESS_TIMEOUT = 300

try:
    import spargo_papermill  # noqa: F401
except ImportError:  # not installed (e.g. pytest --noconftest): use the source tree
    sys.path.insert(0, str(REPO_ROOT / "kernelspec" / "python"))

from papermill.exceptions import PapermillException  # noqa: E402
from papermill.translators import papermill_translators, translate_parameters  # noqa: E402

from spargo_papermill import GoTranslator  # noqa: E402
from spargo_papermill.translator import go_string  # noqa: E402


def _installed_entry_point() -> bool:
    eps = metadata.entry_points()
    group = eps.select(group="papermill.engine") if hasattr(eps, "select") else eps.get("papermill.engine", [])
    return any(ep.name == "spargo" for ep in group)


@pytest.fixture
def installed_package(request):
    """The hook tests need spargo-papermill installed (install.sh does it).

    Checked at run time, after conftest's session fixture ran install.sh. Under
    conftest a missing package is a failure; without it (--noconftest) a skip.
    """
    if _installed_entry_point():
        return
    if "spargo_installed" in request.fixturenames:
        pytest.fail("install.sh did not install spargo-papermill (no papermill.engine entry point 'spargo')")
    pytest.skip("spargo-papermill is not installed in this Python")


needs_installed_package = pytest.mark.usefixtures("installed_package")


# =========================================================================== translator


@pytest.mark.parametrize(
    "value, expected",
    [
        ("world", '"world"'),
        ("", '""'),
        ('say "hi"', r'"say \"hi\""'),
        ("back\\slash", r'"back\\slash"'),
        ("line1\nline2\ttab\rcr", r'"line1\nline2\ttab\rcr"'),
        ("bell\a\b\f\v", r'"bell\a\b\f\v"'),
        ("nul\x00 esc\x1b del\x7f", r'"nul\x00 esc\x1b del\x7f"'),
        ("héllo wörld 日本 🎉", '"héllo wörld 日本 🎉"'),
        ("nbsp\u00a0 zwsp\u200b ls\u2028 bom\ufeff", r'"nbsp\u00a0 zwsp\u200b ls\u2028 bom\ufeff"'),
        ("tag\U000e0041", r'"tag\U000e0041"'),
        ("lone \ud800 surrogate", r'"lone \xed\xa0\x80 surrogate"'),
        ("`raw` ${x} %d {}", '"`raw` ${x} %d {}"'),
        ("'single'", "\"'single'\""),
    ],
)
def test_translate_str(value, expected):
    assert GoTranslator.translate(value) == expected
    assert go_string(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (0, "0"),
        (3, "3"),
        (-42, "-42"),
        (2**63 - 1, "9223372036854775807"),
        (-(2**63), "-9223372036854775808"),
        (2**63, "uint64(9223372036854775808)"),
        (2**64 - 1, "uint64(18446744073709551615)"),
        (True, "true"),
        (False, "false"),
        (None, "any(nil)"),
    ],
)
def test_translate_scalars(value, expected):
    assert GoTranslator.translate(value) == expected


def test_translate_int_out_of_range():
    with pytest.raises(PapermillException, match="int64"):
        GoTranslator.translate(2**64)
    with pytest.raises(PapermillException):
        GoTranslator.translate(-(2**63) - 1)


@pytest.mark.parametrize(
    "value, expected",
    [
        (1.0, "1.0"),
        (0.0, "0.0"),
        (0.5, "0.5"),
        (-2.25, "-2.25"),
        (1e20, "1e+20"),
        (1.5e-7, "1.5e-07"),
        (1e300, "1e+300"),
        (0.1, "0.1"),
    ],
)
def test_translate_float_stays_float(value, expected):
    text = GoTranslator.translate(value)
    assert text == expected
    assert any(c in text for c in ".eE"), "a float must not look like a Go integer constant"
    assert float(text) == value


def test_translate_special_floats_are_import_free_expressions():
    for value in (math.inf, -math.inf, math.nan, -0.0):
        text = GoTranslator.translate(value)
        assert text.startswith("func() float64 {") and text.endswith("}()"), text
        assert "math." not in text


def test_translate_list():
    assert GoTranslator.translate([]) == "[]any{}"
    assert GoTranslator.translate([1, "a", 2.0, True, None]) == '[]any{1, "a", 2.0, true, nil}'
    assert GoTranslator.translate([[1, 2], ["x"]]) == '[]any{[]any{1, 2}, []any{"x"}}'
    assert GoTranslator.translate((1, 2)) == "[]any{1, 2}"


def test_translate_dict():
    assert GoTranslator.translate({}) == "map[string]any{}"
    assert (
        GoTranslator.translate({"a": 1, "b": [1.5, None], "c": {"d": "e\n"}, "n": None})
        == r'map[string]any{"a": 1, "b": []any{1.5, nil}, "c": map[string]any{"d": "e\n"}, "n": nil}'
    )
    # YAML can produce non-string keys
    assert GoTranslator.translate({1: "one", "two": 2}) == 'map[any]any{1: "one", "two": 2}'


def test_translate_unknown_type_falls_back_to_string():
    import datetime

    assert GoTranslator.translate(datetime.date(2024, 1, 2)) == '"2024-01-02"'


def test_comment():
    assert GoTranslator.comment("Parameters") == "// Parameters"
    assert GoTranslator.comment("") == "//"
    assert GoTranslator.comment("two\nlines") == "// two\n// lines"


def test_assign_and_identifier_checks():
    assert GoTranslator.assign("name", '"x"') == 'name := "x"'
    assert GoTranslator.assign("nameÄ_1", "1") == "nameÄ_1 := 1"
    for bad in ("my-param", "1abc", "type", "func", "_", "a b", ""):
        with pytest.raises(PapermillException, match="Go identifier"):
            GoTranslator.assign(bad, "1")


def test_codify():
    code = GoTranslator.codify(
        {"name": "Go", "n": 3, "ratio": 1.0, "tags": ["a", 1], "opts": {"k": False}, "nothing": None}
    )
    assert code == textwrap.dedent(
        """\
        // Parameters
        name := "Go"
        n := 3
        ratio := 1.0
        tags := []any{"a", 1}
        opts := map[string]any{"k": false}
        nothing := any(nil)
        """
    )


def test_registered_for_language_and_kernel_name():
    assert papermill_translators.find_translator("spargo", "whatever") is GoTranslator
    assert papermill_translators.find_translator("some-other-go-kernel", "go") is GoTranslator
    assert translate_parameters("spargo", "go", {"x": 1}, "Injected parameters") == (
        "// Injected parameters\nx := 1\n"
    )


def test_inspect_parameters_cell():
    cell = nbformat.v4.new_code_cell(
        textwrap.dedent(
            """\
            // Parameters for this run
            name := "world" // who to greet
            n := 2
            ratio := 0.5 // a float
            a, b := 1, "two"
            var verbose bool // print more
            var limit int64 = 10
            const title = "T" // a title
            var (
                tags = []string{"x", "y // not a comment"} // tag list
                opts map[string]any
                url = "http://example.com" // not cut at the //
            )
            big := map[string]int{
                "a": 1,
                "b": 2,
            } // multi-line
            fmt.Println("not a parameter")
            n = 5
            """
        )
    )
    params = GoTranslator.inspect(cell)
    got = [(p.name, p.inferred_type_name, p.default, p.help) for p in params]
    assert got == [
        ("name", "string", '"world"', "who to greet"),
        ("n", "int", "2", ""),
        ("ratio", "float64", "0.5", "a float"),
        ("a", "int", "1", ""),
        ("b", "string", '"two"', ""),
        ("verbose", "bool", "false", "print more"),
        ("limit", "int64", "10", ""),
        ("title", "string", '"T"', "a title"),
        ("tags", "[]string", '[]string{"x", "y // not a comment"}', "tag list"),
        ("opts", "map[string]any", "nil", ""),
        ("url", "string", '"http://example.com"', "not cut at the //"),
        ("big", "map[string]int", 'map[string]int{\n    "a": 1,\n    "b": 2,\n}', "multi-line"),
    ]


def test_inspect_never_raises():
    for src in ["", "x :=", "var", "var (", '"unterminated', "`raw\n", "/* open", ")))", "a, b := 1"]:
        assert isinstance(GoTranslator.inspect(nbformat.v4.new_code_cell(src)), list)


def test_inspect_example_notebook():
    nb = nbformat.read(NOTEBOOKS / "params.ipynb", as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params = GoTranslator.inspect(cell)
    assert [(p.name, p.inferred_type_name, p.default) for p in params] == [
        ("name", "string", '"world"'),
        ("n", "int", "2"),
    ]


# Values whose Go translation must compile and round-trip. Each maps to
# (expected Go dynamic type as printed by %T, expected JSON after the round trip).
ROUND_TRIP = {
    "s": ("héllo \"q\" \\ \n\t\x01 \u2028 🎉", "string"),
    "empty": ("", "string"),
    "i": (3, "int"),
    "neg": (-7, "int"),
    "i64": (2**63 - 1, "int"),
    "u64": (2**64 - 1, "uint64"),
    "f": (1.0, "float64"),
    "f2": (1.5e-7, "float64"),
    "f3": (1e20, "float64"),
    "t": (True, "bool"),
    "nothing": (None, "<nil>"),
    "l": ([1, "a", 2.5, None, [True]], "[]interface {}"),
    "d": ({"a": 1, "b": {"c": [None]}, "é": "\n"}, "map[string]interface {}"),
    "empty_l": ([], "[]interface {}"),
    "empty_d": ({}, "map[string]interface {}"),
}
SPECIAL_FLOATS = {"pinf": (math.inf, "+Inf"), "ninf": (-math.inf, "-Inf"), "nan": (math.nan, "NaN"), "nzero": (-0.0, "-0")}

GO_SHOW = """
func show(name string, v any) {
	if f, ok := v.(float64); ok && (f != f || f > 1e308 || f < -1e308 || (f == 0 && 1/f < 0)) {
		fmt.Printf("%s\\t%T\\t%v\\n", name, v, v)
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Printf("%s\\t%T\\tERR %v\\n", name, v, err)
		return
	}
	fmt.Printf("%s\\t%T\\t%s\\n", name, v, b)
}
"""


def _round_trip_params() -> dict:
    params = {k: v for k, (v, _) in ROUND_TRIP.items()}
    params.update({k: v for k, (v, _) in SPECIAL_FLOATS.items()})
    return params


def _check_round_trip_output(out: str) -> None:
    rows = {}
    for line in out.splitlines():
        if "\t" in line:
            name, typ, val = line.split("\t", 2)
            rows[name] = (typ, val)
    for name, (value, typ) in ROUND_TRIP.items():
        assert name in rows, (name, out)
        assert rows[name][0] == typ, (name, rows[name])
        assert json.loads(rows[name][1]) == value, (name, rows[name])
    for name, (_, shown) in SPECIAL_FLOATS.items():
        assert rows[name] == ("float64", shown), (name, rows.get(name))


def test_emitted_go_compiles_and_round_trips(tmp_path):
    go = shutil.which("go")
    if go is None:
        pytest.skip("no Go toolchain on PATH")
    params = _round_trip_params()
    body = GoTranslator.codify(params)
    calls = "".join(f'\tshow("{k}", {k})\n' for k in params)
    src = (
        'package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n)\n'
        + GO_SHOW
        + "\nfunc main() {\n"
        + textwrap.indent(body, "\t")
        + calls
        + "}\n"
    )
    (tmp_path / "main.go").write_text(src, encoding="utf-8")
    env = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="-mod=mod", GO111MODULE="on")
    (tmp_path / "go.mod").write_text("module roundtrip\n\ngo 1.21\n")
    proc = subprocess.run(
        [go, "run", "."], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT
    )
    assert proc.returncode == 0, f"{proc.stderr}\n--- source ---\n{src}"
    _check_round_trip_output(proc.stdout)


# --------------------------------------------------------------------------- packaging


@pytest.mark.parametrize("fallback", [False, True], ids=["default", "forced-fallback"])
def test_wheel_builds_offline(tmp_path, fallback):
    """install.sh uses `pip install --no-build-isolation`: the build must need no download."""
    import zipfile

    env = dict(os.environ, PIP_NO_INDEX="1")
    if fallback:
        env["SPARGO_BUILD_FALLBACK"] = "1"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q", "-w", str(tmp_path),
         str(REPO_ROOT / "kernelspec" / "python")],
        capture_output=True, text=True, env=env, timeout=SUBPROCESS_TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = tmp_path.glob("spargo_papermill-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        assert {"spargo_papermill/__init__.py", "spargo_papermill/engine.py", "spargo_papermill/translator.py"} <= names
        (ep,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        text = zf.read(ep).decode()
        assert "[papermill.engine]" in text and "spargo = spargo_papermill.engine:SpargoEngine" in text
        (meta,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        assert "Name: spargo-papermill" in zf.read(meta).decode()


# --------------------------------------------------------------------------- hook


@needs_installed_package
def test_plain_papermill_import_registers_translator():
    """A fresh interpreter that only imports papermill finds the Go translator."""
    code = (
        "import papermill.translators as t, papermill.engines as e\n"
        "print(t.papermill_translators.find_translator('spargo', 'go').__name__)\n"
        "print(t.papermill_translators.find_translator('x', 'go').__name__)\n"
        "print(e.papermill_engines.get_engine('spargo').__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["GoTranslator", "GoTranslator", "SpargoEngine"]


@needs_installed_package
@pytest.mark.parametrize(
    "stmt",
    [
        "import spargo_papermill",
        "import spargo_papermill.translator",
        "from spargo_papermill import GoTranslator",
        "import spargo_papermill.engine",
    ],
)
def test_import_order_does_not_matter(stmt):
    """Importing the package before papermill must not break papermill's entry point loading."""
    code = stmt + "\nimport papermill\nfrom papermill.translators import papermill_translators as t\n"
    code += "print(t.find_translator('spargo', 'go').__name__)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "GoTranslator"


def _injected_cell(nb):
    cells = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, [c.metadata for c in nb.cells]
    return cells[0]


@needs_installed_package
@pytest.mark.parametrize(
    "args",
    [
        ["-p", "name", "Go", "-p", "n", "3"],
        ["-y", "name: Go\nn: 3"],
    ],
    ids=["-p", "-y"],
)
def test_papermill_cli_prepare_only_uses_go_translator(tmp_path, args):
    """No kernel needed: --prepare-only injects the parameters without executing."""
    out = tmp_path / "out.ipynb"
    proc = subprocess.run(
        [str(BIN / "papermill"), "--prepare-only", str(NOTEBOOKS / "params.ipynb"), str(out), *args],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    assert "does not support parameter introspection" not in proc.stderr
    nb = nbformat.read(out, as_version=4)
    cell = _injected_cell(nb)
    assert cell.source == '// Parameters\nname := "Go"\nn := 3\n'
    idx = nb.cells.index(cell)
    assert "parameters" in nb.cells[idx - 1].metadata.get("tags", [])


@needs_installed_package
def test_papermill_help_notebook_lists_go_parameters():
    proc = subprocess.run(
        [str(BIN / "papermill"), "--help-notebook", str(NOTEBOOKS / "params.ipynb")],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
    )
    assert proc.returncode == 0, proc.stderr
    assert re.search(r'name: string \(default "world"\)\s+who to greet', proc.stdout), proc.stdout
    assert re.search(r"n: int \(default 2\)\s+how many times", proc.stdout), proc.stdout


# =========================================================================== kernel runs


def _run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT, **kw)


def _cells_by_id(nb):
    return {c.id: c for c in nb.cells}


def _text(data_or_text):
    return "".join(data_or_text) if isinstance(data_or_text, list) else data_or_text


def _stdout(cell):
    return "".join(_text(o.text) for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")


def _all_text(cell):
    """Every piece of text a cell showed: streams and text/plain of results and displays."""
    parts = []
    for o in cell.outputs:
        if o.output_type == "stream":
            parts.append(_text(o.text))
        elif o.output_type in ("execute_result", "display_data"):
            parts.extend(_text(v) for k, v in o.data.items() if k.startswith("text/"))
    return "".join(parts)


def _describe(cell):
    return json.dumps({"source": cell.source, "outputs": cell.outputs}, indent=1, default=str)


def _single_result(cell):
    assert [o.output_type for o in cell.outputs] == ["execute_result"], _describe(cell)
    out = cell.outputs[0]
    assert out.execution_count == cell.execution_count, _describe(cell)
    return out


@pytest.fixture(scope="module")
def tour_output(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("tour")
    proc = _run(
        [
            str(BIN / "jupyter"),
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--ExecutePreprocessor.timeout=120",
            str(NOTEBOOKS / "tour.ipynb"),
            "--output-dir",
            str(out_dir),
            "--output",
            "tour.out",
        ]
    )
    assert proc.returncode == 0, f"nbconvert failed ({proc.returncode})\n{proc.stdout}\n{proc.stderr[-6000:]}"
    path = out_dir / "tour.out.ipynb"
    assert path.is_file(), (proc.stdout, proc.stderr)
    return nbformat.read(path, as_version=4)


def test_tour_output_is_valid_nbformat(tour_output):
    nbformat.validate(tour_output)
    assert tour_output.metadata.kernelspec.name == "spargo"
    assert tour_output.metadata.language_info.name == "go"


def test_tour_no_errors_and_counts(tour_output):
    code = [c for c in tour_output.cells if c.cell_type == "code"]
    for c in code:
        assert all(o.output_type != "error" for o in c.outputs), _describe(c)
        assert all(not (o.output_type == "stream" and o.name == "stderr") for o in c.outputs), _describe(c)
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))


def test_tour_silent_cells_show_nothing(tour_output):
    cells = _cells_by_id(tour_output)
    for cid in ("imports", "vars", "func", "type"):
        assert cells[cid].outputs == [], _describe(cells[cid])


def test_tour_variables_across_cells(tour_output):
    cell = _cells_by_id(tour_output)["use-vars"]
    assert [o.output_type for o in cell.outputs] == ["stream"], _describe(cell)
    assert _stdout(cell) == "Hello, Ada and Grace and Ken!\n"


def test_tour_function_result(tour_output):
    out = _single_result(_cells_by_id(tour_output)["call-func"])
    assert out.data["text/plain"] == "49"


def test_tour_stringer_result(tour_output):
    out = _single_result(_cells_by_id(tour_output)["show-type"])
    assert out.data["text/plain"] == "Point(3, 4)"


def test_tour_loop_prints(tour_output):
    cell = _cells_by_id(tour_output)["loop"]
    assert {o.output_type for o in cell.outputs} == {"stream"}, _describe(cell)
    assert _stdout(cell) == "1 squared is 1\n2 squared is 4\n3 squared is 9\n"


def test_tour_display_html(tour_output):
    cell = _cells_by_id(tour_output)["html"]
    assert [o.output_type for o in cell.outputs] == ["display_data"], _describe(cell)
    assert _text(cell.outputs[0].data["text/html"]) == "<b>bold</b>"


def test_tour_display_markdown(tour_output):
    cell = _cells_by_id(tour_output)["markdown"]
    assert [o.output_type for o in cell.outputs] == ["display_data"], _describe(cell)
    assert _text(cell.outputs[0].data["text/markdown"]) == "# Title"


def test_tour_lsmagic(tour_output):
    cell = _cells_by_id(tour_output)["lsmagic"]
    text = _all_text(cell)
    assert "%lsmagic" in text and "%%time" in text, _describe(cell)


def test_tour_time_magic(tour_output):
    cell = _cells_by_id(tour_output)["time"]
    out = _stdout(cell)
    assert "499500\n" in out, _describe(cell)
    rest = _all_text(cell).replace("499500\n", "", 1)
    # a wall-clock duration with a unit, e.g. "Wall time: 1.2 ms" / "took 350µs"
    assert re.search(r"(?i)\btime\b.*\d+(\.\d+)?\s*(ns|µs|μs|us|ms|s|m)\b", rest), _describe(cell)


# --------------------------------------------------------------------------- papermill


def _papermill(src, out, *args):
    return _run([str(BIN / "papermill"), str(src), str(out), "--start-timeout", "60", *args])


@pytest.mark.parametrize(
    "args",
    [
        ["-p", "name", "Go", "-p", "n", "3"],
        ["-y", "name: Go\nn: 3"],
    ],
    ids=["-p", "-y"],
)
def test_papermill_params(tmp_path, args):
    out = tmp_path / "params.out.ipynb"
    proc = _papermill(NOTEBOOKS / "params.ipynb", out, *args)
    assert proc.returncode == 0, f"papermill failed ({proc.returncode})\n{proc.stderr[-6000:]}"
    nb = nbformat.read(out, as_version=4)
    nbformat.validate(nb)
    injected = _injected_cell(nb)
    assert injected.source == '// Parameters\nname := "Go"\nn := 3\n'
    assert injected.outputs == [], _describe(injected)
    assert all(o.output_type != "error" for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    greet = _cells_by_id(nb)["greet"]
    assert _stdout(greet) == "hello Go x3\n", _describe(greet)


def test_papermill_without_params_uses_defaults(tmp_path):
    out = tmp_path / "params.out.ipynb"
    proc = _papermill(NOTEBOOKS / "params.ipynb", out)
    assert proc.returncode == 0, proc.stderr[-6000:]
    greet = _cells_by_id(nbformat.read(out, as_version=4))["greet"]
    assert _stdout(greet) == "hello world x2\n", _describe(greet)


def test_papermill_all_value_types_reach_go(tmp_path):
    """Every kind of value the translator emits is accepted by the kernel and arrives intact."""
    params = _round_trip_params()
    show_cell = "\n".join(f'show("{k}", {k})' for k in params)
    nb = nbformat.v4.new_notebook(
        metadata=nbformat.read(NOTEBOOKS / "params.ipynb", as_version=4).metadata,
        cells=[
            nbformat.v4.new_code_cell('import (\n    "encoding/json"\n    "fmt"\n)'),
            nbformat.v4.new_code_cell(textwrap.dedent(GO_SHOW).strip()),
            nbformat.v4.new_code_cell(
                "\n".join(f"{k} := 0" for k in params), metadata={"tags": ["parameters"]}
            ),
            nbformat.v4.new_code_cell(show_cell),
        ],
    )
    src = tmp_path / "types.ipynb"
    nbformat.write(nb, src)
    out = tmp_path / "types.out.ipynb"
    yaml_file = tmp_path / "params.json"  # JSON is YAML; -f keeps every value's type
    yaml_file.write_text(
        # ensure_ascii=False: YAML does not join JSON's \ud83c\udf89 surrogate-pair escapes;
        # but U+2028/U+2029/U+0085 are YAML line breaks (folded away): keep those escaped.
        json.dumps(
            {k: v for k, v in params.items() if k not in ("pinf", "ninf", "nan", "f3")},
            ensure_ascii=False,
        )
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
        .replace("\x85", "\\u0085"),
        encoding="utf-8",
    )
    # inf/nan are not JSON, and YAML 1.1 reads JSON's 1e+20 as a string: pass these as YAML
    extra = "pinf: .inf\nninf: -.inf\nnan: .nan\nf3: 1.0e+20\n"
    proc = _papermill(src, out, "-f", str(yaml_file), "-y", extra)
    assert proc.returncode == 0, f"papermill failed ({proc.returncode})\n{proc.stderr[-6000:]}"
    result = nbformat.read(out, as_version=4)
    _check_round_trip_output(_stdout(result.cells[-1]))


def test_papermill_cli_failure_exit_code(tmp_path):
    out = tmp_path / "fails.out.ipynb"
    proc = _papermill(NOTEBOOKS / "fails.ipynb", out)
    assert proc.returncode != 0, proc.stderr[-3000:]
    assert "PapermillExecutionError" in proc.stderr or "panic" in proc.stderr, proc.stderr[-3000:]
    nb = nbformat.read(out, as_version=4)
    nbformat.validate(nb)
    cells = _cells_by_id(nb)
    assert _single_result(cells["good"]).data["text/plain"] == "42"
    errors = [o for o in cells["bad"].outputs if o.output_type == "error"]
    assert len(errors) == 1, _describe(cells["bad"])
    assert (errors[0].ename, errors[0].evalue) == ("panic", "bad input")
    assert cells["after"].outputs == [] and cells["after"].execution_count is None


def test_papermill_api_failure_raises(tmp_path):
    import papermill
    from papermill.exceptions import PapermillExecutionError

    with pytest.raises(PapermillExecutionError) as info:
        papermill.execute_notebook(
            str(NOTEBOOKS / "fails.ipynb"), str(tmp_path / "fails.out.ipynb"), start_timeout=60, progress_bar=False
        )
    err = info.value
    assert err.ename == "panic"
    assert err.evalue == "bad input"
    assert 'panic("bad input")' in err.source
    assert isinstance(err.traceback, list) and all(isinstance(t, str) for t in err.traceback)
