package main

import (
	"fmt"
	"strings"
	"unicode"
)

func titleCase(s string) string {
	small := map[string]bool{"a": true, "of": true, "the": true, "and": true, "in": true}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && small[w] {
			continue
		}
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
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

func center(s string, width int, fill string) string {
	pad := width - len(s)
	if pad <= 0 {
		return s
	}
	left := pad / 2
	return strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)
}

func slugify(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return unicode.ToLower(r)
		case unicode.IsSpace(r) || r == '-' || r == '_':
			return '-'
		}
		return -1
	}, s)
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "-")
	}
	return strings.Trim(s, "-")
}

func main() {
	fmt.Println(titleCase("the lord OF the rings: the return of the king"))
	fmt.Println(titleCase("a tale   of two cities"))
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems."
	for i, l := range wrap(text, 28) {
		fmt.Printf("%2d |%-28s|\n", i+1, l)
	}
	fmt.Println(center("REPORT", 20, "*"), "|"+center("toolongvalue", 5, " ")+"|")
	fmt.Println(slugify("  Hello, World!  Go_Lang -- 2024 "))

	for _, kv := range []string{"host=localhost", "port=8080", "debug", "path=/a=b"} {
		k, v, found := strings.Cut(kv, "=")
		fmt.Printf("%q %q %v; ", k, v, found)
	}
	fmt.Println()
	if rest, ok := strings.CutPrefix("Bearer abc.def", "Bearer "); ok {
		fmt.Println("token:", rest)
	}
	base, _ := strings.CutSuffix("report.final.csv", ".csv")
	fmt.Println(base, strings.LastIndex(base, "."), strings.Index(base, "x"), strings.IndexByte(base, 'f'))

	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,,c", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.FieldsFunc("one;two, three;;four", func(r rune) bool { return r == ';' || r == ',' || r == ' ' }))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Repeat("ab", 3), strings.ContainsAny("hello", "xyz"))

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("if a < b && c > d"))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 2), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.TrimSpace("\t hi \n"))
	fmt.Println(strings.Compare("a", "b"), strings.ToTitle("loud"), strings.LastIndexAny("golang", "gn"))

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
}
