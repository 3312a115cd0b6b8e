// Request-scoped contexts: values, deadlines already in the past, explicit cancel, and AfterFunc cleanup.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type ctxKey string

const requestIDKey ctxKey = "request-id"
const tenantKey ctxKey = "tenant"

type Recorder struct {
	mu    sync.Mutex
	lines []string
}

func (r *Recorder) Log(ctx context.Context, msg string) {
	id, _ := ctx.Value(requestIDKey).(string)
	tenant, _ := ctx.Value(tenantKey).(string)
	if tenant == "" {
		tenant = "-"
	}
	r.mu.Lock()
	r.lines = append(r.lines, fmt.Sprintf("[%s %s] %s", id, tenant, msg))
	r.mu.Unlock()
}

// queryDB blocks until the context is done or the fake result channel yields.
func queryDB(ctx context.Context, result <-chan string) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case v := <-result:
		return v, nil
	}
}

func main() {
	rec := &Recorder{}
	base := context.Background()

	// 1. A deadline that has already passed: Done is closed immediately.
	past := time.Unix(0, 0)
	ctx1, cancel1 := context.WithDeadline(context.WithValue(base, requestIDKey, "req-1"), past)
	defer cancel1()
	_, err := queryDB(ctx1, nil)
	rec.Log(ctx1, fmt.Sprintf("query with expired deadline: %v (deadline exceeded=%v)", err, errors.Is(err, context.DeadlineExceeded)))

	// 2. A generous timeout that never fires because the result is ready first.
	ctx2, cancel2 := context.WithTimeout(context.WithValue(base, requestIDKey, "req-2"), time.Hour)
	ctx2 = context.WithValue(ctx2, tenantKey, "acme")
	ready := make(chan string, 1)
	ready <- "42 rows"
	v, err := queryDB(ctx2, ready)
	rec.Log(ctx2, fmt.Sprintf("query with 1h timeout: %q err=%v", v, err))
	_, hasDeadline := ctx2.Deadline()
	rec.Log(ctx2, fmt.Sprintf("has deadline: %v", hasDeadline))
	cancel2()
	rec.Log(ctx2, fmt.Sprintf("after explicit cancel: %v", ctx2.Err()))

	// 3. Explicit cancel of a long wait from another goroutine.
	ctx3, cancel3 := context.WithCancel(context.WithValue(base, requestIDKey, "req-3"))
	cleaned := make(chan struct{})
	stop := context.AfterFunc(ctx3, func() {
		rec.Log(ctx3, "AfterFunc: releasing connection back to pool")
		close(cleaned)
	})
	started := make(chan struct{})
	errCh := make(chan error)
	go func() {
		close(started)
		_, err := queryDB(ctx3, make(chan string)) // never yields
		errCh <- err
	}()
	<-started
	cancel3()
	qerr := <-errCh
	<-cleaned // the AfterFunc log line happens before we continue
	rec.Log(ctx3, fmt.Sprintf("blocked query returned: %v", qerr))
	rec.Log(ctx3, fmt.Sprintf("stop() after run reports %v", stop()))

	// 4. AfterFunc stopped before cancellation never runs.
	ctx4, cancel4 := context.WithCancel(context.WithValue(base, requestIDKey, "req-4"))
	ran := false
	stop4 := context.AfterFunc(ctx4, func() { ran = true })
	rec.Log(ctx4, fmt.Sprintf("stop() before cancel reports %v", stop4()))
	cancel4()
	rec.Log(ctx4, fmt.Sprintf("callback ran: %v", ran))

	// 5. Values flow to children; cancellation flows down but not up.
	parent, cancelParent := context.WithCancel(context.WithValue(base, requestIDKey, "req-5"))
	var wg sync.WaitGroup
	children := make([]context.Context, 3)
	cancels := make([]context.CancelFunc, 3)
	for i := range children {
		children[i], cancels[i] = context.WithCancel(context.WithValue(parent, tenantKey, fmt.Sprintf("t%d", i)))
	}
	cancels[1]()
	rec.Log(parent, fmt.Sprintf("child 1 cancelled, parent err=%v", parent.Err()))
	cancelParent()
	childErrs := make([]error, len(children))
	for i, c := range children {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-c.Done()
			childErrs[i] = c.Err()
		}()
	}
	wg.Wait()
	for i, c := range children {
		rec.Log(c, fmt.Sprintf("child %d done: %v", i, childErrs[i]))
	}
	for _, c := range cancels {
		c()
	}

	// every line is appended from a point ordered by channels or WaitGroups;
	// a stable sort by request id groups them without changing that order
	sort.SliceStable(rec.lines, func(i, j int) bool { return rec.lines[i][:6] < rec.lines[j][:6] })
	for _, l := range rec.lines {
		fmt.Println(l)
	}
}
