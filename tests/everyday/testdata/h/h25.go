// h25: a hand-written errgroup with concurrency limit, cancellation and indexed results.
package main

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Group struct {
	wg     sync.WaitGroup
	sem    chan struct{}
	cancel context.CancelCauseFunc
	once   sync.Once
	mu     sync.Mutex
	errs   map[int]error
	n      int
}

func WithContext(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{sem: make(chan struct{}, limit), cancel: cancel, errs: map[int]error{}}, ctx
}

// Go runs f in a goroutine; the task index keeps error reporting deterministic.
func (g *Group) Go(f func() error) {
	idx := g.n
	g.n++
	g.wg.Add(1)
	g.sem <- struct{}{}
	go func() {
		defer func() { <-g.sem; g.wg.Done() }()
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs[idx] = err
			g.mu.Unlock()
			g.once.Do(func() { g.cancel(err) })
		}
	}()
}

// Wait returns all task errors joined in submission order.
func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel(nil)
	var all []error
	for i := range g.n {
		if err, ok := g.errs[i]; ok {
			all = append(all, err)
		}
	}
	return errors.Join(all...)
}

type fileStats struct {
	name  string
	rows  int
	total float64
}

var files = map[string]string{
	"jan.csv": "item,amount\nrent,1200\nfood,310.5\nfuel,80\n",
	"feb.csv": "item,amount\nrent,1200\nfood,290.25\n",
	"mar.csv": "item,amount\nrent,1200\nfood,abc\n",
	"apr.csv": "item,amount\nrent,1200\n\"food,330\n",
	"may.csv": "item,amount\nrent,1250\nfood,305\ngym,45\n",
}

func load(ctx context.Context, name string) (fileStats, error) {
	if err := ctx.Err(); err != nil {
		return fileStats{}, err
	}
	recs, err := csv.NewReader(strings.NewReader(files[name])).ReadAll()
	if err != nil {
		return fileStats{}, fmt.Errorf("%s: %w", name, err)
	}
	st := fileStats{name: name}
	for i, r := range recs[1:] {
		v, err := strconv.ParseFloat(r[1], 64)
		if err != nil {
			return fileStats{}, fmt.Errorf("%s row %d: %w", name, i+2, err)
		}
		st.rows++
		st.total += v
	}
	return st, nil
}

func loadAll(names []string, limit int) ([]fileStats, error) {
	g, ctx := WithContext(context.Background(), limit)
	out := make([]fileStats, len(names)) // each goroutine writes only its own slot
	for i, n := range names {
		g.Go(func() error {
			st, err := load(context.WithoutCancel(ctx), n) // parse fully; report every bad file
			out[i] = st
			return err
		})
	}
	return out, g.Wait()
}

func main() {
	good := []string{"jan.csv", "feb.csv", "may.csv"}
	stats, err := loadAll(good, 2)
	fmt.Println("good batch error:", err)
	var grand float64
	for _, s := range stats {
		fmt.Printf("  %-8s rows=%d total=%8.2f\n", s.name, s.rows, s.total)
		grand += s.total
	}
	fmt.Printf("  grand total %.2f\n\n", grand)

	all := []string{"jan.csv", "feb.csv", "mar.csv", "apr.csv", "may.csv"}
	_, err = loadAll(all, 3)
	fmt.Println("full batch errors:")
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println("  -", line)
	}
	var numErr *strconv.NumError
	var csvErr *csv.ParseError
	fmt.Printf("has NumError=%t has csv.ParseError=%t\n", errors.As(err, &numErr), errors.As(err, &csvErr))
	if csvErr != nil {
		fmt.Printf("csv error at line %d col %d: %v\n", csvErr.StartLine, csvErr.Column, csvErr.Err)
	}
}
