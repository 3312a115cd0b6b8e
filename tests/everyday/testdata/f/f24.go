// f24: cron expression parsing/validation with ranges, steps and names; next-run computation.
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
	names    []string // optional symbolic names, index == value - min
}

var fields = []field{
	{"minute", 0, 59, nil},
	{"hour", 0, 23, nil},
	{"day-of-month", 1, 31, nil},
	{"month", 1, 12, strings.Fields("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC")},
	{"day-of-week", 0, 6, strings.Fields("SUN MON TUE WED THU FRI SAT")},
}

type Schedule [5]uint64 // bit i set => value i allowed

func (f field) value(s string) (int, error) {
	for i, n := range f.names {
		if strings.EqualFold(s, n) {
			return f.min + i, nil
		}
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a number or name", s)
	}
	if v < f.min || v > f.max {
		return 0, fmt.Errorf("%d out of range %d-%d", v, f.min, f.max)
	}
	return v, nil
}

func (f field) parse(expr string) (bits uint64, err error) {
	for part := range strings.SplitSeq(expr, ",") {
		rng, stepStr, hasStep := strings.Cut(part, "/")
		step := 1
		if hasStep {
			if step, err = strconv.Atoi(stepStr); err != nil || step <= 0 {
				return 0, fmt.Errorf("bad step %q", stepStr)
			}
		}
		lo, hi := f.min, f.max
		switch {
		case rng == "*":
		case strings.Contains(rng, "-"):
			a, b, _ := strings.Cut(rng, "-")
			if lo, err = f.value(a); err == nil {
				hi, err = f.value(b)
			}
			if err == nil && lo > hi {
				err = fmt.Errorf("range %s is reversed", rng)
			}
		default:
			if lo, err = f.value(rng); err == nil && !hasStep {
				hi = lo
			}
		}
		if err != nil {
			return 0, err
		}
		for v := lo; v <= hi; v += step {
			bits |= 1 << v
		}
	}
	return bits, nil
}

func Parse(spec string) (Schedule, error) {
	var s Schedule
	parts := strings.Fields(spec)
	if len(parts) != len(fields) {
		return s, fmt.Errorf("cron %q: expected 5 fields, got %d", spec, len(parts))
	}
	var errs []error
	for i, f := range fields {
		bits, err := f.parse(parts[i])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s field %q: %w", f.name, parts[i], err))
		}
		s[i] = bits
	}
	if err := errors.Join(errs...); err != nil {
		return s, fmt.Errorf("cron %q:\n%w", spec, err)
	}
	return s, nil
}

func (s Schedule) Match(t time.Time) bool {
	vals := []int{t.Minute(), t.Hour(), t.Day(), int(t.Month()), int(t.Weekday())}
	for i, v := range vals {
		if s[i]&(1<<v) == 0 {
			return false
		}
	}
	return true
}

func (s Schedule) Next(after time.Time, n int) []time.Time {
	var out []time.Time
	t := after.Truncate(time.Minute).Add(time.Minute)
	for limit := 0; len(out) < n && limit < 366*24*60; limit++ {
		if s.Match(t) {
			out = append(out, t)
		}
		t = t.Add(time.Minute)
	}
	return out
}

func main() {
	start := time.Date(2024, time.February, 27, 22, 47, 0, 0, time.UTC)
	specs := []string{
		"*/15 * * * *", "30 2 * * MON-FRI", "0 0 29 FEB *", "0 9-17/4 1,15 * *", "5 4 * JAN,jul sun",
		"60 * * * *", "* * * *", "0 0 * * 7", "*/0 * * * *", "0 22-20 * * *", "x 1 32 13 FUNDAY",
	}
	for _, spec := range specs {
		s, err := Parse(spec)
		if err != nil {
			fmt.Println("INVALID", strings.ReplaceAll(err.Error(), "\n", "\n   - "))
			continue
		}
		fmt.Printf("%-20s next:", spec)
		for _, t := range s.Next(start, 3) {
			fmt.Print(" ", t.Format("Mon 01-02 15:04"))
		}
		fmt.Println()
	}
}
