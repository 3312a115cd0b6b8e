package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Pool struct {
	mu    sync.Mutex
	queue []func() string
	out   []string
}

func (p *Pool) Submit(f func() string) { p.queue = append(p.queue, f) }

func (p *Pool) Run(workers int) []string {
	var wg sync.WaitGroup
	jobs := make(chan func() string)
	for range workers {
		wg.Go(func() {
			for f := range jobs {
				r := f()
				p.mu.Lock()
				p.out = append(p.out, r)
				p.mu.Unlock()
			}
		})
	}
	for _, f := range p.queue {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	slices.Sort(p.out)
	return p.out
}

type Job struct {
	Name  string
	Units int
}

func (j Job) Run() string { return fmt.Sprintf("%s:%d", j.Name, j.Units*j.Units) }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Emitter struct {
	handlers map[string][]func(string)
}

func (e *Emitter) On(evt string, h func(string)) {
	if e.handlers == nil {
		e.handlers = map[string][]func(string){}
	}
	e.handlers[evt] = append(e.handlers[evt], h)
}

func (e *Emitter) Emit(evt, payload string) int {
	for _, h := range e.handlers[evt] {
		h(payload)
	}
	return len(e.handlers[evt])
}

type Audit struct{ lines []string }

func (a *Audit) Record(s string) { a.lines = append(a.lines, "audit:"+s) }

func main() {
	pool := &Pool{}
	jobs := []Job{{"resize", 3}, {"encode", 5}, {"thumb", 2}, {"upload", 4}}
	for _, job := range jobs {
		pool.Submit(job.Run)
	}
	fmt.Println(pool.Run(2))

	var multipliers []func(int) int
	for i := range 4 {
		multipliers = append(multipliers, func(x int) int { return x * (i + 1) })
	}
	var parts []string
	for _, m := range multipliers {
		parts = append(parts, fmt.Sprint(m(10)))
	}
	fmt.Println(strings.Join(parts, " "))

	c := &Counter{}
	inc := c.Inc
	for range 3 {
		inc()
	}
	fmt.Println("counter:", c.n)

	val := Job{"snapshot", 6}
	bound := val.Run
	val.Units = 100
	fmt.Println("method value bound early:", bound(), "now:", val.Run())

	audit := &Audit{}
	var em Emitter
	var received []string
	em.On("deploy", audit.Record)
	em.On("deploy", func(s string) { received = append(received, strings.ToUpper(s)) })
	em.On("rollback", audit.Record)
	fmt.Println(em.Emit("deploy", "v1.2"), em.Emit("rollback", "v1.1"), em.Emit("noop", "x"))
	fmt.Println(audit.lines, received)

	makeCounter := func(start int) (func() int, func()) {
		n := start
		return func() int { n++; return n }, func() { n = start }
	}
	next, reset := makeCounter(100)
	fmt.Print(next(), " ", next(), " ")
	reset()
	fmt.Println(next())

	fns := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"max": func(a, b float64) float64 { return max(a, b) },
		"avg": func(a, b float64) float64 { return (a + b) / 2 },
	}
	for _, k := range slices.Sorted(maps.Keys(fns)) {
		fmt.Printf("%s(2.5, 4) = %g\n", k, fns[k](2.5, 4))
	}
}
