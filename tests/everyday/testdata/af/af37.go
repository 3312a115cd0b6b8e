package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

type UnitError struct {
	Input string
	Pos   int
	Msg   string
}

func (e *UnitError) Error() string {
	return fmt.Sprintf("%q: %s at offset %d", e.Input, e.Msg, e.Pos)
}

var ErrOverflow = errors.New("value overflows int64")

var durationUnits = map[string]float64{
	"ns": 1, "us": 1e3, "µs": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9, "d": 86400e9, "w": 7 * 86400e9,
}

var sizeUnits = map[string]float64{
	"": 1, "b": 1, "k": 1e3, "kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "tib": 1 << 40,
}

// parseQuantity scans a sequence of <number><unit> terms and sums them.
func parseQuantity(s string, units map[string]float64, fold bool) (float64, error) {
	if s == "" {
		return 0, &UnitError{s, 0, "empty string"}
	}
	total, i, sign := 0.0, 0, 1.0
	if s[0] == '-' {
		sign = -1
	}
	if s[0] == '-' || s[0] == '+' {
		i++
	}
	for i < len(s) {
		start := i
		for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		if start == i {
			return 0, &UnitError{s, i, "expected number"}
		}
		num, err := strconv.ParseFloat(s[start:i], 64)
		if err != nil {
			return 0, &UnitError{s, start, "malformed number " + strconv.Quote(s[start:i])}
		}
		ustart := i
		for i < len(s) && !(s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			i++
		}
		unit := s[ustart:i]
		if fold {
			unit = strings.ToLower(unit)
		}
		mult, ok := units[unit]
		if !ok {
			return 0, &UnitError{s, ustart, "unknown unit " + strconv.Quote(s[ustart:i])}
		}
		total += num * mult
	}
	if math.Abs(total) > math.MaxInt64 {
		return 0, fmt.Errorf("%q: %w", s, ErrOverflow)
	}
	return sign * total, nil
}

func ParseDuration(s string) (time.Duration, error) {
	if s == "0" {
		return 0, nil
	}
	if strings.ContainsAny(s[max(len(s)-1, 0):], "0123456789.") {
		return 0, &UnitError{s, len(s), "missing unit"}
	}
	v, err := parseQuantity(s, durationUnits, false)
	return time.Duration(math.Round(v)), err
}

func ParseSize(s string) (int64, error) {
	v, err := parseQuantity(strings.ReplaceAll(s, " ", ""), sizeUnits, true)
	return int64(math.Round(v)), err
}

func humanSize(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	f, i := float64(n), 0
	for math.Abs(f) >= 1024 && i < len(units)-1 {
		f /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%.2f %s", f, units[i])
}

func main() {
	fmt.Println("durations:")
	for _, s := range []string{"1h30m", "2.5s", "1d2h", "90m", "1w", "-1.5h", "300ms", "1h2m3s4ms5us6ns", "0", "10", "1h30", "3x", "1..5s", "h", "99999999w"} {
		d, err := ParseDuration(s)
		var ue *UnitError
		switch {
		case errors.As(err, &ue):
			fmt.Printf("  %-18s error at %d: %s\n", s, ue.Pos, ue.Msg)
		case errors.Is(err, ErrOverflow):
			fmt.Printf("  %-18s overflow: %v\n", s, err)
		default:
			std, stdErr := time.ParseDuration(s)
			note := "stdlib agrees"
			if stdErr != nil {
				note = "stdlib rejects (unit d/w is an extension)"
			} else if std != d {
				note = "stdlib differs: " + std.String()
			}
			fmt.Printf("  %-18s = %-16v (%d ns) %s\n", s, d, d.Nanoseconds(), note)
		}
	}
	fmt.Println("sizes:")
	for _, s := range []string{"512", "10MiB", "1.5GB", "64k", "2 GiB 512 MiB", "4kib", "1TB", "12 parsecs", "-3KB"} {
		n, err := ParseSize(s)
		if err != nil {
			fmt.Printf("  %-14s error: %v\n", s, err)
			continue
		}
		fmt.Printf("  %-14s = %-14d %s\n", s, n, humanSize(n))
	}
}
