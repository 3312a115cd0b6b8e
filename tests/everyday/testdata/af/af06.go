package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type field struct {
	name     string
	min, max int
	names    []string
}

var fields = []field{
	{"minute", 0, 59, nil},
	{"hour", 0, 23, nil},
	{"day-of-month", 1, 31, nil},
	{"month", 1, 12, []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}},
	{"day-of-week", 0, 6, []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}},
}

type CronError struct {
	Field string
	Part  string
	Msg   string
}

func (e *CronError) Error() string {
	return fmt.Sprintf("%s field %q: %s", e.Field, e.Part, e.Msg)
}

// Schedule holds one bitset per field.
type Schedule [5]uint64

func (f field) value(s string) (int, error) {
	for i, n := range f.names {
		if strings.EqualFold(s, n) {
			return i + f.min, nil
		}
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("not a number")
	}
	if v < f.min || v > f.max {
		return 0, fmt.Errorf("%d out of range %d-%d", v, f.min, f.max)
	}
	return v, nil
}

func (f field) parse(spec string) (uint64, error) {
	var bits uint64
	for _, part := range strings.Split(spec, ",") {
		rng, stepStr, hasStep := strings.Cut(part, "/")
		step := 1
		if hasStep {
			n, err := strconv.Atoi(stepStr)
			if err != nil || n <= 0 {
				return 0, &CronError{f.name, part, "bad step"}
			}
			step = n
		}
		lo, hi := f.min, f.max
		if rng != "*" {
			a, b, isRange := strings.Cut(rng, "-")
			var err error
			if lo, err = f.value(a); err != nil {
				return 0, &CronError{f.name, part, err.Error()}
			}
			hi = lo
			if isRange {
				if hi, err = f.value(b); err != nil {
					return 0, &CronError{f.name, part, err.Error()}
				}
			} else if hasStep {
				hi = f.max
			}
			if hi < lo {
				return 0, &CronError{f.name, part, "range is backwards"}
			}
		}
		for v := lo; v <= hi; v += step {
			bits |= 1 << uint(v)
		}
	}
	return bits, nil
}

func Parse(expr string) (Schedule, error) {
	var s Schedule
	macros := map[string]string{"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * sun", "@monthly": "0 0 1 * *"}
	if m, ok := macros[expr]; ok {
		expr = m
	}
	parts := strings.Fields(expr)
	if len(parts) != 5 {
		return s, fmt.Errorf("expected 5 fields, got %d", len(parts))
	}
	for i, p := range parts {
		bits, err := fields[i].parse(p)
		if err != nil {
			return s, err
		}
		s[i] = bits
	}
	return s, nil
}

func (s Schedule) has(i, v int) bool { return s[i]&(1<<uint(v)) != 0 }

// Next returns the first n activation times strictly after t.
func (s Schedule) Next(t time.Time, n int) []time.Time {
	var out []time.Time
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	for d := 0; d < 366*4 && len(out) < n; d++ {
		cur := day.AddDate(0, 0, d)
		if !s.has(2, cur.Day()) || !s.has(3, int(cur.Month())) || !s.has(4, int(cur.Weekday())) {
			continue
		}
		for h := 0; h < 24 && len(out) < n; h++ {
			for m := 0; m < 60 && len(out) < n; m++ {
				if s.has(1, h) && s.has(0, m) {
					if at := cur.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute); at.After(t) {
						out = append(out, at)
					}
				}
			}
		}
	}
	return out
}

func main() {
	start := time.Date(2024, time.February, 27, 22, 50, 0, 0, time.UTC)
	fmt.Println("start:", start.Format("Mon 2006-01-02 15:04"))
	exprs := []string{
		"*/20 23 * * *",
		"30 9 * * mon-fri",
		"0 0 29 feb *",
		"15 8,12-13 1 * *",
		"@weekly",
		"5/15 * * * *",
		"0 0 31 4 *",
		"61 * * * *",
		"* * * *",
		"0 12 * jan-foo *",
		"*/0 * * * *",
		"0 5-2 * * *",
	}
	for _, e := range exprs {
		s, err := Parse(e)
		if err != nil {
			fmt.Printf("%-18s error: %v\n", e, err)
			continue
		}
		var ts []string
		for _, t := range s.Next(start, 3) {
			ts = append(ts, t.Format("Mon Jan 2 15:04 2006"))
		}
		if len(ts) == 0 {
			ts = []string{"never"}
		}
		fmt.Printf("%-18s %s\n", e, strings.Join(ts, " | "))
	}
}
