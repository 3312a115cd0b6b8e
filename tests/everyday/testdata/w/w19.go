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

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

type charClass struct {
	letters, upper, digits, spaces, punct, han, other int
}

func classify(s string) charClass {
	var c charClass
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			c.han++
			c.letters++
		case unicode.IsUpper(r):
			c.upper++
			fallthrough
		case unicode.IsLetter(r):
			c.letters++
		case unicode.IsDigit(r):
			c.digits++
		case unicode.IsSpace(r):
			c.spaces++
		case unicode.IsPunct(r):
			c.punct++
		default:
			c.other++
		}
	}
	return c
}

func main() {
	samples := []string{"hello", "héllo wörld", "日本語テキスト", "Go 1.26 — fast! 🚀", "ÀÉÎÕÜ"}
	for _, s := range samples {
		fmt.Printf("%-20q bytes=%2d runes=%2d rev=%q valid=%t\n", s, len(s), utf8.RuneCountInString(s), reverseRunes(s), utf8.ValidString(s))
	}

	s := "naïve café"
	for i, r := range s {
		if r > 127 {
			fmt.Printf("byte %d: %c %U width=%d\n", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Printf("% x\n", s[:6])
	r, size := utf8.DecodeRuneInString(s[2:])
	fmt.Println(string(r), size, s[2:4] == "ï")
	last, lsize := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", last, lsize)

	bad := "ok\xffbad\xc3"
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), strings.ToValidUTF8(bad, "?"))

	fmt.Printf("%+v\n", classify("Hello, World 42! 你好 ☺"))
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"), strings.Map(rot13, strings.Map(rot13, "Round trip")))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("İSTANBUL") == "i̇stanbul", strings.EqualFold("Straße", "STRASSE"))

	buf := make([]byte, 0, 16)
	for _, r := range []rune{'G', 'ö', '€', '𝔊'} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Println(string(buf), len(buf), buf)
	fmt.Println([]rune("añ"), []byte("añ"), string(rune(65)), string([]rune{0x263A, 0x1F600}))
	title := []rune("élan vital")
	title[0] = unicode.ToUpper(title[0])
	fmt.Println(string(title), unicode.IsLetter('_'), unicode.IsNumber('½'), unicode.IsDigit('½'))
}
