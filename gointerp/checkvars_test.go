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
