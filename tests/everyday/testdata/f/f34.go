// f34: inspect incoming text for UTF-8 problems: invalid bytes, BOMs, mojibake, Latin-1 fallback.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Report struct {
	Bytes, Runes int
	Invalid      []int // byte offsets of invalid sequences
	HadBOM       bool
	Mojibake     bool
	Controls     int
}

var bom = []byte{0xEF, 0xBB, 0xBF}

func inspect(b []byte) (Report, []byte) {
	r := Report{Bytes: len(b)}
	if bytes.HasPrefix(b, bom) {
		r.HadBOM, b = true, b[len(bom):]
	}
	for off := 0; off < len(b); {
		ru, size := utf8.DecodeRune(b[off:])
		if ru == utf8.RuneError && size <= 1 {
			r.Invalid = append(r.Invalid, off)
		} else if unicode.IsControl(ru) && ru != '\n' && ru != '\t' {
			r.Controls++
		}
		r.Runes++
		off += max(size, 1)
	}
	// "Ã" or "Â" followed by a Latin-1 supplement char is the classic double-encoding sign.
	s := string(b)
	for _, pat := range []string{"Ã©", "Ã¨", "Ã¼", "Ã¶", "Ã¤", "â€™", "Â "} {
		if strings.Contains(s, pat) {
			r.Mojibake = true
		}
	}
	return r, b
}

// latin1ToUTF8 reinterprets every byte as a code point (ISO-8859-1).
func latin1ToUTF8(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs)
}

// looksLatin1: every invalid byte is a Latin-1 letter/symbol standing alone between ASCII.
func looksLatin1(b []byte, invalid []int) bool {
	for _, off := range invalid {
		if b[off] < 0xA0 || (off+1 < len(b) && b[off+1] >= utf8.RuneSelf) {
			return false
		}
	}
	return true
}

// fixMojibake reverses one round of UTF-8-read-as-Latin-1, if the result is valid.
func fixMojibake(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFF {
			if r == '€' || r == '™' { // Windows-1252 extras seen in "â€™"
				out = append(out, map[rune]byte{'€': 0x80, '™': 0x99}[r])
				continue
			}
			return s, false
		}
		out = append(out, byte(r))
	}
	if !utf8.Valid(out) {
		return s, false
	}
	return string(out), true
}

func main() {
	samples := []struct {
		name string
		data []byte
	}{
		{"clean", []byte("Grüße aus Köln ✓")},
		{"bom", append(append([]byte{}, bom...), "id,name\n1,Zoë"...)},
		{"latin1", []byte{'c', 'a', 'f', 0xE9, ' ', 'n', 0xE4, 'h', 'e'}},
		{"truncated", []byte("emoji 😀")[:9]},
		{"overlong", []byte{'a', 0xC0, 0xAF, 'b'}},
		{"surrogate", []byte{'x', 0xED, 0xA0, 0x80, 'y'}},
		{"mojibake", []byte("CafÃ© dâ€™Ã©tÃ©")},
		{"controls", []byte("tab\tok\x1b[31mred\x1b[0m\x00")},
	}
	for _, s := range samples {
		r, body := inspect(s.data)
		fmt.Printf("%-10s bytes=%-3d runes=%-3d valid=%-5t bom=%-5t invalid_at=%v controls=%d mojibake=%t\n",
			s.name, r.Bytes, r.Runes, len(r.Invalid) == 0, r.HadBOM, r.Invalid, r.Controls, r.Mojibake)
		switch {
		case r.Mojibake:
			fixed, ok := fixMojibake(string(body))
			fmt.Printf("%12s repaired=%t -> %q\n", "", ok, fixed)
		case len(r.Invalid) > 0 && looksLatin1(body, r.Invalid):
			fmt.Printf("%12s as latin-1 -> %q\n", "", latin1ToUTF8(body))
		case len(r.Invalid) > 0:
			fmt.Printf("%12s replaced -> %q\n", "", strings.ToValidUTF8(string(body), "\uFFFD"))
		case r.Controls > 0:
			clean := strings.Map(func(c rune) rune {
				if unicode.IsControl(c) && c != '\t' && c != '\n' {
					return -1
				}
				return c
			}, string(body))
			fmt.Printf("%12s stripped -> %q\n", "", clean)
		}
	}
	fmt.Println("\nrune widths in \"aé€😀\":")
	for i, c := range "aé€😀" {
		fmt.Printf("  byte %d %q U+%04X len=%d\n", i, c, c, utf8.RuneLen(c))
	}
	fmt.Println("RuneLen(0xD800) =", utf8.RuneLen(0xD800), "ValidRune:", utf8.ValidRune(0xD800), utf8.ValidRune(0x10FFFF))
}
