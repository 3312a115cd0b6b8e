package gointerp

import "testing"

// Values of a named non-struct type with methods appended to a slice of
// interfaces in a loop (a lexer's tokens) kept their own values: each was
// the last one ("3 4" gave [4 4]).
func TestFreshValuesAppendedToInterfaces(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Token interface{ isToken() }
type Num float64
func (Num) isToken() {}
func lex(fs []string) []Token {
	var out []Token
	for _, f := range fs {
		if v, err := strconv.ParseFloat(f, 64); err == nil {
			out = append(out, Num(v))
		}
	}
	return out
}
func fill(fs []float64) []Token {
	out := make([]Token, len(fs))
	for i, v := range fs {
		out[i] = Num(v)
	}
	return out
}
func declare(fs []float64) []Token {
	var out []Token
	for _, v := range fs {
		var t Token = Num(v)
		out = append(out, t)
	}
	return out
}`)
	if got := value(t, in, `fmt.Sprint(lex([]string{"3", "4"}), fill([]float64{5, 6}), declare([]float64{7, 8}))`); got != "[3 4] [5 6] [7 8]" {
		t.Errorf("got %s, want [3 4] [5 6] [7 8]", got)
	}
}

// A var of type any declared from such a value is left alone (defined
// first, printing it with %.3f panicked: reflect's zero Value).
func TestAnyVarOfNamedBasicValue(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }`)
	_, io := mustRun(t, in, `func show() {
	var st any = Celsius(-4)
	if c, ok := st.(fmt.Stringer); ok {
		fmt.Println("stringer:", c)
	}
	fmt.Printf("%v %.3f\n", st, st)
}
show()`)
	if got, want := io.stream("stdout"), "stringer: -4.0C\n-4.0C -4.000\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A named string type without methods appended to an []any in a loop:
// each element is its own (every one was the last).
func TestNamedBasicAppendedToAnys(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type literal string`)
	if got := value(t, in, `var segs []any
for _, s := range []string{"a", "b", "c"} {
	segs = append(segs, literal(s+"!"))
}
fmt.Sprint(segs...)`); got != "a! b! c!" {
		t.Errorf("got %q", got)
	}
}
