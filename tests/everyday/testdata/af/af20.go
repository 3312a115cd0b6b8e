package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

const (
	windowSize = 255
	minMatch   = 3
	maxMatch   = 18
)

// Token is either a literal byte or a back-reference.
type Token struct {
	Literal byte
	Offset  int // 0 means literal
	Length  int
}

func (t Token) String() string {
	if t.Offset == 0 {
		return fmt.Sprintf("%q", t.Literal)
	}
	return fmt.Sprintf("<%d,%d>", t.Offset, t.Length)
}

func tokenize(src []byte) []Token {
	var toks []Token
	for i := 0; i < len(src); {
		bestLen, bestOff := 0, 0
		for j := max(0, i-windowSize); j < i; j++ {
			n := 0
			for n < maxMatch && i+n < len(src) && src[j+n] == src[i+n] {
				n++ // overlapping matches are allowed (j+n may pass i)
			}
			if n > bestLen {
				bestLen, bestOff = n, i-j
			}
		}
		if bestLen >= minMatch {
			toks = append(toks, Token{Offset: bestOff, Length: bestLen})
			i += bestLen
		} else {
			toks = append(toks, Token{Literal: src[i]})
			i++
		}
	}
	return toks
}

// pack groups tokens 8 at a time behind a flag byte (bit set = match).
// A match is 2 bytes: offset, then length-minMatch.
func pack(toks []Token) []byte {
	var out []byte
	for i := 0; i < len(toks); i += 8 {
		flagPos := len(out)
		out = append(out, 0)
		for k := 0; k < 8 && i+k < len(toks); k++ {
			t := toks[i+k]
			if t.Offset > 0 {
				out[flagPos] |= 1 << k
				out = append(out, byte(t.Offset), byte(t.Length-minMatch))
			} else {
				out = append(out, t.Literal)
			}
		}
	}
	return out
}

var ErrCorrupt = errors.New("lz: corrupt input")

func unpack(data []byte) ([]byte, error) {
	var out []byte
	for i := 0; i < len(data); {
		flags := data[i]
		i++
		for k := 0; k < 8 && i < len(data); k++ {
			if flags&(1<<k) == 0 {
				out = append(out, data[i])
				i++
				continue
			}
			if i+1 >= len(data) {
				return out, fmt.Errorf("%w: truncated match at %d", ErrCorrupt, i)
			}
			off, n := int(data[i]), int(data[i+1])+minMatch
			if off == 0 || off > len(out) {
				return out, fmt.Errorf("%w: offset %d reaches before start (have %d bytes)", ErrCorrupt, off, len(out))
			}
			for m := 0; m < n; m++ {
				out = append(out, out[len(out)-off])
			}
			i += 2
		}
	}
	return out, nil
}

func main() {
	demo := []byte("abracadabra abracadabra!")
	toks := tokenize(demo)
	var parts []string
	for _, t := range toks {
		parts = append(parts, t.String())
	}
	fmt.Println("tokens:", strings.Join(parts, " "))
	fmt.Printf("packed: % x\n", pack(toks))

	inputs := map[string][]byte{
		"demo":       demo,
		"run":        bytes.Repeat([]byte("z"), 100),
		"pattern":    bytes.Repeat([]byte("0123"), 40),
		"prose":      []byte("It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness"),
		"no repeats": []byte("qwertyuiopasdfghjklzxcvbnm"),
		"empty":      {},
	}
	for _, name := range []string{"demo", "run", "pattern", "prose", "no repeats", "empty"} {
		src := inputs[name]
		t := tokenize(src)
		packed := pack(t)
		back, err := unpack(packed)
		matches := 0
		for _, x := range t {
			if x.Offset > 0 {
				matches++
			}
		}
		ratio := 0.0
		if len(src) > 0 {
			ratio = float64(len(packed)) / float64(len(src))
		}
		fmt.Printf("%-10s %4d -> %4d bytes (%.2f) tokens=%-3d matches=%-3d ok=%v err=%v\n",
			name, len(src), len(packed), ratio, len(t), matches, bytes.Equal(back, src), err)
	}

	packed := pack(tokenize([]byte("hello hello hello")))
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"truncated", packed[:len(packed)-1]},
		{"bad offset", []byte{0x01, 9, 0}},
		{"zero offset", []byte{0x02, 'a', 0, 1}},
	} {
		out, err := unpack(c.data)
		fmt.Printf("%-11s -> %q corrupt=%v: %v\n", c.name, out, errors.Is(err, ErrCorrupt), err)
	}
}
