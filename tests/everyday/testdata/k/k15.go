package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

type row struct {
	region  string
	revenue string
	units   string
	targets []float64
}

var ErrRowPanic = errors.New("row processing panicked")

// processRow deliberately uses code that can panic (index out of range,
// integer divide by zero) and converts panics into errors with recover.
func processRow(r row) (out string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: region %s: %v", ErrRowPanic, r.region, p)
		}
	}()
	rev, err := strconv.ParseFloat(r.revenue, 64)
	if err != nil {
		return "", fmt.Errorf("region %s: %w", r.region, err)
	}
	units, err := strconv.Atoi(r.units)
	if err != nil {
		return "", fmt.Errorf("region %s: %w", r.region, err)
	}
	perUnit := int(rev) / units // panics on zero units
	q4 := r.targets[3]          // panics on short target slice
	return fmt.Sprintf("%-8s rev=%9.2f units=%4d per_unit=%4d vs_q4=%+7.1f%%",
		r.region, rev, units, perUnit, (rev/q4-1)*100), nil
}

type cleanup struct{ steps []string }

func (c *cleanup) add(s string) { c.steps = append(c.steps, s) }

func runBatch(rows []row) (report []string, errs []error) {
	c := &cleanup{}
	defer func() {
		// Deferred calls run LIFO; show the order cleanup happened in.
		fmt.Println("cleanup order:", strings.Join(c.steps, " -> "))
	}()
	for i := range 3 {
		defer c.add(fmt.Sprintf("release#%d", i))
	}
	for _, r := range rows {
		line, err := processRow(r)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		report = append(report, line)
	}
	return report, errs
}

func mustPositive(x float64) float64 {
	if x <= 0 {
		panic(fmt.Sprintf("mustPositive: got %v", x))
	}
	return x
}

func safeCall(f func()) (recovered any) {
	defer func() { recovered = recover() }()
	f()
	return nil
}

func main() {
	rows := []row{
		{"north", "125000.50", "410", []float64{100000, 110000, 115000, 120000}},
		{"south", "98000", "0", []float64{90000, 90000, 95000, 97000}},
		{"east", "7x000", "120", nil},
		{"west", "143250.75", "515", []float64{130000, 135000}},
		{"central", "88000", "260", []float64{80000, 82000, 85000, 91000}},
	}
	report, errs := runBatch(rows)
	fmt.Println("\nreport:")
	for _, l := range report {
		fmt.Println("  " + l)
	}
	fmt.Println("\nerrors:")
	for _, e := range errs {
		var ne *strconv.NumError
		kind := "other"
		switch {
		case errors.Is(e, ErrRowPanic):
			kind = "panic"
		case errors.As(e, &ne):
			kind = "parse:" + ne.Func
		}
		fmt.Printf("  [%-16s] %v\n", kind, e)
	}

	fmt.Println("\nsafeCall:")
	fmt.Printf("  %v\n", safeCall(func() { mustPositive(3) }))
	fmt.Printf("  %v\n", safeCall(func() { mustPositive(-1) }))
	r := safeCall(func() {
		var m map[string]int
		m["x"] = 1
	})
	rtErr, isRuntime := r.(runtime.Error)
	fmt.Printf("  %v (runtime.Error: %t)\n", rtErr, isRuntime)
}
