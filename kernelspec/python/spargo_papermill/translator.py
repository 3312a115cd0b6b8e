"""Papermill parameter translator for Go (the spargo kernel).

Parameters are injected as Go short variable declarations, one per line::

    // Parameters
    name := "world"
    n := 3
    ratio := 0.5
    tags := []any{"a", 1, true}
    opts := map[string]any{"depth": 2, "verbose": false}
    missing := any(nil)

The spargo kernel allows a later cell to redeclare a variable, so the injected
cell simply shadows the defaults of the cell tagged ``parameters``.

Python values map to Go as follows:

=============  ===========================================================
Python         Go
=============  ===========================================================
``str``        interpreted string literal (``"a\\n\\"b\\""``), type string
``int``        integer literal (type int); ``uint64(...)`` above int64
``float``      float literal that always has a ``.`` or exponent (float64);
               inf, nan and -0.0 via small import-free expressions
``bool``       ``true`` / ``false``
``None``       ``any(nil)`` (``nil`` inside a list or dict)
``list``       ``[]any{...}``
``dict``       ``map[string]any{...}`` (``map[any]any`` if a key is not str)
=============  ===========================================================
"""

import logging
import math
import re

from papermill.exceptions import PapermillException
from papermill.models import Parameter
from papermill.translators import Translator, papermill_translators

logger = logging.getLogger(__name__)

__all__ = ["GoTranslator", "register", "go_string"]

GO_KEYWORDS = frozenset(
    """break case chan const continue default defer else fallthrough for func go
    goto if import interface map package range return select struct switch type
    var""".split()
)

_IDENT_RE = re.compile(r"^[^\W\d]\w*$")

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
UINT64_MAX = 2**64 - 1

# Import-free float64 expressions for values Go has no constant for.
# (Go constants are exact: -0.0 is 0, and there is no Inf or NaN constant.)
GO_POS_INF = "func() float64 { f := 1e308; return f * 10 }()"
GO_NEG_INF = "func() float64 { f := -1e308; return f * 10 }()"
GO_NAN = "func() float64 { f := 0.0; return f / f }()"
GO_NEG_ZERO = "func() float64 { f := 0.0; return -f }()"

_SIMPLE_ESCAPES = {
    "\a": r"\a",
    "\b": r"\b",
    "\f": r"\f",
    "\n": r"\n",
    "\r": r"\r",
    "\t": r"\t",
    "\v": r"\v",
    "\\": r"\\",
    '"': r"\"",
}


def go_string(value):
    """Return ``value`` as a Go interpreted string literal.

    Backslash, double quote and control characters are escaped; other
    printable characters (including non-ASCII ones) are kept as they are,
    since Go source is UTF-8. Non-printable code points use ``\\u``/``\\U``
    escapes; lone surrogates (not valid Unicode, but possible in a Python
    str) become their WTF-8 bytes as ``\\x`` escapes, which Go accepts in
    string literals.
    """
    out = ['"']
    for ch in value:
        cp = ord(ch)
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
        elif 0xD800 <= cp <= 0xDFFF:
            out.extend(f"\\x{b:02x}" for b in ch.encode("utf-8", "surrogatepass"))
        elif cp < 0x20 or cp == 0x7F:
            out.append(f"\\x{cp:02x}")
        elif cp < 0x80 or ch.isprintable():
            out.append(ch)
        elif cp <= 0xFFFF:
            out.append(f"\\u{cp:04x}")
        else:
            out.append(f"\\U{cp:08x}")
    out.append('"')
    return "".join(out)


def is_go_identifier(name):
    return bool(_IDENT_RE.match(name)) and name not in GO_KEYWORDS and name != "_"


