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
