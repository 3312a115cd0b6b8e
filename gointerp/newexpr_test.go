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
