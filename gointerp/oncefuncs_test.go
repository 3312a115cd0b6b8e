package gointerp

import "testing"

// sync.OnceFunc, OnceValue and OnceValues were missing ("package sync has
// no symbol OnceValue").
func TestSyncOnceFuncs(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `calls := 0
load := sync.OnceValue(func() int { calls++; return 42 })
pair := sync.OnceValues(func() (string, error) { calls++; return "cfg", nil })
hello := sync.OnceFunc(func() { calls++ })`)
	checks := []struct{ expr, want string }{
		{`fmt.Sprint(load(), load(), calls)`, "42 42 1"},
		{`func() string { a, err := pair(); b, _ := pair(); return fmt.Sprint(a, b, err, calls) }()`, "cfgcfg<nil> 2"},
		{`func() int { hello(); hello(); var mu sync.Mutex; mu.Lock(); mu.Unlock(); return calls }()`, "3"},
		{`func() (s string) { f := sync.OnceFunc(func() { panic("once") }); defer func() { s = fmt.Sprint(recover()) }(); f(); return }()`, "once"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
