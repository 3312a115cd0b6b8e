// Command j24 inspects multilingual strings byte by byte and rune by rune
// using unicode/utf8: counting, validating, reversing and truncating
// safely at rune boundaries.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Truncate returns at most n bytes of s without splitting a rune.
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func Reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

// Sanitize replaces invalid bytes with U+FFFD and reports how many it found.
func Sanitize(s string) (string, int) {
	var sb strings.Builder
	bad := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		sb.WriteRune(r)
		s = s[size:]
	}
	return sb.String(), bad
}

func widthClass(r rune) string {
	switch {
	case r < utf8.RuneSelf:
		return "ascii"
	case unicode.Is(unicode.Han, r):
		return "han"
	case unicode.IsLetter(r):
		return "letter"
	case unicode.IsSymbol(r):
		return "symbol"
	}
	return "other"
}

func main() {
	samples := []string{"Gopher", "café", "日本語", "naïve 🙂", "Ελληνικά"}
	for _, s := range samples {
		fmt.Printf("%-14q bytes=%2d runes=%d reversed=%q trunc5=%q\n",
			s, len(s), utf8.RuneCountInString(s), Reverse(s), Truncate(s, 5))
	}

	s := "a€😀"
	fmt.Println("\nranging over", s)
	for i, r := range s {
		buf := make([]byte, utf8.UTFMax)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("  byte %d: %c %U len=%d bytes=% x class=%s\n", i, r, r, utf8.RuneLen(r), buf[:n], widthClass(r))
	}
	fmt.Println("indexing gives bytes:", s[1], s[2], s[3])

	bad := "ok\xffmid\xc3\x28end"
	fmt.Println("\nvalid:", utf8.ValidString(bad), utf8.ValidString(s))
	clean, n := Sanitize(bad)
	fmt.Printf("sanitized %q (%d invalid)\n", clean, n)
	fmt.Printf("strings.ToValidUTF8: %q\n", strings.ToValidUTF8(bad, "?"))
	for i, r := range bad {
		if r == utf8.RuneError {
			fmt.Printf("  RuneError at byte %d\n", i)
		}
	}

	// Decoding from the end, e.g. to peel off a trailing emoji.
	msg := "done 🎉🎉"
	for range 2 {
		r, size := utf8.DecodeLastRuneInString(msg)
		fmt.Printf("last rune %U (%d bytes), remaining %q\n", r, size, msg[:len(msg)-size])
		msg = msg[:len(msg)-size]
	}

	// Appending runes to a byte slice.
	var b []byte
	for _, r := range []rune{'G', 'ö', '⌘', '🚀'} {
		b = utf8.AppendRune(b, r)
	}
	fmt.Printf("appended: %s len=%d runes=%d\n", b, len(b), utf8.RuneCount(b))
	fmt.Printf("rocket prefix % x full=%t, whole rocket full=%t\n", b[6:8], utf8.FullRune(b[6:8]), utf8.FullRune(b[6:]))
	fmt.Println("upper/lower/title of ß and ǆ:", string(unicode.ToUpper('ß')), string(unicode.ToLower('Ǆ')), string(unicode.ToTitle('ǆ')))
	fmt.Println("strings.ToUpper(\"straße\"):", strings.ToUpper("straße"), "EqualFold:", strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"))
}
