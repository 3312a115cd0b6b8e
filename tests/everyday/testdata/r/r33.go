package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Run struct {
	Char  rune
	Count int
}

type Codec interface {
	Encode(string) string
	Decode(string) (string, error)
}

func runs(s string) []Run {
	var out []Run
	for _, r := range s {
		if n := len(out); n > 0 && out[n-1].Char == r {
			out[n-1].Count++
		} else {
			out = append(out, Run{r, 1})
		}
	}
	return out
}

// CountPrefix encodes as "3a2b1c".
type CountPrefix struct{}

func (CountPrefix) Encode(s string) string {
	var b strings.Builder
	for _, r := range runs(s) {
		b.WriteString(strconv.Itoa(r.Count))
		b.WriteRune(r.Char)
	}
	return b.String()
}

func (CountPrefix) Decode(s string) (string, error) {
	var b strings.Builder
	var digits strings.Builder
	for i, r := range s {
		if unicode.IsDigit(r) {
			digits.WriteRune(r)
			continue
		}
		n, err := strconv.Atoi(digits.String())
		if err != nil || n == 0 {
			return "", fmt.Errorf("missing count before %q at byte %d", r, i)
		}
		b.WriteString(strings.Repeat(string(r), n))
		digits.Reset()
	}
	if digits.Len() != 0 {
		return "", errors.New("dangling count at end of input")
	}
	return b.String(), nil
}

// Compact only emits counts for runs >= Min, e.g. "aaab" -> "#3ab"; '#' itself is always escaped.
type Compact struct{ Min int }

func (c Compact) Encode(s string) string {
	var b strings.Builder
	for _, r := range runs(s) {
		if r.Count >= c.Min || r.Char == '#' {
			fmt.Fprintf(&b, "#%d%c", r.Count, r.Char)
		} else {
			b.WriteString(strings.Repeat(string(r.Char), r.Count))
		}
	}
	return b.String()
}

func (c Compact) Decode(s string) (string, error) {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '#' {
			b.WriteRune(rs[i])
			continue
		}
		j := i + 1
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			j++
		}
		if j == i+1 || j >= len(rs) {
			return "", fmt.Errorf("bad escape at rune %d", i)
		}
		n, _ := strconv.Atoi(string(rs[i+1 : j]))
		b.WriteString(strings.Repeat(string(rs[j]), n))
		i = j
	}
	return b.String(), nil
}

func main() {
	inputs := []string{"aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "ééé🙂🙂x", "a##b", "112233"}
	codecs := []struct {
		name string
		c    Codec
	}{{"prefix", CountPrefix{}}, {"compact3", Compact{3}}}
	for _, in := range inputs {
		fmt.Printf("input %q (%d runes)\n", in, len([]rune(in)))
		for _, cd := range codecs {
			enc := cd.c.Encode(in)
			dec, err := cd.c.Decode(enc)
			ratio := 0.0
			if len(in) > 0 {
				ratio = float64(len(enc)) / float64(len(in))
			}
			status := "ok"
			if err != nil {
				status = "ERR " + err.Error()
			} else if dec != in {
				status = fmt.Sprintf("MISMATCH got %q", dec)
			}
			fmt.Printf("  %-8s %-40q ratio=%.2f %s\n", cd.name, enc, ratio, status)
		}
	}
	for _, bad := range []string{"3a2", "a3b", "12x0", "0a"} {
		_, err := CountPrefix{}.Decode(bad)
		fmt.Printf("decode %q: %v\n", bad, err)
	}
	_, err := Compact{3}.Decode("ab#")
	fmt.Println("compact decode \"ab#\":", err)
}
