package gointerp

import "testing"

// A method with a named receiver and unnamed parameters panicked: yaegi
// stored the first argument where the receiver goes.
func TestMethodWithUnnamedParameters(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Num float64
func (n Num) Eval(map[string]float64) float64 { return float64(n) * 2 }
func (n Num) Add(int, string) Num { return n + 1 }
type Var string
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }`)
	if got, want := value(t, in, `Num(2).Eval(nil) + Num(3).Add(1, "a").Eval(nil) + Var("x").Eval(map[string]float64{"x": 1})`), "13"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
