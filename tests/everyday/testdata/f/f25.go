// f25: strconv.ParseFloat/FormatFloat edge cases and a tolerant numeric-cell parser.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type cellError struct {
	cell   string
	reason string
	err    error
}

func (e *cellError) Error() string {
	if e.err != nil {
		return fmt.Sprintf("cell %q: %s: %v", e.cell, e.reason, e.err)
	}
	return fmt.Sprintf("cell %q: %s", e.cell, e.reason)
}
func (e *cellError) Unwrap() error { return e.err }

// parseCell accepts spreadsheet-ish numbers: thousands separators, percent,
// parenthesised negatives, and a trailing currency code. It rejects NaN/Inf.
func parseCell(raw string) (float64, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return 0, &cellError{raw, "empty", nil}
	}
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, s[1:len(s)-1]
	}
	if f := strings.Fields(s); len(f) == 2 && len(f[1]) == 3 && strings.ToUpper(f[1]) == f[1] {
		s = f[0] // "1,200.50 EUR"
	}
	scale := 1.0
	if strings.HasSuffix(s, "%") {
		s, scale = strings.TrimSuffix(s, "%"), 0.01
	}
	if strings.Count(s, ",") > 0 {
		if strings.Contains(s, "_") {
			return 0, &cellError{raw, "mixed separators", nil}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return v, &cellError{raw, "not a number", err}
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, &cellError{raw, "non-finite value not allowed", nil}
	}
	if neg {
		v = -v
	}
	return v * scale, nil
}

func main() {
	fmt.Println("== raw strconv.ParseFloat")
	for _, s := range []string{
		"3.14", "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "0x1p-2", "0x1.8p1", "1_000.5",
		"inf", "-Infinity", "NaN", "nan(0x1)", ".5", "5.", "+.e1", "1e", "0x10", "١٢٣",
	} {
		v64, err64 := strconv.ParseFloat(s, 64)
		v32, err32 := strconv.ParseFloat(s, 32)
		status := "ok"
		var ne *strconv.NumError
		if errors.As(err64, &ne) {
			status = ne.Err.Error()
		}
		f32note := ""
		if err64 == nil && err32 != nil {
			f32note = " (overflows float32)"
		} else if err32 == nil && v32 != v64 && !math.IsNaN(v64) {
			f32note = fmt.Sprintf(" (as float32: %s)", strconv.FormatFloat(v32, 'g', -1, 64))
		}
		fmt.Printf("  %-12q -> %-24s %s%s\n", s, strconv.FormatFloat(v64, 'g', -1, 64), status, f32note)
	}

	fmt.Println("== FormatFloat formats for 1234.5678")
	for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x'} {
		fmt.Printf("  %c: prec=-1 %-28s prec=2 %s\n", f, strconv.FormatFloat(1234.5678, f, -1, 64), strconv.FormatFloat(1234.5678, f, 2, 64))
	}
	a, b := 0.1, 0.2 // variables: constant arithmetic would be exact
	fmt.Println("  0.1+0.2 =", strconv.FormatFloat(a+b, 'g', -1, 64), "| prec 3:", strconv.FormatFloat(a+b, 'g', 3, 64))

	fmt.Println("== spreadsheet cells")
	var sum float64
	var bad []error
	for _, c := range []string{"1,200.50 EUR", "(350)", "12.5%", " 42 ", "1_000", "1,000_000", "N/A", "", "NaN", "-0", "1e3"} {
		v, err := parseCell(c)
		if err != nil {
			bad = append(bad, err)
			continue
		}
		sum += v
		fmt.Printf("  %-14q = %g\n", c, v)
	}
	fmt.Printf("  sum = %.3f\n", sum)
	for _, e := range bad {
		fmt.Println("  rejected:", e, "| syntax:", errors.Is(e, strconv.ErrSyntax))
	}
}
