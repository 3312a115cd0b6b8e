package gointerp

import "testing"

// A named non-struct type with methods held in an any was marshalled by
// encoding/json as {} (yaegi's wrapper).
func TestJSONOfValuesHeldInAny(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Level int`, `func (l Level) String() string { return [...]string{"low", "high"}[l] }`)
	cases := map[string]string{
		`func() string { b, _ := json.Marshal(map[string]any{"level": Level(1), "n": 2}); return string(b) }()`:        `{"level":1,"n":2}`,
		`func() string { b, _ := json.Marshal([]any{Level(0), "x", nil}); return string(b) }()`:                        `[0,"x",null]`,
		`func() string { var m map[string]any; b, _ := json.Marshal(m); return string(b) }()`:                          `null`,
		`func() string { var sb strings.Builder; json.NewEncoder(&sb).Encode([]any{Level(1)}); return sb.String() }()`: "[1]\n",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s\ngot %s, want %s", src, got, want)
		}
	}
}
