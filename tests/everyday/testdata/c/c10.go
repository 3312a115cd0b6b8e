// Request-scoped values and cancellation in a small job-processing service.
package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
)

type ctxKey int

const (
	requestIDKey ctxKey = iota
	tenantKey
)

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func RequestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestIDKey).(string); ok {
		return id
	}
	return "-"
}

func Tenant(ctx context.Context) string {
	t, _ := ctx.Value(tenantKey).(string)
	return cmp.Or(t, "default")
}

var ErrQuotaExceeded = errors.New("quota exceeded")

type Job struct {
	ID     int
	Weight int
}

type Outcome struct {
	JobID  int
	Result int
	ReqID  string
	Tenant string
	Err    error
}

func process(ctx context.Context, j Job) Outcome {
	o := Outcome{JobID: j.ID, ReqID: RequestID(ctx), Tenant: Tenant(ctx)}
	if err := ctx.Err(); err != nil {
		o.Err = err
		return o
	}
	if j.Weight < 0 {
		o.Err = fmt.Errorf("job %d: negative weight", j.ID)
		return o
	}
	sum := 0
	for i := range j.Weight {
		sum += i * i
	}
	o.Result = sum
	return o
}

// RunPool fans jobs out to n workers and returns outcomes sorted by job ID.
func RunPool(ctx context.Context, jobs []Job, n int) []Outcome {
	in := make(chan Job)
	out := make(chan Outcome)
	var wg sync.WaitGroup
	for w := range n {
		wg.Go(func() {
			wctx := context.WithValue(ctx, ctxKey(100+w), w)
			for j := range in {
				out <- process(wctx, j)
			}
		})
	}
	go func() {
		defer close(in)
		for _, j := range jobs {
			in <- j
		}
	}()
	go func() { wg.Wait(); close(out) }()

	var res []Outcome
	for o := range out {
		res = append(res, o)
	}
	slices.SortFunc(res, func(a, b Outcome) int { return cmp.Compare(a.JobID, b.JobID) })
	return res
}

// counter streams numbers until its context is cancelled.
func counter(ctx context.Context, start int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for n := start; ; n++ {
			select {
			case ch <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func main() {
	base := context.WithValue(context.Background(), tenantKey, "acme")
	ctx := WithRequestID(base, "req-7f3a")

	jobs := []Job{{1, 10}, {2, 3}, {3, -1}, {4, 25}, {5, 0}, {6, 7}, {7, 12}}
	for _, o := range RunPool(ctx, jobs, 3) {
		if o.Err != nil {
			fmt.Printf("job %d [%s/%s] error: %v\n", o.JobID, o.Tenant, o.ReqID, o.Err)
			continue
		}
		fmt.Printf("job %d [%s/%s] sum of squares = %d\n", o.JobID, o.Tenant, o.ReqID, o.Result)
	}

	// A cancelled context makes every job fail fast with the same error.
	cctx, cancel := context.WithCancel(WithRequestID(context.Background(), "req-dead"))
	cancel()
	failed := 0
	for _, o := range RunPool(cctx, jobs[:4], 2) {
		if errors.Is(o.Err, context.Canceled) {
			failed++
		}
	}
	fmt.Printf("cancelled run: %d of 4 jobs reported context.Canceled (tenant %s)\n", failed, Tenant(cctx))

	// Stop a producer with a cause once a quota is reached.
	qctx, stop := context.WithCancelCause(ctx)
	cleaned := make(chan string)
	context.AfterFunc(qctx, func() {
		cleaned <- "after-func ran for " + RequestID(qctx)
	})
	quota := 5
	var got []int
	for n := range counter(qctx, 40) {
		got = append(got, n)
		if len(got) == quota {
			stop(fmt.Errorf("%w: %d items", ErrQuotaExceeded, quota))
			break
		}
	}
	fmt.Println("<-", <-cleaned)
	fmt.Println("received:", got)
	fmt.Println("ctx.Err():", qctx.Err())
	fmt.Println("cause:", context.Cause(qctx))
	fmt.Println("quota cause?", errors.Is(context.Cause(qctx), ErrQuotaExceeded))

	// Detached context for audit logging keeps values but not cancellation.
	audit := context.WithoutCancel(qctx)
	fmt.Printf("audit ctx: err=%v request=%s tenant=%s\n", audit.Err(), RequestID(audit), Tenant(audit))

	// Inner values shadow outer ones without mutating them.
	inner := WithRequestID(ctx, "req-child")
	fmt.Println("outer:", RequestID(ctx), "inner:", RequestID(inner), "background:", RequestID(context.Background()))
}
