// Minimal cron expression parser and next-run calculator using fixed reference times.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type field struct {
	name     string
	min, max int
}

var fields = []field{
	{"minute", 0, 59},
	{"hour", 0, 23},
	{"day", 1, 31},
	{"month", 1, 12},
	{"weekday", 0, 6},
}

type Schedule struct {
	expr             string
	sets             [5]map[int]bool
	dayStar, dowStar bool
}

var ErrSyntax = errors.New("cron syntax error")

func parseField(s string, f field) (map[int]bool, error) {
	set := map[int]bool{}
	for _, part := range strings.Split(s, ",") {
		step := 1
		if base, st, ok := strings.Cut(part, "/"); ok {
			n, err := strconv.Atoi(st)
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("%w: %s step %q", ErrSyntax, f.name, st)
			}
			part, step = base, n
		}
		lo, hi := f.min, f.max
		if part != "*" {
			a, b, isRange := strings.Cut(part, "-")
			var err error
			if lo, err = strconv.Atoi(a); err != nil {
				return nil, fmt.Errorf("%w: %s value %q", ErrSyntax, f.name, a)
			}
			hi = lo
			if isRange {
				if hi, err = strconv.Atoi(b); err != nil {
					return nil, fmt.Errorf("%w: %s value %q", ErrSyntax, f.name, b)
				}
			} else if step > 1 {
				hi = f.max
			}
		}
		if lo < f.min || hi > f.max || lo > hi {
			return nil, fmt.Errorf("%w: %s range %d-%d outside %d-%d", ErrSyntax, f.name, lo, hi, f.min, f.max)
		}
		for v := lo; v <= hi; v += step {
			set[v] = true
		}
	}
	return set, nil
}

func Parse(expr string) (*Schedule, error) {
	parts := strings.Fields(expr)
	if len(parts) != 5 {
		return nil, fmt.Errorf("%w: want 5 fields, got %d", ErrSyntax, len(parts))
	}
	s := &Schedule{expr: expr, dayStar: parts[2] == "*", dowStar: parts[4] == "*"}
	for i, p := range parts {
		set, err := parseField(p, fields[i])
		if err != nil {
			return nil, err
		}
		s.sets[i] = set
	}
	return s, nil
}

func (s *Schedule) matches(t time.Time) bool {
	if !s.sets[0][t.Minute()] || !s.sets[1][t.Hour()] || !s.sets[3][int(t.Month())] {
		return false
	}
	dom := s.sets[2][t.Day()]
	dow := s.sets[4][int(t.Weekday())]
	if s.dayStar || s.dowStar {
		return dom && dow
	}
	return dom || dow // classic cron OR semantics
}

// Next returns the first matching minute strictly after t (searching up to ~1 year).
func (s *Schedule) Next(t time.Time) (time.Time, bool) {
	t = t.Truncate(time.Minute).Add(time.Minute)
	limit := t.AddDate(1, 0, 1)
	for t.Before(limit) {
		if !s.sets[3][int(t.Month())] {
			t = time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, t.Location())
			continue
		}
		if s.matches(t) {
			return t, true
		}
		if !s.sets[1][t.Hour()] {
			t = t.Truncate(time.Hour).Add(time.Hour)
			continue
		}
		t = t.Add(time.Minute)
	}
	return time.Time{}, false
}

func main() {
	ref := time.Date(2024, time.January, 30, 22, 47, 13, 0, time.UTC)
	fmt.Println("reference:", ref.Format("Mon 2006-01-02 15:04:05"))
	exprs := []string{
		"*/15 * * * *",
		"0 2 * * *",
		"30 9 * * 1-5",
		"0 0 1 * *",
		"0 12 29 2 *",
		"0 6 13 * 5",
		"5,35 8-10 * 3 *",
		"61 * * * *",
		"* * *",
		"0 0 31 2 *",
	}
	for _, e := range exprs {
		s, err := Parse(e)
		if err != nil {
			fmt.Printf("\n%-16q ERROR %v (syntax=%v)\n", e, err, errors.Is(err, ErrSyntax))
			continue
		}
		fmt.Printf("\n%-16q next runs:", e)
		t := ref
		for i := 0; i < 3; i++ {
			n, ok := s.Next(t)
			if !ok {
				fmt.Print("\n   (no further run within a year)")
				break
			}
			fmt.Printf("\n   %s  (+%v)", n.Format("Mon Jan 02 2006 15:04"), n.Sub(ref).Round(time.Minute))
			t = n
		}
		fmt.Println()
	}
}
