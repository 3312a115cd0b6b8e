package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = append(letters, r)
		}
	}
	for i, j := 0, len(letters)-1; i < j; i, j = i+1, j-1 {
		if letters[i] != letters[j] {
			return false
		}
	}
	return true
}

type Stats struct {
	Bytes, Runes, Letters, Upper, Digits, Spaces, Other int
}

func analyze(s string) Stats {
	st := Stats{Bytes: len(s), Runes: utf8.RuneCountInString(s)}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			st.Upper++
			st.Letters++
		case unicode.IsLetter(r):
			st.Letters++
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		default:
			st.Other++
		}
	}
	return st
}

func main() {
	words := []string{"hello", "héllo", "日本語", "Grüße 42!", "🙂ok"}
	for _, w := range words {
		fmt.Printf("%-12q bytes=%2d runes=%d rev=%q\n", w, len(w), utf8.RuneCountInString(w), reverseRunes(w))
	}
	s := "añ€😀"
	for i, r := range s {
		fmt.Printf("%d:%c U+%04X len=%d ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Printf("% x\n", s)
	fmt.Println([]byte("€"), []rune("€"))

	buf := []byte("x€y")
	for len(buf) > 0 {
		r, size := utf8.DecodeRune(buf)
		fmt.Printf("%q(%d) ", r, size)
		buf = buf[size:]
	}
	fmt.Println()
	bad := string([]byte{0x61, 0xff, 0x62})
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), []rune(bad), strings.ToValidUTF8(bad, "?"))

	for _, p := range []string{"A man, a plan, a canal: Panama", "No lemon, no melon", "Gophers"} {
		fmt.Printf("%-32s %v\n", p, isPalindrome(p))
	}
	fmt.Printf("%+v\n", analyze("Hello, Wörld 2024 — ÜBER!"))

	title := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "it's a go-pher, isn't it?")
	fmt.Println(title, strings.Fields(title))
	var b strings.Builder
	for r := 'α'; r <= 'ε'; r++ {
		b.WriteRune(r)
	}
	fmt.Println(b.String(), b.Len(), strings.ContainsRune(b.String(), 'γ'), strings.IndexRune(b.String(), 'δ'))
}
