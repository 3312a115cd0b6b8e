package main

import (
	"bufio"
	"fmt"
	"html"
	"strings"
)

type blockKind int

const (
	none blockKind = iota
	para
	ulist
	olist
	code
	quote
)

func (k blockKind) String() string {
	return [...]string{"none", "p", "ul", "ol", "pre", "blockquote"}[k]
}

// inline handles `code`, **strong**, *em* and [text](url), escaping everything else.
func inline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		rest := s[i:]
		switch {
		case rest[0] == '`':
			if end := strings.IndexByte(rest[1:], '`'); end >= 0 {
				b.WriteString("<code>" + html.EscapeString(rest[1:1+end]) + "</code>")
				i += end + 2
				continue
			}
		case strings.HasPrefix(rest, "**"):
			if end := strings.Index(rest[2:], "**"); end > 0 {
				b.WriteString("<strong>" + inline(rest[2:2+end]) + "</strong>")
				i += end + 4
				continue
			}
		case rest[0] == '*':
			if end := strings.IndexByte(rest[1:], '*'); end > 0 {
				b.WriteString("<em>" + inline(rest[1:1+end]) + "</em>")
				i += end + 2
				continue
			}
		case rest[0] == '[':
			closeText := strings.Index(rest, "](")
			closeURL := strings.IndexByte(rest, ')')
			if closeText > 0 && closeURL > closeText {
				url := rest[closeText+2 : closeURL]
				fmt.Fprintf(&b, `<a href="%s">%s</a>`, html.EscapeString(url), inline(rest[1:closeText]))
				i += closeURL + 1
				continue
			}
		}
		b.WriteString(html.EscapeString(rest[:1]))
		i++
	}
	return b.String()
}

type renderer struct {
	out   []string
	block blockKind
	lines []string
}

func (r *renderer) flush() {
	switch r.block {
	case para:
		r.out = append(r.out, "<p>"+inline(strings.Join(r.lines, " "))+"</p>")
	case ulist, olist:
		r.out = append(r.out, "<"+r.block.String()+">")
		for _, l := range r.lines {
			r.out = append(r.out, "  <li>"+inline(l)+"</li>")
		}
		r.out = append(r.out, "</"+r.block.String()+">")
	case code:
		r.out = append(r.out, "<pre><code>"+html.EscapeString(strings.Join(r.lines, "\n"))+"</code></pre>")
	case quote:
		r.out = append(r.out, "<blockquote>"+inline(strings.Join(r.lines, " "))+"</blockquote>")
	}
	r.block, r.lines = none, nil
}

func (r *renderer) add(k blockKind, text string) {
	if r.block != k {
		r.flush()
		r.block = k
	}
	r.lines = append(r.lines, text)
}

func orderedItem(line string) (string, bool) {
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && strings.HasPrefix(line[i:], ". ") {
		return line[i+2:], true
	}
	return "", false
}

func Render(src string) []string {
	r := &renderer{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if r.block == code {
			if strings.HasPrefix(line, "```") {
				r.flush()
			} else {
				r.lines = append(r.lines, line)
			}
			continue
		}
		trimmed := strings.TrimSpace(line)
		level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
		item, isOrdered := orderedItem(trimmed)
		switch {
		case trimmed == "":
			r.flush()
		case strings.HasPrefix(trimmed, "```"):
			r.flush()
			r.block = code
		case level >= 1 && level <= 6 && strings.HasPrefix(trimmed[level:], " "):
			r.flush()
			r.out = append(r.out, fmt.Sprintf("<h%d>%s</h%d>", level, inline(trimmed[level+1:]), level))
		case trimmed == "---":
			r.flush()
			r.out = append(r.out, "<hr>")
		case strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* "):
			r.add(ulist, trimmed[2:])
		case isOrdered:
			r.add(olist, item)
		case strings.HasPrefix(trimmed, ">"):
			r.add(quote, strings.TrimSpace(trimmed[1:]))
		default:
			r.add(para, trimmed)
		}
	}
	r.flush() // an unterminated code fence is closed at end of input
	return r.out
}

const doc = "# Parsing *by hand*\n" +
	"Writing a parser is **not** that hard;\nit mostly needs `care` & patience.\n\n" +
	"## Steps\n1. Tokenize the input\n2. Build an **AST**\n3. Walk it\n\n" +
	"- see [the spec](https://spec.example/?a=1&b=2)\n- watch for <html> in text\n* mixed *markers*\n" +
	"> Quotes can span\n> several lines.\n---\n" +
	"```\nfunc main() {\n\tfmt.Println(\"<hi>\")\n}\n```\n" +
	"####### not a heading\n#also not\nTrailing *unclosed emphasis and `code\n" +
	"```\nnever closed"

func main() {
	for _, line := range Render(doc) {
		fmt.Println(line)
	}
}