class GoTranslator(Translator):
    """Translate papermill parameters to Go source for the spargo kernel."""

    # -- scalar values ---------------------------------------------------
    @classmethod
    def translate_escaped_str(cls, str_val):
        # Used by papermill as the last resort for unknown types, too.
        if not isinstance(str_val, str):
            str_val = str(str_val)
        return go_string(str_val)

    @classmethod
    def translate_str(cls, val):
        return go_string(val)

    @classmethod
    def translate_none(cls, val):
        return "any(nil)"

    @classmethod
    def translate_bool(cls, val):
        return "true" if val else "false"

    @classmethod
    def translate_int(cls, val):
        val = int(val)
        if INT64_MIN <= val <= INT64_MAX:
            return str(val)
        if 0 <= val <= UINT64_MAX:
            return f"uint64({val})"
        raise PapermillException(
            f"integer parameter {val} does not fit in a Go int64 or uint64; pass it as a string (-r)"
        )

    @classmethod
    def translate_float(cls, val):
        val = float(val)
        if math.isnan(val):
            return GO_NAN
        if math.isinf(val):
            return GO_POS_INF if val > 0 else GO_NEG_INF
        if val == 0.0 and math.copysign(1.0, val) < 0:
            return GO_NEG_ZERO
        text = repr(val)
        # repr gives e.g. "1.0", "0.5", "1e+20", "1.5e-07": all untyped float
        # constants in Go, whose default type is float64. Make sure there is
        # always a '.' or an exponent so an integral float stays a float.
        if not any(c in text for c in ".eE"):
            text += ".0"
        return text

    # -- containers --------------------------------------------------------
    @classmethod
    def _element(cls, val):
        """Translate a value nested in a composite literal."""
        if val is None:
            return "nil"
        return cls.translate(val)

    @classmethod
    def translate_list(cls, val):
        items = ", ".join(cls._element(v) for v in val)
        return f"[]any{{{items}}}"

    @classmethod
    def translate_dict(cls, val):
        if all(isinstance(k, str) for k in val):
            key_type = "string"
        else:
            key_type = "any"
        items = ", ".join(f"{cls._element(k)}: {cls._element(v)}" for k, v in val.items())
        return f"map[{key_type}]any{{{items}}}"

    @classmethod
    def translate(cls, val):
        if isinstance(val, tuple):
            val = list(val)
        return super().translate(val)

    # -- statements ----------------------------------------------------------
    @classmethod
    def comment(cls, cmt_str):
        lines = str(cmt_str).splitlines() or [""]
        return "\n".join(f"// {line}".rstrip() for line in lines)

    @classmethod
    def assign(cls, name, str_val):
        if not is_go_identifier(name):
            raise PapermillException(f"parameter name {name!r} is not a valid Go identifier")
        return f"{name} := {str_val}"

    # -- introspection (papermill --help-notebook, unknown-parameter warnings) --
    @classmethod
    def inspect(cls, parameters_cell):
        """Return the parameters declared in a Go ``parameters`` cell.

        Understands ``name := value``, ``a, b := 1, 2``, ``var name [Type] [= value]``,
        ``const ...`` and ``var ( ... )`` / ``const ( ... )`` groups. A ``//``
        comment at the end of a declaration becomes its help text. Anything
        else is ignored.
        """
        params = []
        source = parameters_cell.get("source", "")
        if isinstance(source, list):
            source = "".join(source)
        try:
            statements = _split_statements(source)
        except Exception:  # never fail on odd input
            logger.debug("cannot parse Go parameters cell", exc_info=True)
            return params
        for code, help_text, in_group in statements:
            try:
                params.extend(_parse_declaration(code, help_text, in_group))
            except Exception:
                logger.debug("cannot parse Go declaration %r", code, exc_info=True)
        return params


def register():
    """Register :class:`GoTranslator` with papermill (idempotent)."""
    papermill_translators.register("go", GoTranslator)
    papermill_translators.register("spargo", GoTranslator)


# --------------------------------------------------------------------------
# A small Go statement splitter for ``inspect``.

_OPEN = "([{"
_CLOSE = ")]}"


def _split_statements(src):
    """Split Go source into top-level statements.

    Returns a list of (code, trailing_comment, in_group) tuples. Comments are
    removed from code; the ``//`` comment on the last line of a statement is
    its trailing comment. ``var (``/``const (`` groups are flattened: each spec
    inside is returned with in_group=True.
    """
    result = []
    code = []
    comment = ""
    depth = 0
    in_group = False
    i = 0
    n = len(src)

    def flush():
        nonlocal code, comment
        text = "".join(code).strip()
        if text:
            result.append((text, comment.strip(), in_group))
        code = []
        comment = ""

    while i < n:
        ch = src[i]
        two = src[i : i + 2]
        if two == "//":
            j = src.find("\n", i)
            j = n if j < 0 else j
            comment = src[i + 2 : j]
            i = j
            continue
        if two == "/*":
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            if "\n" in src[i:j] and depth == 0:
                flush()
            code.append(" ")
            i = j
            continue
        if ch in "\"'":
            j = i + 1
            while j < n and src[j] != ch and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            j = min(j + 1, n)
            code.append(src[i:j])
            i = j
            continue
        if ch == "`":
            j = src.find("`", i + 1)
            j = n if j < 0 else j + 1
            code.append(src[i:j])
            i = j
            continue
        if ch in "\n;" and depth == 0:
            flush()
            i += 1
            continue
        if ch == "(" and depth == 0 and not in_group and re.fullmatch(r"\s*(var|const)\s*", "".join(code)):
            code = []
            in_group = True
            i += 1
            continue
        if ch == ")" and depth == 0 and in_group:
            flush()
            in_group = False
            i += 1
            continue
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        code.append(ch)
        i += 1
    flush()
    return result


