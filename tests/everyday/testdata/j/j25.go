// Command j25 is a small text-processing toolkit: slug generation,
// word frequencies, line wrapping and a bytes-based CSV cleaner,
// built from the strings, bytes and unicode packages.
package main

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

func Slug(title string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(r)
			dash = false
		case !dash && sb.Len() > 0:
			sb.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(sb.String(), "-")
}

func WordFreq(text string) map[string]int {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[strings.Trim(w, "'")]++
	}
	return freq
}

func Wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	for w := range strings.FieldsSeq(text) {
		if line.Len() > 0 && line.Len()+1+len(w) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(w)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// CleanCSV trims cells, collapses inner whitespace and drops blank rows.
func CleanCSV(data []byte) []byte {
	var out bytes.Buffer
	for row := range bytes.SplitSeq(data, []byte("\n")) {
		row = bytes.TrimSpace(row)
		if len(row) == 0 || bytes.HasPrefix(row, []byte("#")) {
			continue
		}
		cells := bytes.Split(row, []byte(","))
		for i, c := range cells {
			cells[i] = bytes.Join(bytes.Fields(c), []byte(" "))
		}
		out.Write(bytes.Join(cells, []byte(",")))
		out.WriteByte('\n')
	}
	return out.Bytes()
}

const article = `The Go gopher's tunnel: it's long, it's dark, and the gopher
digs it anyway. Gophers dig; the tunnel grows. The END of the tunnel? Nobody knows!`

func main() {
	for _, t := range []string{"Hello, World!", "  Go 1.26: What's New?  ", "Crème Brûlée -- Recipe #2"} {
		fmt.Printf("%-28q -> %s\n", t, Slug(t))
	}

	freq := WordFreq(article)
	keys := slices.SortedFunc(maps.Keys(freq), func(a, b string) int {
		return cmp.Or(cmp.Compare(freq[b], freq[a]), strings.Compare(a, b))
	})
	fmt.Print("top words:")
	for _, k := range keys[:6] {
		fmt.Printf(" %s=%d", k, freq[k])
	}
	fmt.Println()

	for i, l := range Wrap(article, 32) {
		fmt.Printf("%2d |%-32s|\n", i+1, l)
	}

	raw := []byte("  name ,  city  \n# comment\n\n Ada   Lovelace , London \n Alan Turing,  Wilmslow  \n")
	fmt.Printf("clean csv:\n%s", CleanCSV(raw))

	s := "  Mixed-Case_input with\ttabs  "
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return '_'
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case r == '-':
			return -1 // drop
		}
		return r
	}, strings.TrimSpace(s)))

	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println("cut:", before, after, found)
	fmt.Println("replacer:", strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace("a<b && c>d"))
	fmt.Println("count/index:", strings.Count(article, "tunnel"), strings.Index(article, "dark"), strings.LastIndex(article, "the"))
	fmt.Println("equal fold / prefix:", strings.EqualFold("GOPHER", "gopher"), bytes.HasPrefix([]byte("gopher"), []byte("go")))
	fmt.Println("title-ish:", strings.Join(slices.Collect(func(yield func(string) bool) {
		for w := range strings.FieldsSeq("the quick brown fox") {
			if !yield(strings.ToUpper(w[:1]) + w[1:]) {
				return
			}
		}
	}), " "))
}
