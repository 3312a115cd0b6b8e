package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

type RuneStats struct {
	Bytes, Runes                  int
	Letters, Upper, Lower, Digits int
	Spaces, Punct, Symbols, Marks int
	Scripts                       map[string]int
}

var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
	{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Arabic", unicode.Arabic},
}

func Analyze(s string) RuneStats {
	st := RuneStats{Bytes: len(s), Runes: utf8.RuneCountInString(s), Scripts: map[string]int{}}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.Letters++
			if unicode.IsUpper(r) {
				st.Upper++
			} else if unicode.IsLower(r) {
				st.Lower++
			}
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		case unicode.IsSymbol(r):
			st.Symbols++
		case unicode.IsMark(r):
			st.Marks++
		}
		for _, sc := range scripts {
			if unicode.Is(sc.table, r) {
				st.Scripts[sc.name]++
			}
		}
	}
	return st
}

func (st RuneStats) ScriptList() string {
	var parts []string
	for _, sc := range scripts {
		if n := st.Scripts[sc.name]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s:%d", sc.name, n))
		}
	}
	return strings.Join(parts, " ")
}

func reverseRunes(s string) string {
	rs := []rune(s)
	slices.Reverse(rs)
	return string(rs)
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}

func main() {
	samples := []string{
		"Hello, World!",
		"Ελληνικά κείμενα 2024",
		"Привет, мир — ёжик",
		"日本語のテキスト、ひらがな",
		"café vs cafe\u0301",
		"emoji: 🎉🚀 + $5 ≈ €4.6",
		"مرحبا بالعالم",
	}
	for _, s := range samples {
		st := Analyze(s)
		fmt.Printf("%q\n", truncateRunes(s, 12))
		fmt.Printf("  bytes=%d runes=%d letters=%d (U%d/L%d) digits=%d space=%d punct=%d sym=%d marks=%d\n",
			st.Bytes, st.Runes, st.Letters, st.Upper, st.Lower, st.Digits, st.Spaces, st.Punct, st.Symbols, st.Marks)
		fmt.Printf("  scripts: %s | reversed: %s\n", st.ScriptList(), reverseRunes(s))
	}

	fmt.Println("case folding:")
	pairs := [][2]string{{"Straße", "STRASSE"}, {"ΣΊΣΥΦΟΣ", "σίσυφος"}, {"Kelvin", "\u212Aelvin"}, {"café", "cafe\u0301"}}
	for _, p := range pairs {
		fmt.Printf("  EqualFold(%q, %q) = %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}

	bad := "ok\xffbad\xc3"
	fmt.Printf("valid=%v runes=%d cleaned=%q\n", utf8.ValidString(bad), utf8.RuneCountInString(bad), strings.ToValidUTF8(bad, "\uFFFD"))
	for i, r := range "añ€😀" {
		fmt.Printf("  idx %d: %c U+%04X len=%d\n", i, r, r, utf8.RuneLen(r))
	}
}
