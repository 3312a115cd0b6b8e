// Unicode-aware text statistics and safe truncation with unicode/utf8.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Stats struct {
	Bytes, Runes, Letters, Digits, Spaces, Upper, Punct, NonASCII int
	Scripts                                                       map[string]int
}

var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin},
	{"Greek", unicode.Greek},
	{"Cyrillic", unicode.Cyrillic},
	{"Han", unicode.Han},
	{"Hiragana", unicode.Hiragana},
	{"Arabic", unicode.Arabic},
}

func analyse(s string) Stats {
	st := Stats{Bytes: len(s), Runes: utf8.RuneCountInString(s), Scripts: map[string]int{}}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.Letters++
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		}
		if unicode.IsUpper(r) {
			st.Upper++
		}
		if r > unicode.MaxASCII {
			st.NonASCII++
		}
		for _, sc := range scripts {
			if unicode.Is(sc.table, r) {
				st.Scripts[sc.name]++
			}
		}
	}
	return st
}

// truncate cuts s to at most n bytes without splitting a rune, appending an ellipsis.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func sanitize(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&sb, `\x%02x`, b[0])
		} else {
			sb.WriteRune(r)
		}
		b = b[size:]
	}
	return sb.String()
}

func main() {
	samples := []string{
		"Hello, World! 2024",
		"Grüße aus Köln — 5 Straßen",
		"Ελληνικά και English",
		"Привет, мир 123",
		"東京タワーは333メートル",
		"مرحبا بالعالم",
		"emoji 🎉🚀 ok",
	}
	for _, s := range samples {
		st := analyse(s)
		names := make([]string, 0, len(st.Scripts))
		for n := range st.Scripts {
			names = append(names, n)
		}
		sort.Strings(names)
		parts := make([]string, len(names))
		for i, n := range names {
			parts[i] = fmt.Sprintf("%s:%d", n, st.Scripts[n])
		}
		fmt.Printf("%q\n  bytes=%d runes=%d letters=%d digits=%d spaces=%d upper=%d punct=%d nonascii=%d [%s]\n",
			s, st.Bytes, st.Runes, st.Letters, st.Digits, st.Spaces, st.Upper, st.Punct, st.NonASCII, strings.Join(parts, " "))
		fmt.Printf("  trunc12=%q reversed=%q\n", truncate(s, 12), reverseRunes(s))
	}

	fmt.Println("\nRune widths:")
	for _, r := range []rune{'A', 'é', '€', '東', '🎉', utf8.RuneError} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("  %c U+%04X len=%d bytes=% x\n", r, r, n, buf[:n])
	}

	fmt.Println("\nInvalid input:")
	bad := []byte("ok \xff\xfe then caf\xc3\xa9 and \xe2\x82")
	fmt.Printf("  valid=%v runes=%d sanitized=%s\n", utf8.Valid(bad), utf8.RuneCount(bad), sanitize(bad))
	fixed := strings.ToValidUTF8(string(bad), "?")
	fmt.Printf("  ToValidUTF8: %q\n", fixed)
	fmt.Printf("  Title-ish: %s\n", strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
		return r
	}, "straße café ǆ"))
}
