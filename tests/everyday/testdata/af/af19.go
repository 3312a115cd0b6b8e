package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// PackBits: header n in [0,127] => n+1 literal bytes follow;
// n in [-127,-1] => next byte repeated 1-n times; -128 is a no-op.
func packBits(src []byte) []byte {
	var out []byte
	for i := 0; i < len(src); {
		run := 1
		for i+run < len(src) && src[i+run] == src[i] && run < 128 {
			run++
		}
		if run >= 3 {
			out = append(out, byte(int8(1-run)), src[i])
			i += run
			continue
		}
		j := i
		for j < len(src) && j-i < 128 {
			if j+2 < len(src) && src[j] == src[j+1] && src[j] == src[j+2] {
				break
			}
			j++
		}
		out = append(out, byte(j-i-1))
		out = append(out, src[i:j]...)
		i = j
	}
	return out
}

var ErrCorrupt = errors.New("corrupt packbits stream")

func unpackBits(src []byte) ([]byte, error) {
	var out []byte
	for i := 0; i < len(src); {
		n := int(int8(src[i]))
		i++
		switch {
		case n >= 0:
			if i+n+1 > len(src) {
				return out, fmt.Errorf("%w: literal run of %d at %d overruns input", ErrCorrupt, n+1, i-1)
			}
			out = append(out, src[i:i+n+1]...)
			i += n + 1
		case n == -128:
		default:
			if i >= len(src) {
				return out, fmt.Errorf("%w: missing repeat byte at %d", ErrCorrupt, i)
			}
			out = append(out, bytes.Repeat(src[i:i+1], 1-n)...)
			i++
		}
	}
	return out, nil
}

// textRLE encodes "aaab" as "3ab"; counts of 1 are omitted.
func textRLE(s string) string {
	var b strings.Builder
	r := []rune(s)
	for i := 0; i < len(r); {
		j := i
		for j < len(r) && r[j] == r[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		b.WriteRune(r[i])
		i = j
	}
	return b.String()
}

type SyntaxError struct {
	Col int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("col %d: %s", e.Col, e.Msg) }

func textUnRLE(s string) (string, error) {
	var b strings.Builder
	count := 0
	for i, r := range []rune(s) {
		switch {
		case unicode.IsDigit(r):
			if count == 0 && r == '0' {
				return "", &SyntaxError{i + 1, "count may not start with 0"}
			}
			count = count*10 + int(r-'0')
			if count > 1000 {
				return "", &SyntaxError{i + 1, "run too long"}
			}
		default:
			b.WriteString(strings.Repeat(string(r), max(count, 1)))
			count = 0
		}
	}
	if count > 0 {
		return "", &SyntaxError{len([]rune(s)), "dangling count"}
	}
	return b.String(), nil
}

func main() {
	samples := [][]byte{
		[]byte("AAAAAAAAAABBBCDDDDDDDDEEF"),
		[]byte("abcdefgh"),
		bytes.Repeat([]byte{0}, 300),
		{0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0xAA, 0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0x22, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA},
		[]byte("xxyyxxyy"),
		{},
	}
	for _, s := range samples {
		p := packBits(s)
		back, err := unpackBits(p)
		shown := p
		if len(shown) > 16 {
			shown = shown[:16]
		}
		fmt.Printf("packbits %3d -> %3d bytes ok=%-5v err=%v head=% x\n", len(s), len(p), bytes.Equal(back, s), err, shown)
	}
	for _, bad := range [][]byte{{0x05, 'a', 'b'}, {0xFD}, {0x80, 0x80, 0xFE, 'z'}} {
		out, err := unpackBits(bad)
		fmt.Printf("unpack % x -> %q corrupt=%v (%v)\n", bad, out, errors.Is(err, ErrCorrupt), err)
	}
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "héééllo", "x"} {
		enc := textRLE(s)
		dec, err := textUnRLE(enc)
		fmt.Printf("text %-14q... -> %-24q ratio=%.2f round=%v %v\n", s[:min(len(s), 12)], enc, float64(len(enc))/float64(len(s)), dec == s, err)
	}
	for _, s := range []string{"3a2b", "12x", "a0b", "05q", "4", "2000z"} {
		out, err := textUnRLE(s)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("decode %-6q -> syntax error at col %d: %s\n", s, se.Col, se.Msg)
		} else {
			fmt.Printf("decode %-6q -> %q\n", s, out)
		}
	}
}
