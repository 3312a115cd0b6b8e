package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Héllo, 世界! 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[7]))
	fmt.Printf("%q %x % x\n", s[:6], s[:3], "世")
	fmt.Println(reverse(s))

	b := []byte("abc")
	b[0] = 'A'
	b = append(b, "def"...)
	fmt.Println(string(b), b)

	r := []rune("añb")
	fmt.Println(r, string(r[1]), string(rune(65)), len(string(r[1])))

	var sb strings.Builder
	for i := range 5 {
		fmt.Fprintf(&sb, "[%d]", i)
		sb.WriteByte(' ')
	}
	sb.WriteRune('✓')
	sb.WriteString(" done")
	fmt.Println(sb.String(), sb.Len())

	words := strings.Fields("  the quick  brown fox jumps  ")
	fmt.Println(len(words), strings.Join(words, "-"))
	title := make([]string, len(words))
	for i, w := range words {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		title[i] = string(rs)
	}
	fmt.Println(strings.Join(title, " "))

	counts := map[rune]int{}
	for _, c := range "mississippi" {
		counts[c]++
	}
	fmt.Println(counts)

	invalid := string([]byte{0xff, 'a'})
	for i, c := range invalid {
		fmt.Printf("%d:%q ", i, c)
	}
	fmt.Println(utf8.ValidString(invalid))

	fmt.Println(strings.Repeat("ab", 3), strings.Index(s, "世"), strings.Contains(s, "llo"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	before, after, ok := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, ok)
	fmt.Println(strings.EqualFold("Go", "GO"), "abc" < "abd", "Z" < "a")
}
