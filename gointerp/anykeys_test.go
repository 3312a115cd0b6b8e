package gointerp

import "testing"

// A map keyed by any with keys of a cell's types: a key written in the
// map's literal, or held in an any, was a key of its own that an index
// with an equal key missed (corpus maplinear's shape).
func TestMapKeyedByAnyFindsCellKeys(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Kelvin float64
type Status string
func (s Status) Upper() string { return strings.ToUpper(string(s)) }`)
	for cell, want := range map[string]string{
		`m := map[any]int{Kelvin(1): 1}; var a any = Kelvin(1); m[a]++; m[Kelvin(1)]++; fmt.Sprint(len(m), m[Kelvin(1)], m[a])`: "1 3 3",
		`ms := map[any]string{Status("a"): "x"}; var s any = Status("a"); fmt.Sprint(ms[Status("a")], ms[s], len(ms))`:          "xx1",
		`set := map[interface{}]bool{}; var s any = Status("b"); set[s] = true; delete(set, Status("b")); len(set)`:             "0",
	} {
		if got := value(t, in, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
}