def _split_top(text, sep):
    """Split on ``sep`` characters outside brackets and string literals."""
    parts = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "`":
            j = text.find("`", i + 1)
            i = n if j < 0 else j + 1
            continue
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _find_assign(text, op):
    """Index of the top-level ``op`` (``:=`` or ``=``) in ``text``, or -1."""
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'`":
            close = ch
            j = i + 1
            while j < n and text[j] != close:
                j += 2 if (text[j] == "\\" and close != "`") else 1
            i = j + 1
            continue
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
        elif depth == 0:
            if op == ":=" and text.startswith(":=", i):
                return i
            if op == "=" and ch == "=" and text[i + 1 : i + 2] != "=" and (i == 0 or text[i - 1] not in "=!<>:+-*/%&|^"):
                return i
        i += 1
    return -1


_NAMES_RE = re.compile(r"^\s*([^\W\d]\w*(?:\s*,\s*[^\W\d]\w*)*)\s*(.*?)\s*$", re.S)

_BASIC_NUMERIC = frozenset(
    "int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr byte rune "
    "float32 float64 complex64 complex128".split()
)
_CONVERSION_TYPES = _BASIC_NUMERIC | {"string", "bool", "any"}


def _infer_type(value):
    v = value.strip()
    if not v:
        return "None"
    if v[0] in "\"`":
        return "string"
    if v[0] == "'":
        return "rune"
    if v in ("true", "false"):
        return "bool"
    if v == "nil":
        return "None"
    num = v.lstrip("+-")
    if re.fullmatch(r"(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]*|0[bB][01_]+|[1-9][0-9_]*)", num):
        return "int"
    if re.fullmatch(r"(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?i", num):
        return "complex128"
    if re.fullmatch(r"(\d[\d_]*\.[\d_]*|\.\d[\d_]*)([eE][+-]?\d+)?|\d[\d_]*[eE][+-]?\d+", num):
        return "float64"
    m = re.fullmatch(r"(\w+)\((.*)\)", v, re.S)
    if m and m.group(1) in _CONVERSION_TYPES:
        return m.group(1)
    m = re.match(r"(&?)((?:\[\d*\])*(?:map\[[^{]*\])?[\w.\[\]*]*)\s*\{", v)
    if m and m.group(2):
        return ("*" if m.group(1) else "") + m.group(2).strip()
    if v.startswith("func(") and v.endswith("()"):
        # e.g. the import-free Inf/NaN expressions this translator emits
        m = re.match(r"func\(\)\s*([\w.\[\]*]+)\s*\{", v)
        if m:
            return m.group(1)
    return "None"


def _zero_value(type_name):
    t = type_name.strip()
    if t in _BASIC_NUMERIC:
        return "0"
    if t == "string":
        return '""'
    if t == "bool":
        return "false"
    if t.startswith(("[]", "map[", "*", "chan", "func", "<-chan", "interface")) or t in ("any", "error"):
        return "nil"
    if t:
        return f"{t}{{}}"
    return ""


def _parse_declaration(code, help_text, in_group):
    keyword = None
    m = re.match(r"^(var|const)\s+(.*)$", code, re.S)
    if m:
        keyword, spec = m.group(1), m.group(2)
    elif in_group:
        spec = code
    else:
        idx = _find_assign(code, ":=")
        if idx < 0:
            return []
        names = _split_top(code[:idx], ",")
        values = _split_top(code[idx + 2 :], ",")
        if not all(_IDENT_RE.match(nm) for nm in names) or len(names) != len(values):
            return []
        return [
            Parameter(name=nm, inferred_type_name=_infer_type(val), default=val, help=help_text)
            for nm, val in zip(names, values)
            if nm != "_"
        ]

    # var/const spec: names [Type] [= values]
    idx = _find_assign(spec, "=")
    lhs, rhs = (spec, None) if idx < 0 else (spec[:idx], spec[idx + 1 :])
    m = _NAMES_RE.match(lhs)
    if not m:
        return []
    names = [nm.strip() for nm in m.group(1).split(",")]
    type_name = m.group(2).strip()
    if rhs is None:
        if not type_name:
            return []
        values = [_zero_value(type_name)] * len(names)
    else:
        values = _split_top(rhs, ",")
        if len(values) != len(names):
            return []
    params = []
    for nm, val in zip(names, values):
        if nm == "_":
            continue
        inferred = type_name or _infer_type(val)
        params.append(Parameter(name=nm, inferred_type_name=inferred, default=val, help=help_text))
    return params


# Registering at import time is what makes the entry point hook work.
register()
