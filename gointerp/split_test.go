package gointerp

import (
	"reflect"
	"strings"
	"testing"
)

func kindName(k chunkKind) string {
	switch k {
	case kindImport:
		return "import"
	case kindDecl:
		return "decl"
	case kindStmt:
		return "stmt"
	}
	return "?"
}

type wantChunk struct {
	kind      string
	src       string
	line, col int
}

func checkSplit(t *testing.T, code string, want []wantChunk) {
	t.Helper()
	chunks, err := splitCell(code)
	if err != nil {
		t.Fatalf("splitCell(%q): %v", code, err)
	}
	var got []wantChunk
	for _, c := range chunks {
		got = append(got, wantChunk{kindName(c.kind), c.src, c.line, c.col})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("splitCell(%q):\n got  %+v\n want %+v", code, got, want)
	}
}

func TestSplitCellMixed(t *testing.T) {
	code := "import \"fmt\"\n\nfunc f() int {\n\treturn 1\n}\nx := f()\nfmt.Println(x)\n"
	checkSplit(t, code, []wantChunk{
		{"import", `import "fmt"`, 1, 1},
		{"decl", "func f() int {\n\treturn 1\n}", 3, 1},
		{"stmt", "x := f()", 6, 1},
		{"stmt", "fmt.Println(x)", 7, 1},
	})
}

func TestSplitCellGroupedImport(t *testing.T) {
	checkSplit(t, "import (\n\t\"fmt\"\n\t\"strings\"\n)\nx := 1", []wantChunk{
		{"import", "import (\n\t\"fmt\"\n\t\"strings\"\n)", 1, 1},
		{"stmt", "x := 1", 5, 1},
	})
}

func TestSplitCellFuncLiteralVsDecl(t *testing.T) {
	checkSplit(t, "func() { println(1) }()", []wantChunk{{"stmt", "func() { println(1) }()", 1, 1}})
	checkSplit(t, "func(a int) { println(a) }(2)", []wantChunk{{"stmt", "func(a int) { println(a) }(2)", 1, 1}})
	checkSplit(t, "f := func() {}", []wantChunk{{"stmt", "f := func() {}", 1, 1}})
	checkSplit(t, "func g() {}", []wantChunk{{"decl", "func g() {}", 1, 1}})
	checkSplit(t, "func (t T) M() int { return 1 }", []wantChunk{{"decl", "func (t T) M() int { return 1 }", 1, 1}})
	checkSplit(t, "func (t *T) M() {}", []wantChunk{{"decl", "func (t *T) M() {}", 1, 1}})
	checkSplit(t, "func (T) M() {}", []wantChunk{{"decl", "func (T) M() {}", 1, 1}})
	checkSplit(t, "go func() {}()", []wantChunk{{"stmt", "go func() {}()", 1, 1}})
	checkSplit(t, "defer func() {}()", []wantChunk{{"stmt", "defer func() {}()", 1, 1}})
}

// A function literal with a named result type is called right away: it is
// a statement (an expression), not a method declaration.
func TestSplitCellFuncLiteralWithResult(t *testing.T) {
	checkSplit(t, "func(a int) int { return a * 2 }(21)", []wantChunk{{"stmt", "func(a int) int { return a * 2 }(21)", 1, 1}})
	checkSplit(t, "func() (int, error) { return 1, nil }()", []wantChunk{{"stmt", "func() (int, error) { return 1, nil }()", 1, 1}})
}

func TestSplitCellTypeConstVar(t *testing.T) {
	checkSplit(t, "type T struct {\n\tA int\n}\nconst (\n\ta = 1\n\tb = 2\n)\nvar (\n\tx = 1\n\ty int\n)\nvar z = 3", []wantChunk{
		{"decl", "type T struct {\n\tA int\n}", 1, 1},
		{"decl", "const (\n\ta = 1\n\tb = 2\n)", 4, 1},
		{"stmt", "var (\n\tx = 1\n\ty int\n)", 8, 1},
		{"stmt", "var z = 3", 12, 1},
	})
}

func TestSplitCellSemicolons(t *testing.T) {
	checkSplit(t, "a := 1; b := 2;c := 3", []wantChunk{
		{"stmt", "a := 1;", 1, 1},
		{"stmt", "b := 2;", 1, 9},
		{"stmt", "c := 3", 1, 16},
	})
	checkSplit(t, "type T int; func (t T) M() {}; x := T(1)", []wantChunk{
		{"decl", "type T int;", 1, 1},
		{"decl", "func (t T) M() {};", 1, 13},
		{"stmt", "x := T(1)", 1, 32},
	})
	// Semicolons inside braces or a for/if/switch header do not split.
	checkSplit(t, "for i := 0; i < 3; i++ { x++; y++ }; z := 1", []wantChunk{
		{"stmt", "for i := 0; i < 3; i++ { x++; y++ };", 1, 1},
		{"stmt", "z := 1", 1, 38},
	})
	checkSplit(t, "if v := f(); v > 0 {\n} else if w := g(); w {\n}\nswitch x := 1; x {\n}", []wantChunk{
		{"stmt", "if v := f(); v > 0 {\n} else if w := g(); w {\n}", 1, 1},
		{"stmt", "switch x := 1; x {\n}", 4, 1},
	})
}

