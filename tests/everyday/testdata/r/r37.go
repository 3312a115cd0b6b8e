package main

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

type ByteSize float64

var sizeRE = regexp.MustCompile(`(?i)^\s*([0-9]*\.?[0-9]+)\s*([kmgtp]?)(i?)(b?)\s*$`)

func ParseSize(s string) (ByteSize, error) {
	m := sizeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("invalid size %q", s)
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, err
	}
	base := 1000.0
	if m[3] != "" {
		base = 1024
	}
	exp := 0
	if m[2] != "" {
		exp = strings.Index("KMGTP", strings.ToUpper(m[2])) + 1
	}
	return ByteSize(v * math.Pow(base, float64(exp))), nil
}

func (b ByteSize) String() string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB"}
	v, i := float64(b), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%.0f B", v)
	}
	return fmt.Sprintf("%.2f %s", v, units[i])
}

// ParseLongDuration extends time.ParseDuration with d (days) and w (weeks).
func ParseLongDuration(s string) (time.Duration, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if s == "" {
		return 0, errors.New("empty duration")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var total time.Duration
	re := regexp.MustCompile(`^(\d+(?:\.\d+)?)([wd])`)
	for {
		m := re.FindStringSubmatch(s)
		if m == nil {
			break
		}
		n, _ := strconv.ParseFloat(m[1], 64)
		unit := 24 * time.Hour
		if m[2] == "w" {
			unit *= 7
		}
		total += time.Duration(n * float64(unit))
		s = s[len(m[0]):]
	}
	if s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			return 0, err
		}
		total += d
	}
	if neg {
		total = -total
	}
	return total, nil
}

func FormatLong(d time.Duration) string {
	if d == 0 {
		return "0s"
	}
	var parts []string
	for _, u := range []struct {
		d    time.Duration
		name string
	}{{7 * 24 * time.Hour, "w"}, {24 * time.Hour, "d"}, {time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}} {
		if n := d / u.d; n > 0 {
			parts = append(parts, fmt.Sprintf("%d%s", n, u.name))
			d -= n * u.d
		}
	}
	if d > 0 {
		parts = append(parts, d.String())
	}
	return strings.Join(parts, "")
}

func main() {
	fmt.Println("sizes:")
	for _, s := range []string{"512", "10KB", "10KiB", "1.5 GiB", "2tb", "0.25M", ".5k", "3 PB", "12 XB", "-4KB", "7.2.1MB"} {
		b, err := ParseSize(s)
		if err != nil {
			fmt.Printf("  %-10q error: %v\n", s, err)
			continue
		}
		fmt.Printf("  %-10q = %20.0f bytes = %s\n", s, float64(b), b)
	}
	fmt.Println("durations:")
	for _, s := range []string{"90m", "1h30m", "2d", "1w2d3h", "1.5d", "3d 4h 5m 6s", "-2d12h", "250ms", "1w500ms", "5x", "d"} {
		d, err := ParseLongDuration(s)
		if err != nil {
			fmt.Printf("  %-13q error: %v\n", s, err)
			continue
		}
		fmt.Printf("  %-13q = %-14v hours=%-8.2f long=%s\n", s, d, d.Hours(), FormatLong(max(d, -d)))
	}
	quota, _ := ParseSize("50GiB")
	used, _ := ParseSize("37.3 GiB")
	fmt.Printf("quota %s, used %s (%.1f%%), free %s\n", quota, used, 100*float64(used/quota), quota-used)
}
