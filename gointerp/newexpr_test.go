package gointerp

import "testing"

// new(expr) (Go 1.26) points to a new variable holding the value.
func TestNewWithAValue(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "p := new(123)\nx := [2]int{1, 2}\nq := new(x)\nx[0] = 9\nvar i int\nb := new(i > 0)\nbuf := new(strings.Builder)")
	if got := value(t, in, "fmt.Sprint(*p, *q, *b, buf.Len())"); got != "123 [1 2] false 0" {
		t.Errorf("got %s", got)
	}
	if mayNewExpr("new(bytes.Buffer)") || mayNewExpr("new(T)") || mayNewExpr("new([]int)") || !mayNewExpr("new(x)") || !mayNewExpr("new(1)") {
		t.Error("mayNewExpr misjudges")
	}
}

// new(expr) in a generic function: its copies kept new(f.val), which
// yaegi took for a new zero T (a JSON patch's `*dst = new(f.val)`).
func TestNewExprInGenericFunction(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Field[T any] struct{ val T }
func apply[T any](dst **T, f Field[T]) { *dst = new(f.val) }`)
	got := value(t, in, `var p *int
apply(&p, Field[int]{42})
var q *string
apply(&q, Field[string]{"s"})
fmt.Sprint(*p, " ", *q)`)
	if got != "42 s" {
		t.Errorf("got %s", got)
	}
}
