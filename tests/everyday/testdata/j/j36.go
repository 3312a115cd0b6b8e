// Command j36 converts between integers, Roman numerals and English words,
// with table-driven round-trip checks and descriptive parse errors.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var romanTable = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range 1..3999")

func ToRoman(n int) (string, error) {
	if n < 1 || n > 3999 {
		return "", fmt.Errorf("roman %d: %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, e := range romanTable {
		for n >= e.val {
			sb.WriteString(e.sym)
			n -= e.val
		}
	}
	return sb.String(), nil
}

type SyntaxError struct {
	Input string
	Pos   int
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid roman numeral %q at position %d", e.Input, e.Pos)
}

// FromRoman parses greedily, then verifies canonical form by re-encoding.
func FromRoman(s string) (int, error) {
	s = strings.ToUpper(s)
	n, i := 0, 0
	for _, e := range romanTable {
		for strings.HasPrefix(s[i:], e.sym) {
			n += e.val
			i += len(e.sym)
		}
	}
	if i != len(s) || n == 0 {
		return 0, &SyntaxError{s, i}
	}
	if canon, _ := ToRoman(n); canon != s {
		return 0, &SyntaxError{s, len(commonPrefix(canon, s))}
	}
	return n, nil
}

func commonPrefix(a, b string) string {
	i := 0
	for i < min(len(a), len(b)) && a[i] == b[i] {
		i++
	}
	return a[:i]
}

var ones = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = [...]string{2: "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func Words(n int) string {
	switch {
	case n < 0:
		return "minus " + Words(-n)
	case n < 20:
		return ones[n]
	case n < 100:
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + ones[n%10]
	case n < 1000:
		if n%100 == 0 {
			return ones[n/100] + " hundred"
		}
		return ones[n/100] + " hundred and " + Words(n%100)
	}
	if n%1000 == 0 {
		return Words(n/1000) + " thousand"
	}
	sep := ", "
	if n%1000 < 100 {
		sep = " and "
	}
	return Words(n/1000) + " thousand" + sep + Words(n%1000)
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Printf("%5d  error: %v (ErrRange=%t)\n", n, err, errors.Is(err, ErrRange))
			continue
		}
		back, _ := FromRoman(r)
		fmt.Printf("%5d  %-10s round-trip=%-5t %s\n", n, r, back == n, Words(n))
	}
	fmt.Println()
	for _, s := range []string{"mmxxvi", "XLII", "IIII", "IC", "VX", "MCMXCIV", "ABC", ""} {
		n, err := FromRoman(s)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-8q syntax error at %d: %v\n", s, se.Pos, err)
			continue
		}
		fmt.Printf("%-8q = %d\n", s, n)
	}
	fmt.Println(Words(-17), "|", Words(100100), "|", Words(7005))
}