func TestSplitCellLineCol(t *testing.T) {
	checkSplit(t, "\n\n   x := 1\n\ty := 2 // c\n", []wantChunk{
		{"stmt", "x := 1", 3, 4},
		{"stmt", "y := 2 // c", 4, 2},
	})
	checkSplit(t, "", nil)
	checkSplit(t, "// only a comment\n", nil)
}

func TestSplitCellScanError(t *testing.T) {
	if _, err := splitCell("x := \"unterminated\ny := 1"); err == nil {
		t.Fatal("want a scanner error for an unterminated string")
	}
}

func TestIsExpr(t *testing.T) {
	for src, want := range map[string]bool{
		"1 + 2":                     true,
		"x":                         true,
		"fmt.Println(1)":            true,
		"T{A: 1}":                   true,
		"func() int { return 1 }()": true,
		"x := 1":                    false,
		"x = 1":                     false,
		"x++":                       false,
		"var x = 1":                 false,
		"if x { }":                  false,
		"":                          false,
	} {
		if _, got := isExpr(src); got != want {
			t.Errorf("isExpr(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestDeclaredNames(t *testing.T) {
	for src, want := range map[string][]string{
		"x := 1":                         {"x"},
		"x, y := 1, 2":                   {"x", "y"},
		"x = 1":                          nil,
		"a[i] = 3":                       nil,
		"s.f = 1":                        nil,
		"fmt.Println(x)":                 nil,
		"func f() {}":                    {"f"},
		"func (t T) M() {}":              nil,
		"type T struct{}":                {"T"},
		"const k = 1":                    {"k"},
		"var v int":                      {"v"},
		"var (\n\ta = 1\n\tb int\n)":     {"a", "b"},
		"const (\n\tA = iota\n\tB\n)":    {"A", "B"},
		"type (\n\tP int\n\tQ string\n)": {"P", "Q"},
		"var (\n\tm = map[string]int{\n\t\t\"k\": 1,\n\t}\n\tn = 2\n)": {"m", "n"},
	} {
		got := declaredNames(chunk{src: src})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("declaredNames(%q) = %q, want %q", src, got, want)
		}
	}
}

// var/const specs with several names declare all of them.
func TestDeclaredNamesMultiNameSpec(t *testing.T) {
	for src, want := range map[string][]string{
		"var a, b = 1, 2":      {"a", "b"},
		"const c, d = 1, 2":    {"c", "d"},
		"var (\n\te, f int\n)": {"e", "f"},
	} {
		got := declaredNames(chunk{src: src})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("declaredNames(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestStripLiterals(t *testing.T) {
	got := stripLiterals("fmt.Println(\"strings.ToUpper\", 'x') // os.Exit\n/* url.Parse */ x . Y")
	for _, bad := range []string{"strings.", "os.", "url.", "'x'"} {
		if strings.Contains(got, bad) {
			t.Errorf("stripLiterals kept %q: %q", bad, got)
		}
	}
	for _, want := range []string{"fmt.Println", "x.Y"} {
		if !strings.Contains(got, want) {
			t.Errorf("stripLiterals lost %q: %q", want, got)
		}
	}
	if s := stripLiterals("s := `raw strings.Repeat`"); strings.Contains(s, "strings.") {
		t.Errorf("raw string not stripped: %q", s)
	}
}

func TestPkgName(t *testing.T) {
	for p, want := range map[string]string{
		"math/rand/v2":      "rand",
		"fmt":               "fmt",
		"net/http":          "http",
		"encoding/json":     "json",
		"example.com/m/v10": "m",
		"example.com/v":     "v",
	} {
		if got := pkgName(p); got != want {
			t.Errorf("pkgName(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestAutoImportsUnit(t *testing.T) {
	in := &Interp{imports: map[string]string{"fmt": "fmt"}, globals: map[string]bool{"path": true}}
	chunks, err := splitCell("x := strings.ToUpper(\"a\")\nfmt.Println(x)\ns := \"os.Exit\"\n" +
		"url := T{}\n_ = url.Name\n_ = path.Base\n_ = json.Marshal\n_ = a.strings.X\n_ = rand.Intn")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range in.autoImports(chunks, []importSpec{{"json", "example.com/json"}}) {
		got[s.name] = s.path
	}
	want := map[string]string{"strings": "strings", "rand": "math/rand"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("autoImports = %v, want %v", got, want)
	}
}
