package gointerp

import "testing"

// Variables of session types (whose reflect types cannot be written) are
// known to the type checker through their definitions, so generic calls
// on them are inferred and copied.
func TestCheckerKnowsVariablesOfSessionTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type P struct{ X int }",
		"ps := []P{{1}, {2}}\na, b := P{3}, \"unused\"",
		"func Xs[T any](xs []T, f func(T) int) (out []int) {\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn\n}",
		"a := P{4}") // redefined: the latest definition counts
	if got := value(t, in, "fmt.Sprintln(Xs(ps, func(p P) int { return p.X }), Xs([]P{a}, func(p P) int { return p.X }), b)"); got != "[1 2] [4] unused\n" {
		t.Errorf("got %s", got)
	}
}

func TestParseVarDef(t *testing.T) {
	for src, want := range map[string]string{
		"x := f(1)":           "var x = f(1)",
		"a, b := 1, \"s\"":    "var a, b = 1, \"s\"",
		"var n int":           "var n int",
		"var m, k = g()":      "var m, k = g()",
		"x = 3":               "",
		"for i := range 3 {}": "",
	} {
		d := parseVarDef(src)
		got := ""
		if d != nil {
			live := map[string]bool{}
			for _, n := range d.names {
				live[n] = true
			}
			got = d.decl(live)
		}
		if got != want {
			t.Errorf("parseVarDef(%q) = %q, want %q", src, got, want)
		}
	}
	if d := parseVarDef("a, b := 1, 2"); d.decl(map[string]bool{"b": true}) != "var _, b = 1, 2" {
		t.Errorf("a superseded name is blank: %q", d.decl(map[string]bool{"b": true}))
	}
}

// A variable's value keeps the type it was defined with when what its
// definition calls is redefined: the checker takes the value's type, not
// the definition's, unless the session has named types reflect cannot
// write (then the definition; see TestPrintedContainersCallMethods).
func TestVariableTypeSurvivesRedefinition(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "func f() int { return 1 }", "x := f()", `func f() string { return "s" }`,
		"func Id[T any](v T) T { return v }")
	if got := value(t, in, "Id(x) + 1"); got != "2" {
		t.Errorf("Id(x) + 1 = %s, want 2", got)
	}
	if !declaresNamedType("type Celsius float64") || declaresNamedType("type P struct{ X int }") ||
		declaresNamedType("type A = int") || !declaresNamedType("type (\n\tI interface{}\n\tS string\n)") {
		t.Error("declaresNamedType")
	}
}
