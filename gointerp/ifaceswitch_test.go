package gointerp

import "testing"

// yaegi panicked on a switch over an interface with concrete case values,
// and on an interface case of a tagless switch.
func TestSwitchOnInterfaceValue(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func kind(v any) string {
	switch v {
	case nil:
		return "nil"
	case 1, "one",
		1.5:
		return "one"
	case 2:
		return "two"
	}
	return "other"
}`, `func flags(v any) (out []string) {
	switch w := v; w {
	case true:
		out = append(out, "true")
		fallthrough
	case 3 > 2 == false:
		out = append(out, "cmp")
	default:
		out = append(out, "default")
	}
	switch {
	case v:
		out = append(out, "tagless")
	}
	return out
}`)
	if got := value(t, in, `strings.Join([]string{kind(nil), kind(1), kind("one"), kind(1.5), kind(2), kind(int64(2))}, " ")`); got != "nil one one one two other" {
		t.Errorf("kinds: %s, want nil one one one two other", got)
	}
	if got := value(t, in, "fmt.Sprint(flags(true), flags(false), flags(7))"); got != "[true cmp tagless] [cmp] [default]" {
		t.Errorf("flags: %s, want [true cmp tagless] [cmp] [default]", got)
	}
}

// Switches in generic code are lowered in its copies, where a type
// parameter may stand for a concrete type or an interface.
func TestSwitchOnInterfaceInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func describe[T comparable](v any, zero T) string {
	switch v {
	case 5:
		return "five"
	case zero:
		return "zero"
	}
	switch zero {
	case v:
		return "same"
	}
	return "other"
}`)
	got := value(t, in, `strings.Join([]string{describe(5, 0), describe(0, 0), describe("", ""), describe(any(1), any(1)), describe(2, 0)}, " ")`)
	if want := "five zero zero zero other"; got != want {
		t.Errorf("describe: %s, want %s", got, want)
	}
	// With a session type for T, the cases compare through rt.Equal.
	mustRunAll(t, in, `type Level int

func (l Level) String() string { return fmt.Sprint("L", int(l)) }

func find[T interface {
	comparable
	fmt.Stringer
}](v fmt.Stringer, want T) bool {
	switch v {
	case want:
		return true
	}
	return false
}`)
	if got := value(t, in, `fmt.Sprint(find(Level(2), Level(2)), find(Level(2), Level(3)))`); got != "true false" {
		t.Errorf("find: %s, want true false", got)
	}
}

// `switch t := p.next(); t.Kind {`: yaegi compared the cases with the
// zero value of the tag, so a parser took every token for its first case.
// The init statement moves into a block around the switch.
func TestSwitchInitWithFieldTag(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Kind int
const (
	Num Kind = iota
	LParen
)
type Token struct {
	Kind Kind
	Text string
}
type parser struct {
	toks []Token
	pos  int
}
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }
func (p *parser) kinds() (out []string) {
	for p.pos < len(p.toks) {
		switch t := p.next(); t.Kind {
		case Num:
			out = append(out, "num "+t.Text)
		case LParen:
			out = append(out, "paren")
		}
	}
	return out
}
func text(t Token) string {
	switch n := len(t.Text); t.Text[:min(n, 1)] {
	case "(":
		return "open"
	}
	return "other"
}`)
	if got := value(t, in, `p := &parser{toks: []Token{{LParen, "("}, {Num, "1"}}}
var a any = 3
r := "none"
switch v := a; v {
case 3:
	r = "three"
}
fmt.Sprint(p.kinds(), text(Token{LParen, "("}), r)`); got != "[paren num 1]openthree" {
		t.Errorf("got %s", got)
	}
}
