// f31: parse human byte sizes ("1.5GiB", "512k", "10 MB") into uint64 with overflow detection.
package main

import (
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
)

var ErrOverflow = errors.New("size overflows uint64")

type SizeError struct {
	Input string
	Err   error
}

func (e *SizeError) Error() string { return fmt.Sprintf("parse size %q: %v", e.Input, e.Err) }
func (e *SizeError) Unwrap() error { return e.Err }

var units = map[string]uint64{
	"": 1, "b": 1,
	"k": 1 << 10, "kb": 1e3, "kib": 1 << 10,
	"m": 1 << 20, "mb": 1e6, "mib": 1 << 20,
	"g": 1 << 30, "gb": 1e9, "gib": 1 << 30,
	"t": 1 << 40, "tb": 1e12, "tib": 1 << 40,
	"p": 1 << 50, "pb": 1e15, "pib": 1 << 50,
	"e": 1 << 60, "eb": 1e18, "eib": 1 << 60,
}

func ParseSize(s string) (uint64, error) {
	fail := func(err error) (uint64, error) { return 0, &SizeError{s, err} }
	t := strings.TrimSpace(s)
	i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != '_' })
	if i < 0 {
		i = len(t)
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	if num == "" {
		return fail(errors.New("missing number"))
	}
	mult, ok := units[unit]
	if !ok {
		return fail(fmt.Errorf("unknown unit %q", t[i:]))
	}
	whole, frac, hasFrac := strings.Cut(num, ".")
	w, err := strconv.ParseUint(strings.ReplaceAll(whole, "_", ""), 10, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return fail(ErrOverflow)
		}
		return fail(err)
	}
	hi, total := bits.Mul64(w, mult)
	if hi != 0 {
		return fail(ErrOverflow)
	}
	if hasFrac {
		if frac == "" || len(frac) > 9 {
			return fail(fmt.Errorf("fraction %q must have 1-9 digits", frac))
		}
		f, err := strconv.ParseUint(frac, 10, 64)
		if err != nil {
			return fail(err)
		}
		scale := uint64(1)
		for range len(frac) {
			scale *= 10
		}
		// frac*mult/scale using 128-bit intermediate to stay exact.
		fh, fl := bits.Mul64(f, mult)
		part, _ := bits.Div64(fh, fl, scale)
		var carry uint64
		if total, carry = bits.Add64(total, part, 0); carry != 0 {
			return fail(ErrOverflow)
		}
	}
	return total, nil
}

func FormatIEC(n uint64) string {
	const suffixes = "KMGTPE"
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(1024), 0
	for m := n / 1024; m >= 1024; m /= 1024 {
		div *= 1024
		exp++
	}
	return fmt.Sprintf("%.2f %ciB", float64(n)/float64(div), suffixes[exp])
}

func main() {
	inputs := []string{
		"0", "512", "1k", "1KB", "1KiB", "1.5GiB", "1.5 GB", "10 mb", "2.25T", "0.001k",
		"16EiB", "15.99EiB", "18446744073709551615", "18446744073709551616", "1_000_000",
		"", "MB", "12 parsecs", "1.", "1.2.3M", "-5M", "1.1234567891G",
	}
	var total uint64
	for _, in := range inputs {
		n, err := ParseSize(in)
		var se *SizeError
		switch {
		case errors.Is(err, ErrOverflow):
			fmt.Printf("%-24q OVERFLOW\n", in)
		case errors.As(err, &se):
			fmt.Printf("%-24q error: %v\n", in, se.Err)
		default:
			fmt.Printf("%-24q = %-22d %s\n", in, n, FormatIEC(n))
			if t, c := bits.Add64(total, n, 0); c == 0 {
				total = t
			}
		}
	}
	fmt.Println("sum of valid sizes (additions that would overflow skipped):", total, FormatIEC(total))
}
