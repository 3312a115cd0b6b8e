package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for w := range strings.FieldsSeq(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i := range len(rs) / 2 {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return true
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func main() {
	para := "Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google."
	for i, l := range wrap(para, 28) {
		fmt.Printf("%2d |%-28s| %d\n", i, l, len(l))
	}

	s := "naïve café 日本語 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverseRunes(s))
	for i, r := range "aé日🙂" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Printf("% x\n", "é日")
	r, size := utf8.DecodeRuneInString("日本")
	fmt.Println(string(r), size, utf8.ValidString("ok\xff"), []byte("hi"), []rune("hé"))

	for _, p := range []string{"A man, a plan, a canal: Panama", "Go gopher", "No 'x' in Nixon", "été"} {
		fmt.Printf("%-32q palindrome=%v\n", p, isPalindrome(p))
	}
	fmt.Println(slugify("  Hello, World! Data & Pipelines 2024 "), slugify("Crème brûlée recipe"))

	rep := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("<a href=x>Tom & Jerry</a>"))

	fmt.Println(strings.ToLower("ΑΒΓ Δ"), strings.ToUpper("straße"), strings.ToUpper("ǆ"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.ContainsAny("hello", "xyz"))
	before, after, found := strings.Cut("key: value: more", ": ")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Fields(" \t a  b\nc "), len(strings.Split("", ",")), strings.Compare("a", "b"))

	var parts []string
	for part := range strings.SplitSeq("2024-06-15", "-") {
		parts = append(parts, part)
	}
	fmt.Println(parts, strings.Join(parts, "/"))
	fmt.Println(unicode.IsSpace('\u00a0'), unicode.In('λ', unicode.Greek), unicode.ToLower('Ä') == 'ä', string(unicode.SimpleFold('k')))
}
