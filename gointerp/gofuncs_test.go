package gointerp

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A panic in a function sync.WaitGroup.Go runs is the cell's error, not
// the end of the kernel's process; the session goes on.
func TestPanicInWaitGroupGo(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import "sync"
func work() { var m map[string]int; m["a"] = 1 }`)
	for _, src := range []string{
		`var wg sync.WaitGroup; wg.Go(func() { var m map[string]int; m["a"] = 1 }); wg.Wait()`,
		`var wg sync.WaitGroup; wg.Go(work); wg.Wait()`,
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		_, err := in.Execute(ctx, src, newFakeIO())
		cancel()
		if err == nil || !strings.Contains(err.Error(), "assignment to entry in nil map") {
			t.Errorf("%s: err %v", src, err)
		}
	}
	if got := value(t, in, `1 + 1`); got != "2" {
		t.Errorf("after: got %q", got)
	}
}

// `go f(x)` with f a closure held in a variable: the goroutine called nil
// ("call of nil function"), as the kernel's rewrite defined f's copy and
// the argument's in one parallel definition, where yaegi loses a closure.
func TestGoCallOfClosureVariable(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `func run() int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	publish := func(topic string, bodies []string) {
		defer wg.Done()
		mu.Lock()
		total += len(bodies)
		mu.Unlock()
	}
	wg.Add(2)
	go publish("a", []string{"x", "y"})
	go publish("b", []string{"z"})
	wg.Wait()
	return total
}
fmt.Println(run())`)
	if got, want := io.stream("stdout"), "3\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
