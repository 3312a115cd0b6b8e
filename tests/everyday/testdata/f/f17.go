// f17: parse retention/schedule durations: time.ParseDuration plus day/week units and limits.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

const (
	Day  = 24 * time.Hour
	Week = 7 * Day
)

var ErrOutOfBounds = errors.New("duration out of bounds")

// ParseExtended accepts everything time.ParseDuration does, plus "d" and "w" units
// that may be mixed with standard ones ("1w2d3h").
func ParseExtended(s string) (time.Duration, error) {
	orig := s
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	if s == "" {
		return 0, fmt.Errorf("parse %q: empty duration", orig)
	}
	var total time.Duration
	for s != "" {
		i := strings.IndexFunc(s, func(r rune) bool { return r != '.' && (r < '0' || r > '9') })
		switch {
		case i == 0:
			return 0, fmt.Errorf("parse %q: expected number at %q", orig, s)
		case i < 0:
			return 0, fmt.Errorf("parse %q: missing unit after %q", orig, s)
		}
		j := i + strings.IndexFunc(s[i:], func(r rune) bool { return r == '.' || (r >= '0' && r <= '9') })
		if j < i {
			j = len(s)
		}
		num, unit := s[:i], s[i:j]
		s = s[j:]
		var mult time.Duration
		switch unit {
		case "w":
			mult = Week
		case "d":
			mult = Day
		default:
			d, err := time.ParseDuration(num + unit)
			if err != nil {
				return 0, fmt.Errorf("parse %q: %w", orig, err)
			}
			total += d
			continue
		}
		f, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, fmt.Errorf("parse %q: %w", orig, err)
		}
		if f*float64(mult) > math.MaxInt64 {
			return 0, fmt.Errorf("parse %q: %w: overflow", orig, ErrOutOfBounds)
		}
		total += time.Duration(f * float64(mult))
	}
	if neg {
		total = -total
	}
	return total, nil
}

func Humanize(d time.Duration) string {
	if d == 0 {
		return "0s"
	}
	var parts []string
	if d < 0 {
		parts, d = append(parts, "-"), -d
	}
	for _, u := range []struct {
		name string
		d    time.Duration
	}{{"w", Week}, {"d", Day}, {"h", time.Hour}, {"m", time.Minute}, {"s", time.Second}, {"ms", time.Millisecond}} {
		if n := d / u.d; n > 0 {
			parts = append(parts, fmt.Sprintf("%d%s", n, u.name))
			d -= n * u.d
		}
	}
	return strings.Join(parts, "")
}

type Policy struct{ Min, Max time.Duration }

func (p Policy) Check(name, raw string) (time.Duration, error) {
	d, err := ParseExtended(raw)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	if d < p.Min || d > p.Max {
		return 0, fmt.Errorf("%s: %w: %s not in [%s, %s]", name, ErrOutOfBounds, Humanize(d), Humanize(p.Min), Humanize(p.Max))
	}
	return d, nil
}

func main() {
	inputs := []string{
		"90s", "1h30m", "1.5h", "2d", "1w2d3h4m", "0.5d", "-3d12h", "300ms", "1h1d",
		"", "5", "3 days", "1y", "2dd", "9999999w", "1.2.3h", "-", "1m-2s",
	}
	fmt.Println("== parse")
	for _, in := range inputs {
		d, err := ParseExtended(in)
		if err != nil {
			fmt.Printf("  %-12q error: %v\n", in, err)
			continue
		}
		fmt.Printf("  %-12q %-22v %-12s %.4f hours\n", in, d, Humanize(d), d.Hours())
	}

	fmt.Println("== policy checks")
	retention := Policy{Min: Day, Max: 90 * Day}
	cfg := [][2]string{{"raw", "30d"}, {"staging", "12h"}, {"archive", "13w"}, {"audit", "2w"}, {"tmp", "x"}}
	var errs []error
	for _, kv := range cfg {
		d, err := retention.Check(kv[0], kv[1])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		fmt.Printf("  %-8s keep %s (rounded to hour: %v)\n", kv[0], Humanize(d), d.Round(time.Hour))
	}
	if err := errors.Join(errs...); err != nil {
		fmt.Println("  policy violations:")
		for _, e := range errs {
			fmt.Printf("    - %v [bounds=%t]\n", e, errors.Is(e, ErrOutOfBounds))
		}
	}
}
