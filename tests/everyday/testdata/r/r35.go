package main

import (
	"errors"
	"fmt"
	"strings"
)

type Roman int

var numerals = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("roman numerals only represent 1..3999")

func (r Roman) String() string {
	n := int(r)
	if n < 1 || n > 3999 {
		return fmt.Sprintf("Roman(%d)", n)
	}
	var b strings.Builder
	for _, nm := range numerals {
		for n >= nm.val {
			b.WriteString(nm.sym)
			n -= nm.val
		}
	}
	return b.String()
}

var symVal = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

// ParseRoman parses leniently, then validates by round-tripping to canonical form.
func ParseRoman(s string) (Roman, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return 0, errors.New("empty numeral")
	}
	total := 0
	for i := range len(s) {
		v, ok := symVal[s[i]]
		if !ok {
			return 0, fmt.Errorf("invalid symbol %q at %d", s[i], i)
		}
		if i+1 < len(s) && v < symVal[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	r := Roman(total)
	if total < 1 || total > 3999 {
		return 0, ErrRange
	}
	if r.String() != s {
		return r, fmt.Errorf("non-canonical %q (did you mean %s?)", s, r)
	}
	return r, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1987, 2024, 3999, 0, 4000} {
		fmt.Printf("%5d -> %v\n", n, Roman(n))
	}
	fmt.Println("parsing:")
	inputs := []string{"MMXXIV", "mcmxcix", "XLII", "IIII", "IC", "VX", "MMMM", "ABC", "  cdxliv ", ""}
	for _, in := range inputs {
		r, err := ParseRoman(in)
		switch {
		case errors.Is(err, ErrRange):
			fmt.Printf("  %-10q out of range\n", in)
		case err != nil:
			fmt.Printf("  %-10q error: %v\n", in, err)
		default:
			fmt.Printf("  %-10q = %d\n", in, int(r))
		}
	}
	// Round trip check across the whole domain.
	bad, longest := 0, Roman(1)
	for n := range 3999 {
		r := Roman(n + 1)
		if p, err := ParseRoman(r.String()); err != nil || p != r {
			bad++
		}
		if len(r.String()) > len(longest.String()) {
			longest = r
		}
	}
	fmt.Printf("round trip failures: %d; longest numeral: %d = %s (%d chars)\n", bad, int(longest), longest, len(longest.String()))
	// Sorting chapter headings written in Roman numerals.
	chapters := []string{"Chapter XII", "Chapter IX", "Chapter III", "Chapter XL", "Chapter IV"}
	type ch struct {
		title string
		n     Roman
	}
	var cs []ch
	for _, c := range chapters {
		r, _ := ParseRoman(strings.Fields(c)[1])
		cs = append(cs, ch{c, r})
	}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[j].n < cs[i].n {
				cs[i], cs[j] = cs[j], cs[i]
			}
		}
	}
	for _, c := range cs {
		fmt.Printf("  %-12s (%d)\n", c.title, c.n)
	}
}
