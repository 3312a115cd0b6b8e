package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Checker interface {
	Name() string
	Check(ctx context.Context) error
}

type CheckFunc struct {
	name string
	fn   func(context.Context) error
}

func (c CheckFunc) Name() string                    { return c.name }
func (c CheckFunc) Check(ctx context.Context) error { return c.fn(ctx) }

type DBCheck struct {
	DSN       string
	Reachable bool
}

func (d *DBCheck) Name() string { return "postgres" }
func (d *DBCheck) Check(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if !d.Reachable {
		return fmt.Errorf("dial %s: connection refused", d.DSN)
	}
	return nil
}

type Result struct {
	Name string
	Err  error
}

func (r Result) String() string {
	if r.Err != nil {
		return fmt.Sprintf("%s: FAIL (%v)", r.Name, r.Err)
	}
	return r.Name + ": OK"
}

var ErrDegraded = errors.New("service degraded")

func RunChecks(ctx context.Context, checks ...Checker) ([]Result, error) {
	results := make([]Result, len(checks))
	var wg sync.WaitGroup
	for i, c := range checks {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					results[i] = Result{c.Name(), fmt.Errorf("panic: %v", r)}
				}
			}()
			results[i] = Result{c.Name(), c.Check(ctx)}
		})
	}
	wg.Wait()
	slices.SortFunc(results, func(a, b Result) int { return strings.Compare(a.Name, b.Name) })
	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.Name, r.Err))
		}
	}
	if len(errs) > 0 {
		return results, fmt.Errorf("%w: %w", ErrDegraded, errors.Join(errs...))
	}
	return results, nil
}

type Shutdown struct {
	mu    sync.Mutex
	hooks []func() error
}

func (s *Shutdown) Register(name string, log *[]string, fail bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hooks = append(s.hooks, func() error {
		*log = append(*log, "stopping "+name)
		if fail {
			return fmt.Errorf("%s did not stop cleanly", name)
		}
		return nil
	})
}

func (s *Shutdown) Run() error {
	var errs []error
	for _, h := range slices.Backward(s.hooks) {
		errs = append(errs, h())
	}
	return errors.Join(errs...)
}

func main() {
	db := &DBCheck{DSN: "pg:5432", Reachable: true}
	cache := CheckFunc{"redis", func(context.Context) error { return nil }}
	disk := CheckFunc{"disk", func(context.Context) error { return fmt.Errorf("usage %d%% above %d%%", 93, 90) }}
	flaky := CheckFunc{"queue", func(context.Context) error { panic("nil client") }}

	res, err := RunChecks(context.Background(), db, cache)
	fmt.Println(res, err)

	db.Reachable = false
	res, err = RunChecks(context.Background(), db, cache, disk, flaky)
	for _, r := range res {
		fmt.Println(" ", r)
	}
	fmt.Println("degraded:", errors.Is(err, ErrDegraded))
	fmt.Println(err)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	db.Reachable = true
	res, err = RunChecks(ctx, db)
	fmt.Printf("%v canceled=%t\n", res, errors.Is(err, context.Canceled))

	var log []string
	sd := &Shutdown{}
	sd.Register("http", &log, false)
	sd.Register("workers", &log, true)
	sd.Register("db", &log, false)
	sd.Register("tracer", &log, true)
	err = sd.Run()
	fmt.Println(strings.Join(log, " -> "))
	fmt.Printf("shutdown errors: %q\n", err)
}
