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

// sync.OnceValues in a generic method: its copies named sync's own,
// which the interpreter lacks (a singleflight-style cache).
func TestOnceValuesInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Cache[K comparable, V any] struct {
	load    func(K) (V, error)
	entries map[K]func() (V, error)
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	fn, ok := c.entries[k]
	if !ok {
		fn = sync.OnceValues(func() (V, error) { return c.load(k) })
		c.entries[k] = fn
	}
	return fn()
}`)
	got := value(t, in, `calls := 0
c := &Cache[string, int]{load: func(k string) (int, error) { calls++; return len(k), nil }, entries: map[string]func() (int, error){}}
a, _ := c.Get("abc")
b, err := c.Get("abc")
fmt.Sprint(a, b, err, calls)`)
	if got != "3 3 <nil> 1" {
		t.Errorf("got %s", got)
	}
}
