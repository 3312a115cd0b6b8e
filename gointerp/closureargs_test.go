package gointerp

import "testing"

// A function literal given in a loop to a standard-library function that
// calls it later ran with the last iteration's variables: every wg.Go
// literal added 5.
func TestLiteralsPassedInLoops(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `import (
	"sync"
	"time"
)
func total() int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 5; i++ {
		wg.Go(func() { mu.Lock(); sum += i; mu.Unlock() })
	}
	for _, d := range []int{10, 20} {
		wg.Add(1)
		time.AfterFunc(time.Millisecond, func() {
			defer wg.Done()
			mu.Lock()
			sum += d
			mu.Unlock()
		})
	}
	wg.Wait()
	return sum
}`)
	if got := value(t, in, `total()`); got != "45" {
		t.Errorf("total() = %s, want 45", got)
	}
	mustRun(t, in, "var wg sync.WaitGroup\nvar mu sync.Mutex\nseen := 0\nfor i := range 4 {\n\twg.Go(func() { mu.Lock(); seen |= 1 << i; mu.Unlock() })\n}\nwg.Wait()")
	if got := value(t, in, `seen`); got != "15" {
		t.Errorf("seen = %s, want 15", got)
	}
}

// The same in a generic function (a fan-in merge): its copies passed the
// literals as they were, and every goroutine read the last channel.
func TestClosureArgsInGenericLoops(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Go(func() {
			for v := range c {
				out <- v
			}
		})
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func src(vs ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vs {
			c <- v
		}
		close(c)
	}()
	return c
}`)
	if got := value(t, in, `var got []int
for v := range merge(src(1, 2), src(10, 20)) {
	got = append(got, v)
}
slices.Sort(got)
fmt.Sprint(got)`); got != "[1 2 10 20]" {
		t.Errorf("got %s", got)
	}
}
