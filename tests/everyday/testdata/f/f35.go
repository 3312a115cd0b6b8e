// f35: a capped multi-error collector implementing Unwrap() []error, plus an error-tree printer.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// Errors collects up to Max errors and counts the rest.
type Errors struct {
	Context string
	Max     int
	list    []error
	dropped int
}

func (e *Errors) Add(err error) {
	if err == nil {
		return
	}
	if len(e.list) >= e.Max {
		e.dropped++
		return
	}
	e.list = append(e.list, err)
}

func (e *Errors) Addf(format string, a ...any) { e.Add(fmt.Errorf(format, a...)) }

// Err returns nil for an empty collector, so callers can `return errs.Err()`.
func (e *Errors) Err() error {
	if len(e.list) == 0 {
		return nil
	}
	return e
}

func (e *Errors) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d error(s)", e.Context, len(e.list)+e.dropped)
	for _, err := range e.list {
		b.WriteString("\n  * " + strings.ReplaceAll(err.Error(), "\n", "\n    "))
	}
	if e.dropped > 0 {
		fmt.Fprintf(&b, "\n  ... and %d more", e.dropped)
	}
	return b.String()
}

func (e *Errors) Unwrap() []error { return e.list }

var ErrDeprecated = errors.New("deprecated option")

func checkStage(name string, opts map[string]string) error {
	errs := &Errors{Context: "stage " + name, Max: 3}
	if _, err := strconv.Atoi(opts["parallelism"]); err != nil {
		errs.Addf("parallelism: %w", err)
	}
	if v, ok := opts["legacy_mode"]; ok {
		errs.Addf("legacy_mode=%s: %w", v, ErrDeprecated)
	}
	if p := opts["input"]; !strings.HasPrefix(p, "/") {
		errs.Add(&fs.PathError{Op: "resolve", Path: p, Err: fs.ErrInvalid})
	}
	for _, k := range []string{"a", "b", "c", "d"} {
		if opts["flag_"+k] == "?" {
			errs.Addf("flag_%s: undecided", k)
		}
	}
	return errs.Err()
}

// printTree walks both single (Unwrap() error) and multi (Unwrap() []error) wrappers.
func printTree(err error, depth int) {
	first, _, _ := strings.Cut(err.Error(), "\n")
	fmt.Printf("%s- %T: %s\n", strings.Repeat("  ", depth), err, first)
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		for _, child := range u.Unwrap() {
			printTree(child, depth+1)
		}
	case interface{ Unwrap() error }:
		if child := u.Unwrap(); child != nil {
			printTree(child, depth+1)
		}
	}
}

func main() {
	pipeline := &Errors{Context: "pipeline nightly", Max: 10}
	stages := []struct {
		name string
		opts map[string]string
	}{
		{"extract", map[string]string{"parallelism": "4", "input": "/data/raw"}},
		{"transform", map[string]string{"parallelism": "four", "input": "data/tmp", "legacy_mode": "on"}},
		{"load", map[string]string{"parallelism": "99999999999999999999", "input": "/dw",
			"flag_a": "?", "flag_b": "?", "flag_c": "?", "flag_d": "?"}},
	}
	for _, s := range stages {
		pipeline.Add(checkStage(s.name, s.opts))
	}
	err := pipeline.Err()
	fmt.Println(err)
	fmt.Println()
	printTree(err, 0)
	fmt.Println()
	fmt.Println("Is ErrDeprecated:", errors.Is(err, ErrDeprecated))
	fmt.Println("Is fs.ErrInvalid:", errors.Is(err, fs.ErrInvalid))
	fmt.Println("Is strconv.ErrRange:", errors.Is(err, strconv.ErrRange))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("first NumError: %s(%q) -> %v\n", ne.Func, ne.Num, ne.Err)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("PathError: op=%s path=%s\n", pe.Op, pe.Path)
	}
	clean := &Errors{Context: "empty", Max: 1}
	fmt.Printf("empty collector Err() == nil: %t\n", clean.Err() == nil)
}
